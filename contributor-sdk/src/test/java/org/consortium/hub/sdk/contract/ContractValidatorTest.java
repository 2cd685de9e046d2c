package org.consortium.hub.sdk.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consortium.hub.sdk.contract.Examples.payload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContractValidatorTest {

  private static final ContractValidator VALIDATOR = new ContractValidator();

  @ParameterizedTest
  @ValueSource(strings = {"performance", "attendance", "work", "deletion"})
  void shippedExamplesAreValid(String example) {
    assertThat(VALIDATOR.validate(Examples.load(example))).isEmpty();
  }

  @Test
  void validatesJsonText() {
    assertThat(VALIDATOR.validate(Examples.work().toString())).isEmpty();
  }

  @Test
  void textThatIsNotJsonIsOneViolationWithoutEchoingTheText() {
    List<Violation> violations = VALIDATOR.validate("{\"recordId\": jean.dupont@example.org");

    assertThat(violations).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo(Violation.INVALID_JSON);
      assertThat(v.path()).isEqualTo("$");
      assertThat(v.message()).startsWith("not valid JSON at line 1").doesNotContain("dupont");
    });
  }

  @ParameterizedTest
  @CsvSource({
      "email, e-mail address",
      "buyerEmail, e-mail address",
      "phone, phone number",
      "telephone, phone number",
      "postcode, full postcode",
      "code_postal, full postcode",
      "zipCode, full postcode",
      "birthDate, birth date",
      "dateOfBirth, birth date",
      "date_naissance, birth date",
      "firstName, person's name",
      "lastName, person's name",
      "buyerName, person's name",
      "nom, person's name",
      "address, postal address",
  })
  void personalDataFieldIsRefusedWithItsPathAndKind(String field, String kind) {
    ObjectNode envelope = Examples.attendance();
    payload(envelope).put(field, "anything");

    assertThat(VALIDATOR.validate(envelope)).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("$.payload." + field);
      assertThat(v.code()).isEqualTo(Violation.PERSONAL_DATA);
      assertThat(v.message()).isEqualTo(
          "personal data not allowed: " + kind + " (field '" + field + "' is not part of the contract)");
    });
  }

  @Test
  void personalDataFieldIsRefusedInNestedObjectsAndOnTheEnvelope() {
    ObjectNode envelope = Examples.performance();
    ((ObjectNode) payload(envelope).get("venue")).put("contactEmail", "x");
    envelope.put("phoneNumber", "x");

    assertThat(VALIDATOR.validate(envelope))
        .extracting(Violation::path, Violation::code)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("$.payload.venue.contactEmail", Violation.PERSONAL_DATA),
            org.assertj.core.groups.Tuple.tuple("$.phoneNumber", Violation.PERSONAL_DATA));
  }

  @Test
  void fiveDigitPostcodeAsDepartmentIsRefusedAsPersonalData() {
    ObjectNode envelope = Examples.attendance();
    payload(envelope).put("buyerDepartment", "75011");

    assertThat(VALIDATOR.validate(envelope)).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("$.payload.buyerDepartment");
      assertThat(v.code()).isEqualTo(Violation.PERSONAL_DATA);
      assertThat(v.message()).startsWith("personal data not allowed: full postcode")
          .doesNotContain("75011");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"01", "13", "2A", "2B", "75", "95", "971", "974", "976"})
  void departmentCodesAreAccepted(String department) {
    ObjectNode envelope = Examples.attendance();
    payload(envelope).put("buyerDepartment", department);

    assertThat(VALIDATOR.validate(envelope)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"00", "20", "2C", "96", "970", "977", "7", "2a", "F-75", " 75"})
  void departmentLookalikesAreRefusedWithThePattern(String department) {
    ObjectNode envelope = Examples.attendance();
    payload(envelope).put("buyerDepartment", department);

    assertThat(VALIDATOR.validate(envelope)).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("$.payload.buyerDepartment");
      assertThat(v.code()).isEqualTo("pattern");
      assertThat(v.message()).startsWith("must be a French department code");
    });
  }

  @Test
  void birthDateInsteadOfAgeBandIsRefusedAsPersonalData() {
    ObjectNode envelope = Examples.attendance();
    payload(envelope).put("ageBand", "12/04/1985");

    assertThat(VALIDATOR.validate(envelope)).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("$.payload.ageBand");
      assertThat(v.code()).isEqualTo(Violation.PERSONAL_DATA);
      assertThat(v.message()).startsWith("personal data not allowed: birth date");
    });
  }

  @Test
  void unknownAgeBandListsTheBands() {
    ObjectNode envelope = Examples.attendance();
    payload(envelope).put("ageBand", "35-44");

    assertThat(VALIDATOR.validate(envelope)).singleElement().isEqualTo(new Violation(
        "$.payload.ageBand", "must be one of 0-14, 15-24, 25-34, 35-49, 50-64, 65+, unknown", "enum"));
  }

  @Test
  void contactDetailsHiddenInFreeTextAreRefused() {
    ObjectNode envelope = Examples.performance();
    ((ObjectNode) payload(envelope).get("production")).put("title", "Réservations: 06 12 34 56 78");
    ((ArrayNodeEditor) () -> payload(envelope).get("work").get("authors")).set(0, "jean.dupont@example.org");

    List<Violation> violations = VALIDATOR.validate(envelope);

    assertThat(violations).extracting(Violation::path, Violation::message).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("$.payload.production.title",
            "personal data not allowed: phone number (found in the text of field 'title')"),
        org.assertj.core.groups.Tuple.tuple("$.payload.work.authors[0]",
            "personal data not allowed: e-mail address (found in the text of field 'authors')"));
    assertThat(violations).allSatisfy(v -> assertThat(v.message()).doesNotContain("dupont", "06 12"));
  }

  @Test
  void eMailUsedAsRecordIdIsRefused() {
    ObjectNode envelope = Examples.attendance();
    envelope.put("recordId", "jean.dupont@example.org");

    assertThat(VALIDATOR.validate(envelope)).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("$.recordId");
      assertThat(v.code()).isEqualTo(Violation.PERSONAL_DATA);
    });
  }

  @Test
  void unknownFieldIsRefusedWithItsPath() {
    ObjectNode envelope = Examples.performance();
    ((ObjectNode) payload(envelope).get("venue")).put("balcony", true);

    assertThat(VALIDATOR.validate(envelope)).singleElement().isEqualTo(new Violation(
        "$.payload.venue.balcony",
        "unknown field 'balcony' is not part of the contract (schema 1.0)",
        "additionalProperties"));
  }

  @Test
  void missingRequiredFieldReportsWhereItBelongs() {
    ObjectNode envelope = Examples.performance();
    ((ObjectNode) payload(envelope).get("production")).remove("title");
    payload(envelope).remove("genre");
    envelope.remove("contributorOrg");

    assertThat(VALIDATOR.validate(envelope)).containsExactlyInAnyOrder(
        new Violation("$.contributorOrg", "required field 'contributorOrg' is missing", "required"),
        new Violation("$.payload.production.title", "required field 'title' is missing", "required"),
        new Violation("$.payload.genre", "required field 'genre' is missing", "required"));
  }

  @Test
  void deletedEnvelopeWithoutPayloadIsAccepted() {
    ObjectNode envelope = Examples.attendance();
    envelope.remove("payload");
    envelope.put("deleted", true);

    assertThat(VALIDATOR.validate(envelope)).isEmpty();
  }

  @Test
  void payloadIsRequiredUnlessDeleted() {
    ObjectNode envelope = Examples.attendance();
    envelope.remove("payload");

    assertThat(VALIDATOR.validate(envelope)).singleElement().isEqualTo(new Violation("$.payload",
        "required field 'payload' is missing (only a deleted record may omit its payload)",
        "required"));
  }

  @Test
  void firstTimeBuyersCannotExceedTickets() {
    ObjectNode envelope = Examples.attendance();
    payload(envelope).put("tickets", 10).put("firstTimeBuyers", 11);

    assertThat(VALIDATOR.validate(envelope)).singleElement().isEqualTo(new Violation(
        "$.payload.firstTimeBuyers", "must not exceed tickets: 11 first-time buyers for 10 tickets",
        Violation.FIRST_TIME_BUYERS_EXCEED_TICKETS));
  }

  @Test
  void firstTimeBuyersMayEqualTickets() {
    ObjectNode envelope = Examples.attendance();
    payload(envelope).put("tickets", 10).put("firstTimeBuyers", 10);

    assertThat(VALIDATOR.validate(envelope)).isEmpty();
  }

  @Test
  void valueErrorsSayWhatIsExpected() {
    ObjectNode envelope = Examples.performance();
    ObjectNode payload = payload(envelope);
    ((ObjectNode) payload.get("venue")).put("capacity", -1);
    payload.put("genre", "rock");
    payload.put("youngAudience", "yes");
    payload.put("language", "fra");
    envelope.put("version", 0);
    envelope.put("schemaVersion", "2.0");

    assertThat(VALIDATOR.validate(envelope)).containsExactlyInAnyOrder(
        new Violation("$.version", "must be at least 1 (got 0)", "minimum"),
        new Violation("$.schemaVersion", "must be '1.0'", "const"),
        new Violation("$.payload.venue.capacity", "must be at least 0 (got -1)", "minimum"),
        new Violation("$.payload.genre", "must be one of theatre, dance, opera, music, circus, "
            + "street-arts, puppetry, multidisciplinary, musical-theatre, storytelling, other", "enum"),
        new Violation("$.payload.youngAudience", "must be a boolean, not a string", "type"),
        new Violation("$.payload.language",
            "must be an ISO 639-1 language code of two lower-case letters, such as 'fr'", "pattern"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-03-14T20:00:00", "2025-03-14 20:00:00+01:00", "2025-03-14T20:00+01:00", "14/03/2025"})
  void startWithoutOffsetOrSecondsIsOneViolation(String start) {
    ObjectNode envelope = Examples.performance();
    payload(envelope).put("startDateTime", start);

    assertThat(VALIDATOR.validate(envelope)).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("$.payload.startDateTime");
      assertThat(v.message()).contains("UTC offset");
    });
  }

  @Test
  void impossibleDateIsRefusedByTheFormat() {
    ObjectNode envelope = Examples.performance();
    payload(envelope).put("startDateTime", "2025-02-30T20:00:00+01:00");

    assertThat(VALIDATOR.validate(envelope)).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("$.payload.startDateTime");
      assertThat(v.code()).isEqualTo("format");
    });
  }

  @Test
  void recordIdWithWhitespaceIsRefused() {
    ObjectNode envelope = Examples.work();
    envelope.put("recordId", "WORK CARMEN");

    assertThat(VALIDATOR.validate(envelope)).singleElement()
        .isEqualTo(new Violation("$.recordId", "must not contain whitespace", "pattern"));
  }

  @Test
  void unknownRecordTypeIsReportedAndThePayloadLeftUnjudged() {
    ObjectNode envelope = Examples.work();
    envelope.put("recordType", "festival");

    assertThat(VALIDATOR.validate(envelope)).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("$.recordType");
      assertThat(v.message()).isEqualTo("must be one of performance, attendance, work");
    });
  }

  @Test
  void payloadIsCheckedAgainstTheSchemaOfItsRecordType() {
    ObjectNode envelope = Examples.work();
    envelope.put("recordType", "attendance");

    assertThat(VALIDATOR.validate(envelope)).extracting(Violation::path).contains(
        "$.payload.tickets", "$.payload.title");
  }

  @Test
  void workExternalIdsAreChecked() {
    ObjectNode envelope = Examples.work();
    ((ObjectNode) payload(envelope).get("externalIds")).put("wikidata", "186384").put("isni", "0000 0001 2103 2683");

    assertThat(VALIDATOR.validate(envelope)).extracting(Violation::path).containsExactlyInAnyOrder(
        "$.payload.externalIds.wikidata", "$.payload.externalIds.isni");
  }

  @Test
  void nonObjectEnvelopeIsRefused() {
    assertThat(VALIDATOR.validate("[]")).singleElement()
        .isEqualTo(new Violation("$", "must be an object, not an array", "type"));
    assertThat(VALIDATOR.validate("")).singleElement().satisfies(v -> assertThat(v.path()).isEqualTo("$"));
  }

  @Test
  void payloadCanBeValidatedWithoutEnvelope() {
    ObjectNode payload = payload(Examples.attendance());
    payload.put("tickets", -3);

    assertThat(VALIDATOR.validatePayload(RecordType.ATTENDANCE, payload)).singleElement()
        .isEqualTo(new Violation("$.tickets", "must be at least 0 (got -3)", "minimum"));
  }

  @Test
  void batchReportsEachRecordByIndexAndRecordId() {
    ObjectNode bad = Examples.attendance();
    bad.put("recordId", "line-2");
    payload(bad).put("tickets", 1).put("firstTimeBuyers", 2);
    ObjectNode noId = Examples.work();
    noId.remove("recordId");

    BatchResult result = VALIDATOR.validateBatch(List.of(Examples.performance(), bad, noId, Examples.work()));

    assertThat(result.results()).extracting(RecordResult::index).containsExactly(0, 1, 2, 3);
    assertThat(result.results()).extracting(RecordResult::valid).containsExactly(true, false, false, true);
    assertThat(result.validCount()).isEqualTo(2);
    assertThat(result.allValid()).isFalse();
    assertThat(result.rejected()).extracting(RecordResult::index, RecordResult::recordId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "line-2"),
            org.assertj.core.groups.Tuple.tuple(2, null));
    assertThat(result.rejected().get(0).violations()).extracting(Violation::code)
        .containsExactly(Violation.FIRST_TIME_BUYERS_EXCEED_TICKETS);
  }

  /** Hostile input (issue 10): text that is not one line of valid Unicode, in a value or a name. */
  @ParameterizedTest
  @ValueSource(strings = {"a\u0000b", "ok\r\nINFO forged", "ok\n", "\u001b[31m", "ok\u2028x", "ok\u0085x",
      "Moli\uFFFDre", "x\uD800", "\uDC00x"})
  void textThatIsNotOneLineOfValidUnicodeIsRefusedWithoutEchoingIt(String text) {
    ObjectNode inTitle = Examples.performance();
    ((ObjectNode) payload(inTitle).get("production")).put("title", text);
    ObjectNode inName = Examples.performance();
    payload(inName).put(text, "x");

    assertThat(VALIDATOR.validate(inTitle)).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("$.payload.production.title");
      assertThat(v.code()).isEqualTo(Violation.INVALID_CHARACTER);
    });
    assertThat(VALIDATOR.validate(inName)).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo(Violation.INVALID_CHARACTER);
      assertThat(v.message()).startsWith("field name ");
      assertThat(v.path() + v.message()).doesNotContain(text)
          .matches(m -> m.chars().noneMatch(c -> SafeInput.isLineBreakOrControl(c) || Character.isSurrogate((char) c)));
    });
  }

  @Test
  void numbersBeyondEveryIntegerAndFieldsBeyondTheirStorageAreRefused() {
    ObjectNode huge = Examples.attendance();
    payload(huge).put("revenueCents", 1e300);
    ObjectNode truncated = Examples.attendance();
    payload(truncated).put("tickets", 4_294_967_297L);
    truncated.put("version", 2_147_483_648L);

    assertThat(VALIDATOR.validate(huge)).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("$.payload.revenueCents");
      assertThat(v.code()).isEqualTo(Violation.OUT_OF_RANGE);
    });
    assertThat(VALIDATOR.validate(truncated)).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("$.payload.tickets", "maximum"),
        org.assertj.core.groups.Tuple.tuple("$.version", "maximum"));
  }

  @Test
  void nestingDeeperThanAnyRecordIsRefusedBeforeTheSchema() {
    ObjectNode deep = Examples.performance();
    ObjectNode node = payload(deep).putObject("extra");
    for (int i = 0; i < 600; i++) {
      node = node.putObject("a");
    }

    assertThat(VALIDATOR.validate(deep)).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo(Violation.TOO_DEEP);
      assertThat(v.path()).startsWith("$.payload.extra.a.a");
    });
  }

  @Test
  void aHugeUnknownFieldNameIsShownCut() {
    ObjectNode envelope = Examples.work();
    payload(envelope).put("n".repeat(10_000), 1);

    assertThat(VALIDATOR.validate(envelope)).singleElement().satisfies(v -> {
      assertThat(v.path()).hasSizeLessThan(300).endsWith("(10010 characters)");
      assertThat(v.message()).hasSizeLessThan(400).contains("(10000 characters)");
    });
  }

  /** Lets a test replace an array element in place without casts cluttering the assertion. */
  @FunctionalInterface
  private interface ArrayNodeEditor {
    JsonNode array();

    default void set(int index, String value) {
      ((com.fasterxml.jackson.databind.node.ArrayNode) array()).set(index, Examples.text(value));
    }
  }
}
