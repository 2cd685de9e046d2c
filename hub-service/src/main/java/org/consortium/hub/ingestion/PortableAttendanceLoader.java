package org.consortium.hub.ingestion;

import io.quarkus.arc.properties.UnlessBuildProperty;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    public Map<List<String>, String> load(Connection c, List<CheckedRecord> records) throws SQLException {
        RollupDeltas deltas = new RollupDeltas();
        Map<List<String>, String> otherType = new HashMap<>();
        for (CheckedRecord r : records) {
            switch (store.upsert(r.record())) {
                case APPLIED -> applier.apply(c, r.record(), r.payload(), deltas);
                case OTHER_TYPE -> otherType.put(AttendanceLoader.key(r.record()),
                        store.find(r.record().datasetId(), r.record().recordId()).orElseThrow().recordType());
                case UNCHANGED -> {
                }
            }
        }
        rollups.add(c, deltas);
        return otherType;
    }
}
