package org.consortium.hub.sdk.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.consortium.hub.sdk.contract.AttendancePayload;
import org.consortium.hub.sdk.contract.ContractValidator;
import org.consortium.hub.sdk.contract.Envelope;
import org.consortium.hub.sdk.contract.Pseudonymiser;
import org.consortium.hub.sdk.contract.RecordType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports as venues' ticketing systems really write them, and what the importer makes of them. */
class MessyExportsTest {

  private static final ContractValidator VALIDATOR = new ContractValidator();

  @TempDir
  Path tmp;

  private static final String SUMMARY_MAPPING = """
      layout: per-performance
      organisation: theatre-du-nord
      formats:
        date: dd/MM/yyyy
        time: HH'h'mm
      %s
      performance:
        recordId: "{Code}"
        columns: {production.title: Spectacle, genre: Genre, date: Date, time: Heure,
                  venue.capacity: Jauge}
      attendance:
        recordId: "{performance}-{tariff}"
        tariffColumns:
          - { tariff: full, tickets: Plein (nb), revenue: Plein (€) }
      genres: {Théâtre: theatre}
      """;

  private static final String HEADER = "Code;Spectacle;Genre;Date;Heure;Jauge;Plein (nb);Plein (€)\n";

  private static MappingFile summary(String extra) {
    String yaml = SUMMARY_MAPPING.formatted(extra);
    return MappingFile.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "m.yaml");
  }

  private record Run(ImportReport report, List<Envelope> records) {
    Map<String, Long> revenue() {
      return records.stream().filter(e -> e.recordType() == RecordType.ATTENDANCE).collect(
          Collectors.toMap(Envelope::recordId, e -> e.payloadAs(AttendancePayload.class).revenueCents()));
    }
  }

  private static Run run(MappingFile m, ImportSettings settings, String csv, Charset charset)
      throws IOException {
    List<Envelope> out = new ArrayList<>();
    byte[] bytes = csv.getBytes(charset);
    ImportReport report = new CsvImporter(m, settings, VALIDATOR)
        .run(new ByteArrayInputStream(bytes), bytes.length, out::add, ImportListener.NONE);
    return new Run(report, out);
  }

  private static Run run(MappingFile m, String csv) throws IOException {
    return run(m, ImportSettings.forDataset("ds-1"), csv, StandardCharsets.UTF_8);
  }

  @Test
  void dotDecimalsAreReadAsDotDecimalsWithTheDefaultSettings() throws IOException {
    // the exact values that were read as 2 200 €, 225 €, 123 450 € and 1.23 €
    Run r = run(summary(""), HEADER
        + "A1;Hamlet;Théâtre;14/03/2025;20h30;400;1;22.00\n"
        + "A2;Hamlet;Théâtre;15/03/2025;20h30;400;1;22.5\n"
        + "A3;Hamlet;Théâtre;16/03/2025;20h30;400;60;1234.50\n"
        + "A4;Hamlet;Théâtre;17/03/2025;20h30;400;60;\"1,234.50\"\n");

    assertThat(r.report().refused()).isEmpty();
    assertThat(r.revenue()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "A1-full", 2_200L, "A2-full", 2_250L, "A3-full", 123_450L, "A4-full", 123_450L));
    ColumnFormat revenue = r.report().formats().stream()
        .filter(f -> f.column().equals("Plein (€)")).findFirst().orElseThrow();
    assertThat(revenue.format()).isEqualTo("decimal number, decimal dot");
    assertThat(revenue.samples()).contains(new ColumnFormat.Sample("22.00", "22.00"),
        new ColumnFormat.Sample("1234.50", "1234.50"));
  }

  @Test
  void commaDecimalsAndThousandsStillReadAsBefore() throws IOException {
    Run r = run(summary(""), HEADER
        + "A1;Hamlet;Théâtre;14/03/2025;20h30;400;1;22,00\n"
        + "A2;Hamlet;Théâtre;15/03/2025;20h30;400;60;1.234,50\n"
        + "A3;Hamlet;Théâtre;16/03/2025;20h30;400;60;1 234,5\n");

    assertThat(r.report().refused()).isEmpty();
    assertThat(r.revenue()).containsEntry("A1-full", 2_200L).containsEntry("A2-full", 123_450L)
        .containsEntry("A3-full", 123_450L);
  }

  @Test
  void aColumnThatReadsBothWaysIsRefusedWithExamplesAndTheSetting() throws IOException {
    String csv = HEADER + "A1;Hamlet;Théâtre;14/03/2025;20h30;400;2;1.234\n"
        + "A2;Hamlet;Théâtre;15/03/2025;20h30;400;2;2.500\n";

    assertThatThrownBy(() -> run(summary(""), csv)).isInstanceOf(MappingException.class)
        .hasMessageContaining("column 'Plein (€)'").hasMessageContaining("\"1.234\"")
        .hasMessageContaining("line 2").hasMessageContaining("formats.decimalSeparator");
    // the setting settles it
    assertThat(revenueWith("formats: {decimalSeparator: \".\"}", csv)).containsEntry("A1-full", 123L);
    assertThat(revenueWith("formats: {decimalSeparator: \",\"}", csv)).containsEntry("A1-full", 123_400L);
  }

  private Map<String, Long> revenueWith(String formats, String csv) throws IOException {
    String yaml = SUMMARY_MAPPING.formatted("").replace("formats:\n  date: dd/MM/yyyy\n  time: HH'h'mm\n", "")
        + formats.replace("{", "{date: dd/MM/yyyy, time: \"HH'h'mm\", ") + "\n";
    MappingFile m = MappingFile.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "m");
    return run(m, csv).revenue();
  }

  @Test
  void aColumnMixingSeparatorsIsRefused() {
    String csv = HEADER + "A1;Hamlet;Théâtre;14/03/2025;20h30;400;1;22.50\n"
        + "A2;Hamlet;Théâtre;15/03/2025;20h30;400;1;22,50\n";
    assertThatThrownBy(() -> run(summary(""), csv)).isInstanceOf(MappingException.class)
        .hasMessageContaining("mixes decimal separators").hasMessageContaining("\"22.50\"")
        .hasMessageContaining("\"22,50\"");
  }

  @Test
  void aForcedSeparatorThatTheValuesContradictIsRefusedBeforeAnyRow() {
    String csv = HEADER + "A1;Hamlet;Théâtre;14/03/2025;20h30;400;1;22.00\n";
    String yaml = SUMMARY_MAPPING.formatted("").replace("  time: HH'h'mm\n",
        "  time: HH'h'mm\n  decimalSeparator: \",\"\n");
    MappingFile m = MappingFile.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "m");
    assertThatThrownBy(() -> run(m, csv)).isInstanceOf(MappingException.class)
        .hasMessageContaining("\"22.00\"").hasMessageContaining("decimal dot")
        .hasMessageContaining("formats.decimalSeparator");
  }

  @Test
  void datesThatTwoPatternsReadDifferentlyAreRefusedUnlessAValueSettlesIt() throws IOException {
    String yaml = SUMMARY_MAPPING.formatted("").replace("  date: dd/MM/yyyy\n", "  date: [dd/MM/yyyy, MM/dd/yyyy]\n");
    MappingFile m = MappingFile.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "m");
    String ambiguous = HEADER + "A1;Hamlet;Théâtre;03/04/2025;20h30;400;1;22,00\n";
    assertThatThrownBy(() -> run(m, ambiguous)).isInstanceOf(MappingException.class)
        .hasMessageContaining("column 'Date'").hasMessageContaining("\"03/04/2025\"")
        .hasMessageContaining("formats.date");

    Run settled = run(m, ambiguous + "A2;Hamlet;Théâtre;25/03/2025;20h30;400;1;22,00\n");
    assertThat(settled.report().refused()).isEmpty();
    assertThat(settled.records().get(0).payload().path("startDateTime").asText()).startsWith("2025-04-03");
  }

  @Test
  void aBadTimeIsRefusedWithItsLineColumnAndValue() throws IOException {
    Run r = run(summary(""), HEADER + "A1;Hamlet;Théâtre;14/03/2025;20h30;400;1;22,00\n"
        + "A2;Hamlet;Théâtre;15/03/2025;8 pm;400;1;22,00\n");
    assertThat(r.report().refused()).singleElement().satisfies(row -> {
      assertThat(row.line()).isEqualTo(3);
      assertThat(row.column()).isEqualTo("Heure");
      assertThat(row.value()).isEqualTo("8 pm");
    });
  }

  @Test
  void aWrongEncodingNamesTheSetting() {
    String csv = HEADER + "A1;Hamlet;Théâtre;14/03/2025;20h30;400;1;22,00\n";
    assertThatThrownBy(() -> run(summary(""), ImportSettings.forDataset("ds-1"), csv,
        Charset.forName("windows-1252"))).isInstanceOf(MappingException.class)
        .hasMessageContaining("csv.encoding").hasMessageContaining("windows-1252");
  }

  @Test
  void aWrongDelimiterNamesTheSetting() {
    String csv = HEADER.replace(';', ',') + "A1,Hamlet,Théâtre,14/03/2025,20h30,400,1,22\n";
    assertThatThrownBy(() -> run(summary(""), csv)).isInstanceOf(MappingException.class)
        .hasMessageContaining("csv.delimiter");
  }

  @Test
  void anImpossibleOccupancyIsRefusedAndAFullHouseWithStandingPlacesIsNot() throws IOException {
    Run r = run(summary(""), HEADER
        + "A1;Hamlet;Théâtre;14/03/2025;20h30;180;9999;99 990,00\n"
        + "A2;Hamlet;Théâtre;15/03/2025;20h30;0;10;100,00\n"
        + "A3;Hamlet;Théâtre;16/03/2025;20h30;180;195;1 950,00\n");

    assertThat(r.report().refused()).extracting(RefusedRow::line).containsExactly(2L, 3L);
    assertThat(r.report().refused().get(0).reason()).contains("9999 tickets for 180 seats", "tolerance");
    assertThat(r.report().refused().get(1).reason()).contains("capacity 0");
    assertThat(r.records()).extracting(Envelope::recordId).containsExactly("A3", "A3-full");
  }

  @Test
  void refusalsAreCountedPerReason() throws IOException {
    Run r = run(summary(""), HEADER
        + "A1;Hamlet;Théâtre;14/03/2025;20h30;deux cents;1;22,00\n"
        + "A2;Hamlet;Slam;14/03/2025;20h30;200;1;22,00\n"
        + "A3;Hamlet;Slam;14/03/2025;20h30;200;1;22,00\n");
    assertThat(r.report().refusalsByReason()).hasSize(2)
        .containsEntry("genre (column 'Genre'): unknown label 'Slam'; add it under 'genres:' in the mapping", 2L);
  }

  // First-time buyers: one buyer in two files, two months, resent.

  private static final String TICKETS_MAPPING = """
      layout: ticket-lines
      organisation: theatre-du-nord
      performance:
        recordId: "{Séance}"
        columns: {production.title: Spectacle, genre: Genre, date: Date, venue.capacity: Jauge}
        defaults: {youngAudience: "non", coProduction: "non"}
      tickets: {tariff: Tarif, price: Prix, quantity: Qté, buyerId: Client}
      attendance:
        recordId: "{performance}-{tariff}-{department}-{ageBand}"
      tariffs: {Plein: full}
      genres: {Théâtre: theatre}
      """;
  private static final String TICKETS_HEADER = "Séance;Spectacle;Genre;Date;Jauge;Tarif;Qté;Prix;Client\n";
  private static final String MARCH = TICKETS_HEADER
      + "M1;Hamlet;Théâtre;14/03/2025;400;Plein;2;20,00;C1\n"
      + "M2;Hamlet;Théâtre;21/03/2025;400;Plein;1;20,00;C1\n"   // same buyer, same month: still new
      + "M2;Hamlet;Théâtre;21/03/2025;400;Plein;1;20,00;C2\n";
  private static final String APRIL = TICKETS_HEADER
      + "P1;Lear;Théâtre;04/04/2025;400;Plein;3;20,00;C1\n"     // C1 returns in April
      + "P1;Lear;Théâtre;04/04/2025;400;Plein;1;20,00;C3\n";

  private Map<String, Integer> firstTime(String csv, Path history) throws IOException {
    MappingFile m = MappingFile.read(new ByteArrayInputStream(TICKETS_MAPPING.getBytes(StandardCharsets.UTF_8)), "t");
    FirstTimeBuyers buyers = FirstTimeBuyers.open(history, new Pseudonymiser(new byte[32]));
    Run r = run(m, ImportSettings.forDataset("ds-1").withBuyers(buyers), csv, StandardCharsets.UTF_8);
    assertThat(r.report().refused()).isEmpty();
    buyers.commit();
    return r.records().stream().filter(e -> e.recordType() == RecordType.ATTENDANCE).collect(
        Collectors.toMap(e -> e.payloadAs(AttendancePayload.class).performanceRecordId(),
            e -> e.payloadAs(AttendancePayload.class).firstTimeBuyers()));
  }

  @Test
  void aBuyerIsNewInTheMonthOfTheirFirstPerformanceWhateverTheFilesAndResends() throws IOException {
    Path history = tmp.resolve("history.txt");
    Map<String, Integer> expected = Map.of("M1", 2, "M2", 2, "P1", 1);

    Map<String, Integer> sent = new java.util.HashMap<>(firstTime(MARCH, history));
    sent.putAll(firstTime(APRIL, history));
    assertThat(sent).isEqualTo(expected);

    // resending both files (a correction) gives the same counts, not zero
    Map<String, Integer> resent = new java.util.HashMap<>(firstTime(MARCH, history));
    resent.putAll(firstTime(APRIL, history));
    assertThat(resent).isEqualTo(expected);

    // one file holding both months gives the same counts on a fresh history
    assertThat(firstTime(MARCH + APRIL.substring(TICKETS_HEADER.length()), tmp.resolve("one-file.txt")))
        .isEqualTo(expected);
  }

  @Test
  void anEarlierMonthSentLaterMovesTheBuyerBackAndSaysWhatToResend() throws IOException {
    Path history = tmp.resolve("reversed.txt");
    assertThat(firstTime(APRIL, history)).containsEntry("P1", 4); // C1 and C3 look new in April

    MappingFile m = MappingFile.read(new ByteArrayInputStream(TICKETS_MAPPING.getBytes(StandardCharsets.UTF_8)), "t");
    FirstTimeBuyers buyers = FirstTimeBuyers.open(history, new Pseudonymiser(new byte[32]));
    run(m, ImportSettings.forDataset("ds-1").withBuyers(buyers), MARCH, StandardCharsets.UTF_8);
    assertThat(buyers.movedBack()).isEqualTo(1);
    buyers.commit();

    // the April export sent again now counts C1 where the definition puts them: March
    assertThat(firstTime(APRIL, history)).containsEntry("P1", 1);
  }
}
