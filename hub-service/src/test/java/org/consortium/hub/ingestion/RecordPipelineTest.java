package org.consortium.hub.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A record sent through the publisher reaches the store: in-process in the embedded run,
 * through the real Kafka broker into PostgreSQL in the real-stack run.
 */
@QuarkusTest
class RecordPipelineTest {

    @Inject
    RecordPublisher publisher;

    @Inject
    RecordStore store;

    static String envelope(String dataset, String recordId, int version) {
        return """
                {"datasetId":"%s","contributorOrg":"theatre-du-nord","recordType":"performance",
                 "recordId":"%s","version":%d,"schemaVersion":"1.0","deleted":false,
                 "payload":{"genre":"dance"}}""".formatted(dataset, recordId, version);
    }

    @Test
    void aPublishedRecordIsStoredOnce() throws Exception {
        String dataset = "ds-" + UUID.randomUUID();
        publisher.publish(dataset, "performance", envelope(dataset, "perf-1", 1)).toCompletableFuture().get(30, TimeUnit.SECONDS);
        // The same message again (a retry) must not create a second record.
        publisher.publish(dataset, "performance", envelope(dataset, "perf-1", 1)).toCompletableFuture().get(30, TimeUnit.SECONDS);
        publisher.publish(dataset, "performance", envelope(dataset, "perf-2", 1)).toCompletableFuture().get(30, TimeUnit.SECONDS);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(QuarkusTransaction.requiringNew().call(() -> store.countLive(dataset))).isEqualTo(2));
        assertThat(QuarkusTransaction.requiringNew().call(() -> store.find(dataset, "perf-1")))
                .hasValueSatisfying(r -> assertThat(r.payload()).contains("dance"));
    }
}
