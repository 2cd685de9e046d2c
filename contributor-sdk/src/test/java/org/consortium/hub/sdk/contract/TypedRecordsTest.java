package org.consortium.hub.sdk.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class TypedRecordsTest {

  private static final ContractValidator VALIDATOR = new ContractValidator();

  @Test
  void builtPerformanceIsValidAndRoundTrips() {
    PerformancePayload performance = PerformancePayload.builder()
        .production("Giselle")
        .work(PerformancePayload.PerformedWork.of("Giselle", "Adolphe Adam"))
        .venue(new PerformancePayload.Venue("Salle Garnier", 1900, "2A004"))
        .startDateTime(OffsetDateTime.parse("2025-12-31T20:30:00+01:00"))
        .genre(Genre.DANCE)
        .language("fr")
        .durationMinutes(120)
        .performers(40)
        .youngAudience(false)
        .coProduction(false)
        .build();
    Envelope envelope = Envelope.of("ds-1", "opera-ajaccio", "perf-1", 1, performance);

    assertThat(VALIDATOR.validate(envelope)).isEmpty();
    assertThat(envelope.toJson().at("/payload/startDateTime").asText()).isEqualTo("2025-12-31T20:30:00+01:00");
    assertThat(Envelope.fromJson(envelope.toJson()).payloadAs(PerformancePayload.class)).isEqualTo(performance);
  }

  @Test
  void builtAttendanceDefaultsToEurosAndRoundTrips() {
    AttendancePayload line = AttendancePayload.builder()
        .performanceRecordId("perf-1")
        .tariffCategory(TariffCategory.PASS_CULTURE)
        .tickets(30)
        .revenueCents(30 * 1000)
        .buyerDepartment("971")
        .ageBand(AgeBand.AGE_15_24)
        .firstTimeBuyers(12)
        .build();
    Envelope envelope = Envelope.of("ds-1", "opera-ajaccio", "att-1", 3, line);

    assertThat(line.currency()).isEqualTo("EUR");
    assertThat(envelope.toJson().at("/payload/tariffCategory").asText()).isEqualTo("pass-culture");
    assertThat(envelope.toJson().at("/payload/ageBand").asText()).isEqualTo("15-24");
    assertThat(VALIDATOR.validate(envelope)).isEmpty();
    assertThat(Envelope.fromJson(envelope.toJson()).typedPayload()).isEqualTo(line);
  }

  @Test
  void builtWorkIsValidAndOmitsAbsentFields() {
    WorkPayload work = WorkPayload.builder().title("Antigone").authors("Sophocles")
        .yearOfFirstPerformance(-441).build();
    Envelope envelope = Envelope.of("ds-1", "theatre-x", "w-1", 1, work);

    assertThat(VALIDATOR.validate(envelope)).isEmpty();
    assertThat(envelope.toJson().get("payload").has("externalIds")).isFalse();
    assertThat(envelope.recordType()).isEqualTo(RecordType.WORK);
  }

  @Test
  void deletionNeedsNoPayload() {
    Envelope deletion = Envelope.deletion("ds-1", "theatre-x", RecordType.PERFORMANCE, "perf-1", 4);

    assertThat(VALIDATOR.validate(deletion)).isEmpty();
    assertThat(deletion.toJson().has("payload")).isFalse();
    assertThatThrownBy(deletion::typedPayload).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void examplesMapToTheirRecords() {
    assertThat(Envelope.fromJson(Examples.performance()).typedPayload()).isInstanceOf(PerformancePayload.class);
    assertThat(Envelope.fromJson(Examples.attendance()).payloadAs(AttendancePayload.class).tickets()).isEqualTo(112);
    assertThatThrownBy(() -> Envelope.fromJson(Examples.work()).payloadAs(AttendancePayload.class))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("carries a work");
  }

  @Test
  void javaEnumsListExactlyTheSchemaValues() {
    assertSameValues("performance", "/properties/genre/enum", Genre.values(), Genre::jsonValue);
    assertSameValues("attendance", "/properties/tariffCategory/enum", TariffCategory.values(), TariffCategory::jsonValue);
    assertSameValues("attendance", "/properties/ageBand/enum", AgeBand.values(), AgeBand::jsonValue);
    assertSameValues("envelope", "/properties/recordType/enum", RecordType.values(), RecordType::jsonValue);
  }

  @Test
  void unknownEnumValueNamesTheAcceptedOnes() {
    assertThatThrownBy(() -> Genre.fromJson("rock"))
        .hasMessageContaining("unknown genre 'rock'").hasMessageContaining("street-arts");
    assertThat(TariffCategory.fromJson("free-exempt")).isEqualTo(TariffCategory.FREE_EXEMPT);
  }

  private static <E> void assertSameValues(String schema, String pointer, E[] constants,
      Function<E, String> jsonValue) {
    JsonNode values = readSchema(schema).at(pointer);
    List<String> schemaValues = StreamSupport.stream(values.spliterator(), false).map(JsonNode::asText).toList();
    assertThat(Arrays.stream(constants).map(jsonValue).toList()).containsExactlyElementsOf(schemaValues);
  }

  private static JsonNode readSchema(String name) {
    try {
      return ContractJson.MAPPER.readTree(ContractSchemas.schemaText(name + ".schema.json"));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }
}
