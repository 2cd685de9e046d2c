package org.consortium.hub.realstack;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs only in the real-stack pass: a record produced by an independent Kafka client to
 * the real broker is consumed by the hub and lands in the real PostgreSQL database.
 */
@QuarkusTest
@Tag("real-stack")
class RealBrokerIngestionTest {

    // A default, because test classes are injected even in the embedded run, where Kafka is absent.
    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "127.0.0.1:9092")
    String bootstrap;

    @ConfigProperty(name = "hub.topics.attendance")
    String attendanceTopic;

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
                .body("checks.name", hasItem("Kafka connection health check"));
    }

    @Test
    void aRecordProducedToTheBrokerLandsInPostgresql() throws Exception {
        String dataset = "ds-" + UUID.randomUUID();
        String envelope = """
                {"datasetId":"%s","contributorOrg":"opera-sud","recordType":"attendance",
                 "recordId":"att-1","version":1,"schemaVersion":"1.0","deleted":false,
                 "payload":{"tickets":42}}""".formatted(dataset);
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(attendanceTopic, dataset, envelope)).get(30, TimeUnit.SECONDS);
        }

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> tickets(dataset) != null);
        assertThat(tickets(dataset)).contains("\"tickets\":42");
    }

    private String tickets(String dataset) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "select payload from contributed_record where dataset_id = ? and record_id = 'att-1'")) {
            ps.setString(1, dataset);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
