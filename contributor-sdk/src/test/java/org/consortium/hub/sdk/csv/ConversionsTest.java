package org.consortium.hub.sdk.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.consortium.hub.sdk.contract.AgeBand;
import org.consortium.hub.sdk.contract.Genre;
import org.consortium.hub.sdk.contract.TariffCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConversionsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1 234,50|1234.50", "1\u00A0234,50|1234.50", "1\u202F234,5|1234.5", "1.234,50|1234.50",
      "12,00 €|12.00", "€ 9,9|9.9", "0,005|0.005", "-3,5|-3.5", "(3,50)|-3.50", "42|42", "1 000 000|1000000"})
  void readsFrenchNumbers(String text, String expected) {
    assertThat(Numbers.parseDecimal(text, ',')).isEqualByComparingTo(new BigDecimal(expected));
  }

  @Test
  void readsDotDecimalNumbersWithCommaGrouping() {
    assertThat(Numbers.parseDecimal("1,234.50", '.')).isEqualByComparingTo("1234.50");
  }

  @Test
  void refusesWhatIsNotANumberWithoutEchoingIt() {
    assertThatThrownBy(() -> Numbers.parseDecimal("douze", ','))
        .isInstanceOf(NumberFormatException.class).hasMessageNotContaining("douze");
    assertThatThrownBy(() -> Numbers.parseDecimal("1,2,3", ',')).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> Numbers.parseWhole("12,5", ',')).hasMessageContaining("whole");
    assertThat(Numbers.parseWhole("12,0", ',')).isEqualTo(12);
  }

  @Test
  void convertsAmountsToCentsRoundingHalfUp() {
    assertThat(Numbers.parseCents("9 360,00", ',')).isEqualTo(936_000);
    assertThat(Numbers.parseCents("0,005", ',')).isEqualTo(1);
    assertThat(Numbers.parseCents("0,004", ',')).isEqualTo(0);
    assertThat(Numbers.parseCents("19,99 €", ',')).isEqualTo(1999);
  }

  @ParameterizedTest
  @CsvSource({"75011,75", "59000,59", "01000,01", "1000,01", "F-59800,59", "20000,2A", "20090,2A",
      "20167,2A", "20199,2A", "20200,2B", "20290,2B", "20600,2B", "20699,2B", "97110,971",
      "97300,973", "97400,974", "97600,976", "95000,95"})
  void truncatesPostcodesToDepartments(String postcode, String department) {
    assertThat(Departments.fromPostcode(postcode)).contains(department);
  }

  @ParameterizedTest
  @CsvSource({"98000", "97700", "98800", "20700", "00100", "96000", "B-7500", "SW1A 1AA", "abcde", "123"})
  void leavesUnknownPlacesWithoutDepartment(String postcode) {
    assertThat(Departments.fromPostcode(postcode)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"0,0-14", "14,0-14", "15,15-24", "24,15-24", "25,25-34", "34,25-34", "35,35-49",
      "49,35-49", "50,50-64", "64,50-64", "65,65+", "99,65+", "-1,unknown", "121,unknown"})
  void agesFallInBandsAtTheBoundaries(int age, String band) {
    assertThat(AgeBands.ofAge(age).jsonValue()).isEqualTo(band);
  }

  @Test
  void birthDatesCountOnThePerformanceDay() {
    LocalDate show = LocalDate.of(2025, 3, 14);
    assertThat(AgeBands.ofBirthDate(LocalDate.of(2000, 3, 14), show)).isEqualTo(AgeBand.AGE_25_34);
    assertThat(AgeBands.ofBirthDate(LocalDate.of(2000, 3, 15), show)).isEqualTo(AgeBand.AGE_15_24);
    assertThat(AgeBands.ofBirthDate(LocalDate.of(2010, 3, 14), show)).isEqualTo(AgeBand.AGE_15_24);
    assertThat(AgeBands.ofBirthDate(LocalDate.of(2010, 3, 15), show)).isEqualTo(AgeBand.AGE_0_14);
    assertThat(AgeBands.ofBirthDate(LocalDate.of(2026, 1, 1), show)).isEqualTo(AgeBand.UNKNOWN);
  }

  @Test
  void labelsMatchWithoutCaseOrAccentsAndFallBack() {
    Labels<TariffCategory> tariffs = new Labels<>(Map.of("Plein tarif", "full", "*", "other"),
        TariffCategory.values(), TariffCategory::jsonValue, TariffCategory::fromJson, "tariffs");
    assertThat(tariffs.find("PLEIN  TARIF")).contains(TariffCategory.FULL);
    assertThat(tariffs.find("pass-culture")).contains(TariffCategory.PASS_CULTURE);
    assertThat(tariffs.find("Tarif mystère")).contains(TariffCategory.OTHER);

    Labels<Genre> genres = new Labels<>(Map.of("Théâtre", "theatre"), Genre.values(), Genre::jsonValue,
        Genre::fromJson, "genres");
    assertThat(genres.find("theatre")).contains(Genre.THEATRE);
    assertThat(genres.find("THEATRE")).contains(Genre.THEATRE);
    assertThat(genres.find("Slam")).isEmpty();
    assertThatThrownBy(() -> new Labels<>(Map.of("Danse", "ballet"), Genre.values(), Genre::jsonValue,
        Genre::fromJson, "genres")).isInstanceOf(MappingException.class).hasMessageContaining("Danse");
  }

  @Test
  void datesAndTimesUseTheVenueTimeZone() {
    DateTimes d = new DateTimes(List.of("dd/MM/yyyy"), List.of("HH'h'mm"), List.of("dd/MM/yyyy HH:mm"),
        ZoneId.of("Europe/Paris"));
    assertThat(d.at(d.date("14/03/2025").atTime(d.time("20h30"))).toString()).isEqualTo("2025-03-14T20:30+01:00");
    assertThat(d.dateTime("02/04/2025 20:00").toString()).isEqualTo("2025-04-02T20:00+02:00");
    assertThat(d.date("2025-03-14")).isEqualTo(LocalDate.of(2025, 3, 14));
    assertThatThrownBy(() -> d.date("31/02/2025")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void recordIdTemplatesReplaceSpacesAndRefuseEmptyParts() {
    RecordIdTemplate t = new RecordIdTemplate("{Code séance}-{tariff}");
    assertThat(t.names()).containsExactly("Code séance", "tariff");
    assertThat(t.render(Map.of("Code séance", "S 12", "tariff", "full")::get)).isEqualTo("S-12-full");
    assertThatThrownBy(() -> t.render(Map.of("tariff", "full")::get)).hasMessageContaining("Code séance");
  }

  @Test
  void flagsReadFrenchAndEnglish() {
    assertThat(Flags.parse("Oui")).isTrue();
    assertThat(Flags.parse("x")).isTrue();
    assertThat(Flags.parse("non")).isFalse();
    assertThatThrownBy(() -> Flags.parse("peut-être")).isInstanceOf(IllegalArgumentException.class);
  }
}
