package org.consortium.hub.sdk.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.consortium.hub.sdk.contract.AttendancePayload;
import org.consortium.hub.sdk.contract.ContractJson;
import org.consortium.hub.sdk.contract.ContractValidator;
import org.consortium.hub.sdk.contract.Envelope;
import org.consortium.hub.sdk.contract.Genre;
import org.consortium.hub.sdk.contract.PerformancePayload;
import org.consortium.hub.sdk.contract.RecordType;
import org.consortium.hub.sdk.contract.TariffCategory;
import org.junit.jupiter.api.Test;

class KafkaContributorTest {

  private static final ContractValidator VALIDATOR = new ContractValidator();

  private static Map<RecordType, String> topics() {
    Map<RecordType, String> t = new EnumMap<>(RecordType.class);
    for (RecordType type : RecordType.values()) {
      t.put(type, "hub.records." + type.jsonValue());
    }
    return t;
  }

  private static Envelope performance() {
    return Envelope.of("ds-1", "theatre-du-nord", "P1", 1, PerformancePayload.builder()
        .production("Giselle").venue(PerformancePayload.Venue.of("Grande salle", 650))
        .startDateTime(OffsetDateTime.parse("2025-04-02T20:00:00+02:00")).genre(Genre.DANCE).build());
  }

  private static Envelope attendance(String id, int tickets) {
    return Envelope.of("ds-1", "theatre-du-nord", id, 1, AttendancePayload.builder()
        .performanceRecordId("P1").tariffCategory(TariffCategory.FULL).tickets(tickets)
        .revenueCents(100).build());
  }

  @Test
  void producesEachRecordToItsTopicKeyedByDatasetWithHeaders() throws Exception {
    MockProducer<String, byte[]> mock = new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
    try (KafkaContributor kafka = new KafkaContributor(mock, topics(), VALIDATOR, Duration.ofSeconds(5))) {
      KafkaReceipt receipt = kafka.send("ds-1", List.of(performance(), attendance("A1", 3),
          attendance("bad", -1)), "rcpt-1");

      assertThat(receipt.produced()).isEqualTo(2);
      assertThat(receipt.refusedLocally()).extracting(r -> r.recordId()).containsExactly("bad");
      List<ProducerRecord<String, byte[]>> sent = mock.history();
      assertThat(sent).extracting(ProducerRecord::topic)
          .containsExactly("hub.records.performance", "hub.records.attendance");
      assertThat(sent).extracting(ProducerRecord::key).containsOnly("ds-1");
      ProducerRecord<String, byte[]> first = sent.get(0);
      assertThat(new String(first.headers().lastHeader("receipt-id").value(), StandardCharsets.UTF_8)).isEqualTo("rcpt-1");
      assertThat(new String(first.headers().lastHeader("schema-version").value(), StandardCharsets.UTF_8)).isEqualTo("1.0");
      JsonNode value = ContractJson.newMapper().readTree(first.value());
      assertThat(value).isEqualTo(performance().toJson());
      assertThat(VALIDATOR.validate(value)).isEmpty();
    }
  }

  @Test
  void reportsRecordsTheBrokerDidNotAcknowledge() {
    MockProducer<String, byte[]> mock = new MockProducer<>(false, null, new StringSerializer(), new ByteArraySerializer());
    KafkaContributor kafka = new KafkaContributor(mock, topics(), VALIDATOR, Duration.ofMillis(200));
    KafkaContribution send = kafka.open("ds-1", "r");
    send.add(attendance("A1", 1));
    send.add(attendance("A2", 1));
    mock.completeNext();
    mock.errorNext(new RuntimeException("not enough replicas"));
    assertThatThrownBy(send::finish).isInstanceOf(KafkaContributionException.class)
        .hasMessageContaining("1 of 2").hasMessageContaining("resending them is safe");
  }

  @Test
  void safetySettingsCannotBeWeakened() {
    Properties p = KafkaContributor.builder("localhost:9092")
        .property("acks", "0").property("enable.idempotence", "false")
        .property("security.protocol", "SASL_SSL").property("sasl.mechanism", "OAUTHBEARER")
        .producerProperties();
    assertThat(p).containsEntry("acks", "all").containsEntry("enable.idempotence", "true")
        .containsEntry("security.protocol", "SASL_SSL").containsEntry("sasl.mechanism", "OAUTHBEARER")
        .containsEntry("bootstrap.servers", "localhost:9092");
  }
}
