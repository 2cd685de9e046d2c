package org.consortium.hub.ingestion;

import io.quarkus.arc.properties.UnlessBuildProperty;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Record by record, through the same store and applier as every other record type. */
@Singleton
@UnlessBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
class PortableAttendanceLoader implements AttendanceLoader {

    private final RecordStore store;
    private final RecordApplier applier;
    private final RollupStore rollups;

    PortableAttendanceLoader(RecordStore store, RecordApplier applier, RollupStore rollups) {
        this.store = store;
        this.applier = applier;
        this.rollups = rollups;
    }

    @Override
    public List<RecordStore.Upsert> load(Connection c, List<CheckedRecord> records) throws SQLException {
        RollupDeltas deltas = new RollupDeltas();
        List<RecordStore.Upsert> outcomes = new ArrayList<>();
        for (CheckedRecord r : records) {
            RecordStore.Upsert upsert = store.upsert(r.record());
            if (upsert == RecordStore.Upsert.APPLIED) {
                applier.apply(c, r.record(), r.payload(), deltas);
            }
            outcomes.add(upsert);
        }
        rollups.add(c, deltas);
        return outcomes;
    }
}
