package org.consortium.hub.realstack;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs only in the real-stack pass: a member producing to the real broker directly (as the
 * SDK's Kafka transport does) gets its valid records into PostgreSQL, its invalid ones onto
 * the dead-letter topic and its receipt, and gains no privilege over the API.
 */
@QuarkusTest
@Tag("real-stack")
class RealBrokerIngestionTest {

    static final String DATASET = "theatre-du-nord-billetterie";

    // Defaults, because test classes are injected even in the embedded run, where Kafka is absent.
    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "127.0.0.1:9092")
    String bootstrap;

    @ConfigProperty(name = "hub.topics.performance")
    String performanceTopic;

    @ConfigProperty(name = "hub.topics.dead-letter")
    String deadLetterTopic;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void runsOnPostgresqlAndKafka() {
        assertThat(dbKind).isEqualTo("postgresql");
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                // Readiness is the database's: with Kafka down the hub keeps serving reads.
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", not(hasItem("Kafka connection health check")));
    }

    @Test
    void directlyProducedRecordsAreStoredOrDeadLetteredAndCountedOnTheirReceipt() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String receiptId = "direct-test-" + run;
        String valid = performance(DATASET, "theatre-du-nord", run + "-p1");
        String invalid = valid.replace(run + "-p1", run + "-p2").replace("\"genre\":\"dance\"", "\"genre\":\"rodeo\"");
        String foreign = performance("opera-sud-billetterie", "theatre-du-nord", run + "-p3");
        produce(receiptId, valid, invalid, foreign);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> storedPayload(DATASET, run + "-p1") != null);
        assertThat(storedPayload(DATASET, run + "-p2")).isNull();
        assertThat(storedPayload("opera-sud-billetterie", run + "-p3")).isNull();

        given().auth().preemptive().basic("contributor", "contributor-pass")
                .when().get("/api/v1/receipts/" + receiptId)
                .then().statusCode(200)
                .body("stored", equalTo(1))
                .body("rejected.recordId", hasItem(run + "-p2"))
                .body("rejected.find { it.recordId == '" + run + "-p2' }.reasons[0]", containsString("genre"))
                .body("rejected.find { it.recordId == '" + run + "-p3' }.reasons[0]", containsString("does not own"));

        List<ConsumerRecord<String, String>> dead = deadLetters(receiptId, 2);
        assertThat(dead).extracting(ConsumerRecord::value).anyMatch(v -> v.contains(run + "-p2"));
        assertThat(dead).allSatisfy(r -> assertThat(r.headers().lastHeader("rejection-reason")).isNotNull());
    }

    @Test
    void aSuspendedMemberIsRefusedByTheApiAndByTheConsumer() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        setStatus("theatre-du-nord", "SUSPENDED");
        try {
            given().auth().preemptive().basic("contributor", "contributor-pass").contentType("application/json")
                    .body("[" + performance(DATASET, "theatre-du-nord", run + "-p1") + "]")
                    .when().post("/api/v1/datasets/" + DATASET + "/contributions")
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("detail", containsString("suspended"));
            String receiptId = "direct-suspended-" + run;
            produce(receiptId, performance(DATASET, "theatre-du-nord", run + "-p2"));
            List<ConsumerRecord<String, String>> dead = deadLetters(receiptId, 1);
            assertThat(new String(dead.get(0).headers().lastHeader("rejection-reason").value(), StandardCharsets.UTF_8))
                    .contains("not an active member");
            assertThat(storedPayload(DATASET, run + "-p2")).isNull();
        } finally {
            setStatus("theatre-du-nord", "MEMBER");
        }
    }

    private void produce(String receiptId, String... envelopes) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            for (String envelope : envelopes) {
                ProducerRecord<String, String> record = new ProducerRecord<>(performanceTopic, DATASET, envelope);
                record.headers().add("receipt-id", receiptId.getBytes(StandardCharsets.UTF_8));
                producer.send(record).get(30, TimeUnit.SECONDS);
            }
        }
    }

    private List<ConsumerRecord<String, String>> deadLetters(String receiptId, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "dlq-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(deadLetterTopic));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (found.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    var header = r.headers().lastHeader("receipt-id");
                    if (header != null && receiptId.equals(new String(header.value(), StandardCharsets.UTF_8))) {
                        found.add(r);
                    }
                }
            }
        }
        assertThat(found).as("dead letters of receipt " + receiptId).hasSize(expected);
        return found;
    }

    private static String performance(String dataset, String org, String recordId) {
        return """
                {"datasetId":"%s","contributorOrg":"%s","recordType":"performance","recordId":"%s","version":1,
                 "schemaVersion":"1.0","payload":{"production":{"title":"Giselle"},"venue":{"hallName":"Salle",
                 "capacity":300},"startDateTime":"2026-02-10T20:00:00+01:00","genre":"dance","language":"fr",
                 "youngAudience":false,"coProduction":false}}""".formatted(dataset, org, recordId);
    }

    private String storedPayload(String dataset, String recordId) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select payload from contributed_record where dataset_id = ? and record_id = ?")) {
            ps.setString(1, dataset);
            ps.setString(2, recordId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private void setStatus(String organisation, String status) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("update organisation set status = ? where id = ?")) {
            ps.setString(1, status);
            ps.setString(2, organisation);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
    }
}
