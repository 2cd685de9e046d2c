package org.consortium.hub.hostile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.assertj.core.api.SoftAssertions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, fault injection, real-stack pass only: the hostile corpus produced straight to the
 * record topics, as a member allowed to produce would. Every message ends on the dead-letter
 * topic with its reason and is counted refused on its receipt, hostile headers included; the
 * hub stays ready and nothing it holds changes.
 */
@QuarkusTest
@Tag("real-stack")
class HostileTopicTest {

    static final String DATASET = "theatre-du-nord-billetterie";
    static final String ORG = "theatre-du-nord";

    // Defaults, because test classes are injected even in the embedded run, where Kafka is absent.
    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "127.0.0.1:9092")
    String bootstrap;

    @ConfigProperty(name = "hub.topics.performance")
    String performanceTopic;

    @ConfigProperty(name = "hub.topics.attendance")
    String attendanceTopic;

    @ConfigProperty(name = "hub.topics.work")
    String workTopic;

    @ConfigProperty(name = "hub.topics.dead-letter")
    String deadLetterTopic;

    @Inject
    AgroalDataSource dataSource;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void everyHostileMessageIsDeadLetteredWithItsReasonAndChangesNothing() throws Exception {
        HostileCorpus corpus = new HostileCorpus(run, DATASET, ORG);
        List<MessageCase> messages = corpus.messages();
        List<HeaderCase> headerCases = headerCases(new Templates(DATASET, ORG));
        String receiptId = "hostile-topic-" + run;
        HubCounts before = HubCounts.awaitQuiet(dataSource);

        // Hostile headers first: the rest of the corpus, consumed after them, shows the consumer survived.
        try (KafkaProducer<String, byte[]> producer = producer()) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (HeaderCase h : headerCases) {
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(performanceTopic, DATASET,
                        RawBytes.utf8(h.envelope()));
                h.headers().forEach((name, value) -> record.headers().add(name, value));
                sent.add(producer.send(record));
            }
            List<String> topics = List.of(performanceTopic, attendanceTopic, workTopic);
            for (int i = 0; i < messages.size(); i++) {
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(topics.get(i % topics.size()), DATASET,
                        messages.get(i).value());
                record.headers().add("receipt-id", receiptId.getBytes(StandardCharsets.UTF_8));
                record.headers().add("record-index", String.valueOf(i).getBytes(StandardCharsets.UTF_8));
                sent.add(producer.send(record));
            }
            for (Future<RecordMetadata> f : sent) {
                f.get(60, TimeUnit.SECONDS);
            }
        }

        JsonPath receipt = awaitRefusals(receiptId, messages.size());
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(receipt.getInt("stored")).as("stored on the receipt").isZero();
        List<Map<String, Object>> rejected = receipt.getList("rejected");
        for (int i = 0; i < messages.size(); i++) {
            int index = i;
            List<?> reasons = rejected.stream().filter(r -> Integer.valueOf(index).equals(r.get("index")))
                    .map(r -> (List<?>) r.get("reasons")).findFirst().orElse(List.of());
            softly.assertThat(reasons).as(messages.get(i).name() + ": reasons on the receipt").isNotEmpty()
                    // The consumer's fallback for a record the database itself refused: not a reason.
                    .noneMatch(reason -> String.valueOf(reason).contains("could not store this record"));
        }

        List<ConsumerRecord<String, String>> dead = deadLetters(receiptId, headerCases, messages.size());
        softly.assertThat(dead.stream().filter(r -> receiptId.equals(header(r, "receipt-id"))).count())
                .as("dead letters of receipt " + receiptId).isEqualTo(messages.size());
        for (ConsumerRecord<String, String> r : dead) {
            String reason = header(r, "rejection-reason");
            softly.assertThat(reason).as("rejection-reason of dead letter at offset " + r.offset()).isNotBlank();
            softly.assertThat(Printable.hasLineBreakOrControl(reason == null ? "" : reason))
                    .as("rejection-reason of dead letter at offset " + r.offset() + " is one line").isFalse();
        }
        for (HeaderCase h : headerCases) {
            softly.assertThat(dead).as(h.description() + ": dead-lettered")
                    .anyMatch(r -> r.value() != null && r.value().contains(h.marker()));
        }

        given().when().get("/q/health/ready").then().statusCode(200);
        softly.assertThat(HubCounts.read(dataSource).minus(before)).as("what changed")
                .allSatisfy((name, delta) -> assertThat(delta).as(name).isZero());
        given().auth().preemptive().basic("admin", "admin-pass")
                .when().get("/api/v1/admin/rollups/check")
                .then().statusCode(200).body("consistent", equalTo(true)).body("differences", hasSize(0));
        softly.assertAll();
    }

    /**
     * The contract holds on the topics too: a performance and a line each produced twice at the
     * same version are stored once; the line's second copy, with other figures at the same
     * version, is refused (a correction must raise the version) and the first copy's figures stay.
     */
    @Test
    void aRecordProducedTwiceAtTheSameVersionCountsOnce() throws Exception {
        Templates t = new Templates(DATASET, ORG);
        String performanceId = "dk-" + run + "-p";
        ObjectNode performance = t.performanceTitled(performanceId, "Doublon Kafka " + run);
        int firstTickets = 7;
        List<ObjectNode> records = List.of(performance, performance,
                t.ticketLine("dk-" + run + "-a", performanceId, 1, firstTickets),
                t.ticketLine("dk-" + run + "-a", performanceId, 1, 70));
        String receiptId = "hostile-duplicates-" + run;
        HubCounts before = HubCounts.awaitQuiet(dataSource);

        // One topic and one key: one partition, so the copies are consumed in the order produced.
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (int i = 0; i < records.size(); i++) {
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(performanceTopic, DATASET,
                        RawBytes.utf8(records.get(i).toString()));
                record.headers().add("receipt-id", receiptId.getBytes(StandardCharsets.UTF_8));
                record.headers().add("record-index", String.valueOf(i).getBytes(StandardCharsets.UTF_8));
                producer.send(record).get(60, TimeUnit.SECONDS);
            }
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().auth().preemptive().basic("admin", "admin-pass")
                        .when().get("/api/v1/receipts/" + receiptId)
                        .then().statusCode(200).body("stored", equalTo(records.size() - 1))
                        .body("unchanged", equalTo(1)).body("rejected", hasSize(1))
                        .body("rejected[0].reasons[0]", org.hamcrest.Matchers.containsString("raise the version")));

        Map<String, Long> delta = HubCounts.awaitQuiet(dataSource).minus(before);
        assertThat(delta).containsEntry("contributed records", 2L)
                .containsEntry("performance facts", 1L)
                .containsEntry("attendance facts", 1L)
                .containsEntry("attendance_by_venue_month lines", 1L)
                .containsEntry("attendance_by_venue_month tickets", (long) firstTickets)
                .containsEntry("performance rollup performances", 1L)
                .containsEntry("works", 1L)
                .containsEntry("productions", 1L);
    }

    /** A refused record sent with headers no honest producer sets; {@code marker} finds its dead letter. */
    record HeaderCase(String description, String marker, String envelope, Map<String, byte[]> headers) {
    }

    private List<HeaderCase> headerCases(Templates templates) {
        List<String[]> cases = List.of(
                new String[] {"receipt-id of 300 characters", "receipt-id", "r".repeat(300)},
                new String[] {"receipt-id with CR/LF", "receipt-id", "forged\r\nreceipt-id: other"},
                new String[] {"receipt-id with SQL", "receipt-id", "' OR '1'='1"},
                new String[] {"receipt-id empty", "receipt-id", ""},
                new String[] {"record-index not a number", "record-index", "abc"},
                new String[] {"record-index beyond an int", "record-index", "99999999999999"},
                new String[] {"record-index negative", "record-index", "-1"});
        List<HeaderCase> out = new ArrayList<>();
        for (String[] c : cases) {
            String marker = "hdr-" + run + "-" + out.size();
            // Refused for its genre, so that the case is about the header only.
            String envelope = templates.performance(marker).toString()
                    .replace("\"genre\":\"theatre\"", "\"genre\":\"rodeo\"");
            out.add(new HeaderCase(c[0], marker, envelope, Map.of(c[1], c[2].getBytes(StandardCharsets.UTF_8))));
        }
        return out;
    }

    private JsonPath awaitRefusals(String receiptId, int expected) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                given().auth().preemptive().basic("admin", "admin-pass")
                        .when().get("/api/v1/receipts/" + receiptId)
                        .then().statusCode(200).body("rejected", hasSize(expected)));
        return given().auth().preemptive().basic("admin", "admin-pass")
                .when().get("/api/v1/receipts/" + receiptId).then().extract().jsonPath();
    }

    private KafkaProducer<String, byte[]> producer() {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /** Dead letters of the receipt, and those carrying a header case's marker, read from the start. */
    private List<ConsumerRecord<String, String>> deadLetters(String receiptId, List<HeaderCase> headerCases,
                                                             int ofReceipt) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "dlq-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 2_000_000);
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(deadLetterTopic));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (found.size() < ofReceipt + headerCases.size() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    boolean ours = receiptId.equals(header(r, "receipt-id"))
                            || headerCases.stream().anyMatch(h -> r.value() != null && r.value().contains(h.marker()));
                    if (ours) {
                        found.add(r);
                    }
                }
            }
        }
        return found;
    }

    private static String header(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
