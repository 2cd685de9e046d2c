package org.consortium.hub.sdk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataGuardTest {

  @ParameterizedTest
  @CsvSource({
      "E-mail, EMAIL", "Courriel, EMAIL", "buyer_mail, EMAIL",
      "Téléphone, PHONE", "tel_portable, PHONE", "mobileNumber, PHONE",
      "Code postal, POSTCODE", "CP, POSTCODE", "ZIP, POSTCODE",
      "Date de naissance, BIRTH_DATE", "DOB, BIRTH_DATE", "birthday, BIRTH_DATE",
      "Prénom, NAME", "Nom, NAME", "NOM_DE_FAMILLE, NAME", "customer name, NAME", "surname, NAME",
      "Adresse, ADDRESS", "street_line_1, ADDRESS",
  })
  void recognisesPersonalFieldNames(String field, PersonalDataKind kind) {
    assertThat(PersonalDataGuard.classifyFieldName(field)).contains(kind);
  }

  @ParameterizedTest
  @ValueSource(strings = {"hallName", "venueName", "productionTitle", "tickets", "buyerDepartment",
      "ageBand", "nombre_places", "hotelCapacity", "communeCode", "genre"})
  void leavesContractFieldNamesAlone(String field) {
    assertThat(PersonalDataGuard.classifyFieldName(field)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
      "'write to jean.dupont@example.org', EMAIL",
      "'06 12 34 56 78', PHONE", "'0612345678', PHONE", "'+33 6 12 34 56 78', PHONE",
      "'+33 (0)1 23 45 67 89', PHONE", "'+44 20 7946 0958', PHONE", "'01.23.45.67.89', PHONE",
  })
  void findsContactDetailsInText(String text, PersonalDataKind kind) {
    assertThat(PersonalDataGuard.findContactDetails(text)).contains(kind);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Le Misanthrope", "2025-03-14T20:00:00+01:00", "0000000121032683",
      "Q186384", "75056", "Symphonie n° 9", "1666", "Score: +3 -2", "PERF-2025-0314-1"})
  void findsNoContactDetailsInOrdinaryValues(String text) {
    assertThat(PersonalDataGuard.findContactDetails(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"'12/04/1985', BIRTH_DATE", "'1985-04-12', BIRTH_DATE", "'3.7.2001', BIRTH_DATE",
      "'75011', POSTCODE", "'93100 Montreuil', POSTCODE", "'a@b.fr', EMAIL"})
  void findsAnyPersonalDataInBuyerText(String text, PersonalDataKind kind) {
    assertThat(PersonalDataGuard.findInText(text)).contains(kind);
  }

  @ParameterizedTest
  @ValueSource(strings = {"75", "2A", "971", "35-49", "1985"})
  void buyerTextWithoutPersonalData(String text) {
    assertThat(PersonalDataGuard.findInText(text)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void wholeValueChecks() {
    assertThat(PersonalDataGuard.isPostcode("75011")).isTrue();
    assertThat(PersonalDataGuard.isPostcode("750")).isFalse();
    assertThat(PersonalDataGuard.isDate("1985-04-12")).isTrue();
    assertThat(PersonalDataGuard.isDate("2025-03-14T20:00:00+01:00")).isFalse();
    assertThat(PersonalDataKind.EMAIL.refusal()).isEqualTo("personal data not allowed: e-mail address");
  }

  /** Hostile input: scanning must take linear time, whatever the text (issue 10). */
  @org.junit.jupiter.api.Test
  void scansAMillionCharactersQuickly() {
    String run = "a".repeat(1_000_000);
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> {
      assertThat(PersonalDataGuard.findInText(run)).isEmpty();
      assertThat(PersonalDataGuard.findInText("a.".repeat(500_000))).isEmpty();
      assertThat(PersonalDataGuard.findInText("a@".repeat(500_000))).isEmpty();
      assertThat(PersonalDataGuard.findContactDetails(run + " jean@example.org")).contains(PersonalDataKind.EMAIL);
    });
  }
}
