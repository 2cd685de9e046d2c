package org.consortium.hub.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A record id names one record of a dataset: an attendance line sent with the id of a stored
 * performance (or the reverse) is refused with the reason, and neither the stored record nor
 * any figure changes. Attendance lines take the bulk path on PostgreSQL, performances the
 * record-by-record one: both are exercised.
 */
@QuarkusTest
class RecordIdTypesTest {

    static final String DATASET = "theatre-du-nord-billetterie";
    static final String ORG = "theatre-du-nord";

    @Inject
    RecordBatchProcessor processor;

    @Inject
    RecordStore store;

    @Inject
    RollupCheck rollupCheck;

    @Test
    void anIdOfAnotherTypeIsRefusedAndChangesNothing() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String performance = run + "-p";
        String line = run + "-a";
        assertThat(processor.process(List.of(
                message(Envelopes.performance(DATASET, ORG, performance, 1, "2035-02-10T20:00:00+01:00", "opera", 700), 0),
                message(Envelopes.attendance(DATASET, ORG, line, 1, performance, "full", 30, 60000, "59", 2), 1))))
                .isEmpty();

        List<IngestionOutcomes.Refusal> refused = processor.process(List.of(
                message(Envelopes.attendance(DATASET, ORG, performance, 2, performance, "full", 999, 1, "59", 0), 0),
                message(Envelopes.performance(DATASET, ORG, line, 2, "2035-03-10T20:00:00+01:00", "dance", 100), 1)));

        assertThat(refused).hasSize(2);
        assertThat(reasonsFor(refused, performance)).singleElement().asString()
                .contains("already names a performance record");
        assertThat(reasonsFor(refused, line)).singleElement().asString()
                .contains("already names an attendance record");
        assertThat(store.find(DATASET, performance).orElseThrow().recordType()).isEqualTo("performance");
        assertThat(store.find(DATASET, line).orElseThrow().version()).isEqualTo(1);
        assertThat(rollupCheck.run().differences()).isEmpty();
    }

    private static List<String> reasonsFor(List<IngestionOutcomes.Refusal> refused, String recordId) {
        return refused.stream().filter(r -> recordId.equals(r.recordId())).findFirst().orElseThrow().reasons();
    }

    private static IncomingRecord message(String envelope, int index) {
        return new IncomingRecord(envelope, null, index, null, -1, -1);
    }
}
