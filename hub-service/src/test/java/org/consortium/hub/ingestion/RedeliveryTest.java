package org.consortium.hub.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A consumer that dies after its database commit and before Kafka's offset commit gets the
 * same batch again (same topic, partition and offsets). Applying it a second time must change
 * nothing: not the records, not the rollups, not the receipt's counters.
 */
@QuarkusTest
class RedeliveryTest {

    @Inject
    RecordBatchProcessor processor;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aBatchDeliveredTwiceIsAppliedOnce() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String dataset = "theatre-du-nord-billetterie";
        String receipt = "redelivery-" + run;
        String topic = "redelivery-test-" + run;
        List<IncomingRecord> batch = List.of(
                new IncomingRecord(Envelopes.performance(dataset, "theatre-du-nord", run + "-p1", 1,
                        "2026-09-12T20:00:00+02:00", "opera", 900), receipt, 0, topic, 0, 0),
                new IncomingRecord(Envelopes.attendance(dataset, "theatre-du-nord", run + "-a1", 1, run + "-p1",
                        "full", 70, 490000, "13", 2), receipt, 1, topic, 0, 1));

        assertThat(processor.process(batch)).isEmpty();
        assertThat(processor.process(batch)).isEmpty();
        // A redelivery that overlaps with a new record: only the new one counts.
        List<IncomingRecord> overlapping = List.of(batch.get(1),
                new IncomingRecord(Envelopes.attendance(dataset, "theatre-du-nord", run + "-a2", 1, run + "-p1",
                        "reduced", 5, 10000, "13", 0), receipt, 2, topic, 0, 2));
        assertThat(processor.process(overlapping)).isEmpty();

        assertThat(query("select stored from receipt where id = '" + receipt + "'")).isEqualTo(3);
        assertThat(query("select count(*) from attendance_fact where record_id like '" + run + "-%'")).isEqualTo(2);
        assertThat(query("select coalesce(sum(tickets), 0) from attendance_fact where record_id like '" + run + "-%'"))
                .isEqualTo(75);
        assertThat(query("select next_offset from consumer_offset where topic = '" + topic + "'")).isEqualTo(3);
    }

    private long query(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            assertThat(rs.next()).isTrue();
            return rs.getLong(1);
        }
    }
}
