package org.consortium.hub.sdk.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.consortium.hub.sdk.contract.AgeBand;
import org.consortium.hub.sdk.contract.AttendancePayload;
import org.consortium.hub.sdk.contract.ContractValidator;
import org.consortium.hub.sdk.contract.Envelope;
import org.consortium.hub.sdk.contract.Genre;
import org.consortium.hub.sdk.contract.PerformancePayload;
import org.consortium.hub.sdk.contract.Pseudonymiser;
import org.consortium.hub.sdk.contract.RecordType;
import org.consortium.hub.sdk.contract.TariffCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImporterTest {

  private static final String SAMPLES = "/org/consortium/hub/sdk/samples/";
  private static final ContractValidator VALIDATOR = new ContractValidator();

  @TempDir
  Path tmp;

  private static MappingFile mapping(String name) {
    try (InputStream in = CsvImporterTest.class.getResourceAsStream(SAMPLES + name)) {
      return MappingFile.read(in, name);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private record Run(ImportReport report, List<Envelope> records, List<String> warnings) {}

  private static Run run(MappingFile m, ImportSettings settings, String csv) throws IOException {
    List<Envelope> out = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
    ImportReport report = new CsvImporter(m, settings, VALIDATOR).run(new ByteArrayInputStream(bytes),
        bytes.length, out::add, new ImportListener() {
          @Override
          public void warning(String message) {
            warnings.add(message);
          }
        });
    return new Run(report, out, warnings);
  }

  private static String sample(String name) throws IOException {
    try (InputStream in = CsvImporterTest.class.getResourceAsStream(SAMPLES + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void importsTheBoxOfficeSummarySample() throws IOException {
    Run r = run(mapping("box-office-summary.mapping.yaml"), ImportSettings.forDataset("ds-1"),
        sample("box-office-summary.csv"));

    assertThat(r.report().refused()).isEmpty();
    assertThat(r.report().rows()).isEqualTo(5);
    Envelope first = r.records().get(0);
    assertThat(first.recordType()).isEqualTo(RecordType.PERFORMANCE);
    assertThat(first.recordId()).isEqualTo("TDN-2025-0314");
    assertThat(first.contributorOrg()).isEqualTo("theatre-du-nord");
    PerformancePayload p = first.payloadAs(PerformancePayload.class);
    assertThat(p.startDateTime().toString()).isEqualTo("2025-03-14T20:30+01:00");
    assertThat(p.genre()).isEqualTo(Genre.THEATRE);
    assertThat(p.venue()).isEqualTo(new PerformancePayload.Venue("Grande salle", 650, "59350"));
    assertThat(p.coProduction()).isTrue();
    assertThat(p.language()).isEqualTo("fr");

    AttendancePayload full = r.records().get(1).payloadAs(AttendancePayload.class);
    assertThat(r.records().get(1).recordId()).isEqualTo("TDN-2025-0314-full");
    assertThat(full.tickets()).isEqualTo(312);
    assertThat(full.revenueCents()).isEqualTo(936_000);
    // the second row uses non-breaking spaces as thousands separators
    AttendancePayload full2 = find(r.records(), "TDN-2025-0315-full").payloadAs(AttendancePayload.class);
    assertThat(full2.revenueCents()).isEqualTo(1_065_000);
    assertThat(find(r.records(), "TDN-2025-0314-free-exempt").payloadAs(AttendancePayload.class).revenueCents()).isZero();
    // empty tariff cells give no record; a summer (CEST) date keeps its own offset
    assertThat(r.records()).extracting(Envelope::recordId).doesNotContain("TDN-2025-0405-subscription");
    assertThat(find(r.records(), "TDN-2025-0402").payloadAs(PerformancePayload.class).work().authors())
        .containsExactly("Adolphe Adam", "Théophile Gautier");
    assertThat(r.records()).allSatisfy(e -> assertThat(VALIDATOR.validate(e)).isEmpty());
  }

  private static Envelope find(List<Envelope> records, String id) {
    return records.stream().filter(e -> e.recordId().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void refusesRowsWithLineNumbersAndReasons() throws IOException {
    String csv = sample("box-office-summary.csv").lines().limit(2).reduce("", (a, b) -> a + b + "\n")
        + "X2;Hamlet;;;Slam;14/03/2025;20h30;Salle;100;;non;non;1;1,00;;;;;;;;;;\n"
        + "X3;Contact: billetterie@theatre.fr;;;Théâtre;14/03/2025;20h30;Salle;100;;non;non;1;1,00;;;;;;;;;;\n"
        + "X4;Hamlet;;;Théâtre;31/02/2025;20h30;Salle;100;;non;non;1;1,00;;;;;;;;;;\n"
        + "X5;Hamlet;;;Théâtre;14/03/2025;20h30;Salle;cent;;non;non;1;1,00;;;;;;;;;;\n"
        + "X6;Hamlet;;;Théâtre;14/03/2025;20h30;Salle 06 12 34 56 78;100;;non;non;1;1,00;;;;;;;;;;\n"
        + "X7;Hamlet;;;Théâtre;14/03/2025;20h30;Salle;100;;non;non;1;1,00;-5;;;;;;;;;\n";

    Run r = run(mapping("box-office-summary.mapping.yaml"), ImportSettings.forDataset("ds-1"), csv);

    assertThat(r.report().rows()).isEqualTo(7);
    assertThat(r.report().refused()).extracting(RefusedRow::line).containsExactly(3L, 4L, 5L, 6L, 7L, 8L);
    List<String> reasons = r.report().refused().stream().map(RefusedRow::reason).toList();
    assertThat(reasons.get(0)).contains("genre", "Slam", "genres:");
    assertThat(reasons.get(1)).contains("personal data in column 'Spectacle'", "e-mail address")
        .doesNotContain("billetterie@theatre.fr");
    assertThat(reasons.get(2)).contains("column 'Date'", "\"31/02/2025\"", "not a date");
    assertThat(r.report().refused().get(2).column()).isEqualTo("Date");
    assertThat(r.report().refused().get(2).value()).isEqualTo("31/02/2025");
    assertThat(reasons.get(3)).contains("venue.capacity", "Jauge", "\"cent\"");
    assertThat(reasons.get(4)).contains("personal data in column 'Salle'", "phone number");
    assertThat(reasons.get(5)).contains("X7-reduced", "tickets", "at least 0");
    // refused rows send nothing at all, not even their performance
    assertThat(r.records()).extracting(Envelope::recordId).noneMatch(id -> id.startsWith("X"));
    assertThat(r.report().refused().get(0).toString()).startsWith("line 3: ");
  }

  @Test
  void countsLinesAcrossQuotedLineBreaks() throws IOException {
    String csv = sample("box-office-summary.csv").lines().limit(1).reduce("", (a, b) -> a + b + "\n")
        + "X1;\"Hamlet\nsur deux lignes\";;;Théâtre;14/03/2025;20h30;Salle;100;;non;non;1;1,00;;;;;;;;;;\n"
        + "X2;Hamlet;;;Slam;14/03/2025;20h30;Salle;100;;non;non;1;1,00;;;;;;;;;;\n";
    Run r = run(mapping("box-office-summary.mapping.yaml"), ImportSettings.forDataset("ds-1"), csv);
    assertThat(r.report().refused()).extracting(RefusedRow::line).containsExactly(4L);
    // The contract takes one line of text per field: the cell's lines are joined.
    assertThat(r.records()).map(e -> e.toJson().at("/payload/production/title").asText())
        .contains("Hamlet sur deux lignes");
  }

  @Test
  void dropsUnmappedPersonalColumnsAndAggregatesTicketLines() throws IOException {
    String csv = String.join("\n",
        "Séance;Spectacle;Genre;Date séance;Heure;Salle;Jauge;Tarif;Qté;Prix unitaire;N° client;Nom;E-mail;Code postal;Date de naissance",
        "P1;Giselle;Danse;02/04/2025;20h00;Grande salle;650;Plein tarif;2;30,00;C1;Dupont;a@b.fr;59000;14/03/1990",
        "P1;Giselle;Danse;02/04/2025;20h00;Grande salle;650;Plein;1;30,00;C2;Durand;c@d.fr;59800;01/01/1991",
        "P1;Giselle;Danse;02/04/2025;20h00;Grande salle;650;Plein tarif;1;30,00;C1;Dupont;a@b.fr;20000;14/03/1990",
        "P1;Giselle;Danse;02/04/2025;20h00;Grande salle;650;Plein tarif;-1;30,00;C2;Durand;c@d.fr;59800;01/01/1991",
        "P1;Giselle;Danse;02/04/2025;20h00;Grande salle;650;Pass Culture;1;10,00;;X;;97110;",
        "P1;Giselle;Danse;02/04/2025;20h00;Grande salle;650;Tarif inconnu;1;5,00;C3;Y;;75011;2015-06-01",
        "") ;
    Path history = tmp.resolve("history.txt");
    Pseudonymiser pseudo = new Pseudonymiser(new byte[32]);
    Files.writeString(history, pseudo.pseudonymise("C2") + "\n");
    FirstTimeBuyers buyers = FirstTimeBuyers.open(history, pseudo);
    MappingFile m = mapping("ticket-lines.mapping.yaml");

    Run r = run(m, ImportSettings.forDataset("ds-1").withBuyers(buyers), csv);

    assertThat(r.warnings()).hasSize(2).allMatch(w -> w.contains("dropped, never read"));
    assertThat(r.warnings()).anyMatch(w -> w.contains("'E-mail'")).anyMatch(w -> w.contains("'Nom'"));
    assertThat(r.report().refused()).isEmpty();
    assertThat(r.records().get(0).recordType()).isEqualTo(RecordType.PERFORMANCE);
    List<Envelope> att = r.records().subList(1, r.records().size());
    assertThat(att).extracting(Envelope::recordId).containsExactly(
        "P1-full-59-35-49", "P1-full-59-25-34", "P1-full-2A-35-49", "P1-pass-culture-971-unknown",
        "P1-other-75-0-14");
    AttendancePayload lille = att.get(0).payloadAs(AttendancePayload.class);
    assertThat(lille.tickets()).isEqualTo(2);
    assertThat(lille.revenueCents()).isEqualTo(6000);
    assertThat(lille.buyerDepartment()).isEqualTo("59");
    assertThat(lille.ageBand()).isEqualTo(AgeBand.AGE_35_49);
    assertThat(lille.firstTimeBuyers()).isEqualTo(2); // C1 is new (2 tickets), C2 is known
    AttendancePayload refunded = att.get(1).payloadAs(AttendancePayload.class); // C2: 1 sold, 1 refunded
    assertThat(refunded.tickets()).isZero();
    assertThat(refunded.revenueCents()).isZero();
    assertThat(refunded.firstTimeBuyers()).isZero();
    assertThat(att.get(2).payloadAs(AttendancePayload.class).firstTimeBuyers()).isEqualTo(1);
    assertThat(att.get(3).payloadAs(AttendancePayload.class).tariffCategory()).isEqualTo(TariffCategory.PASS_CULTURE);
    // nothing personal went out
    String all = r.records().toString() + r.records().stream().map(e -> e.toJson().toString()).toList();
    assertThat(all).doesNotContain("Dupont", "a@b.fr", "59000", "1990", "C1");

    assertThat(buyers.newBuyers()).isEqualTo(2);
    buyers.commit();
    assertThat(Files.readAllLines(history)).filteredOn(l -> !l.startsWith("#")).hasSize(3);
    assertThat(FirstTimeBuyers.open(history, pseudo).isFirstTime("C1")).isFalse();
  }

  @Test
  void theTicketLinesSampleImportsCleanly() throws IOException {
    FirstTimeBuyers buyers = FirstTimeBuyers.open(tmp.resolve("h.txt"),
        FirstTimeBuyers.loadOrCreateKey(tmp.resolve("k.key")));
    Run r = run(mapping("ticket-lines.mapping.yaml"), ImportSettings.forDataset("ds-1").withBuyers(buyers),
        sample("ticket-lines.csv"));
    assertThat(r.report().refused()).isEmpty();
    assertThat(r.report().rows()).isEqualTo(40);
    long tickets = r.records().stream().filter(e -> e.recordType() == RecordType.ATTENDANCE)
        .mapToLong(e -> e.payloadAs(AttendancePayload.class).tickets()).sum();
    long expected = sample("ticket-lines.csv").lines().skip(1).mapToLong(l -> Long.parseLong(l.split(";")[9])).sum();
    assertThat(tickets).isEqualTo(expected);
    assertThat(Files.exists(tmp.resolve("k.key"))).isTrue();
  }

  @Test
  void theSameFileAlwaysGivesTheSameRecordsInTheSameOrder() throws IOException {
    Pseudonymiser pseudo = new Pseudonymiser(new byte[32]);
    List<String> first = run(mapping("ticket-lines.mapping.yaml"), ImportSettings.forDataset("ds-1")
        .withBuyers(FirstTimeBuyers.open(tmp.resolve("a"), pseudo)), sample("ticket-lines.csv"))
        .records().stream().map(e -> e.toJson().toString()).toList();
    List<String> second = run(mapping("ticket-lines.mapping.yaml"), ImportSettings.forDataset("ds-1")
        .withBuyers(FirstTimeBuyers.open(tmp.resolve("b"), pseudo)), sample("ticket-lines.csv"))
        .records().stream().map(e -> e.toJson().toString()).toList();
    assertThat(second).isEqualTo(first);
  }

  @Test
  void aMappingThatWouldSendAPersonalColumnIsRefusedBeforeReading() {
    MappingFile m = mapping("box-office-summary.mapping.yaml");
    String csv = sample0().replace("Salle", "E-mail");
    assertThatThrownBy(() -> run(m, ImportSettings.forDataset("ds-1"), csv))
        .isInstanceOf(MappingException.class).hasMessageContaining("'Salle' (for venue.hallName) is not in the file");
    MappingFile leaky = MappingFile.read(new ByteArrayInputStream(yaml(
        "layout: per-performance\norganisation: o\nperformance:\n  recordId: '{Code}'\n  columns:\n"
            + "    production.title: Nom\n    venue.capacity: Jauge\n    genre: Genre\n    date: Date\n"
            + "attendance:\n  recordId: '{performance}-{tariff}'\n  tariffColumns:\n    - {tariff: full, tickets: N}\n")), "m");
    assertThatThrownBy(() -> run(leaky, ImportSettings.forDataset("ds-1"), "Code;Nom;Jauge;Genre;Date;N\n"))
        .isInstanceOf(MappingException.class).hasMessageContaining("'Nom' looks like personal data");
  }

  private static String sample0() {
    try {
      return sample("box-office-summary.csv");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] yaml(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void mappingErrorsNameEveryProblem() {
    assertThatThrownBy(() -> MappingFile.read(new ByteArrayInputStream(yaml(
        "layout: ticket-lines\norganisation: o\nperformance:\n  recordId: '{S}'\n  columns: {genre: G, colour: C}\n"
            + "tickets: {tariff: T, price: P, postcode: CP}\nattendance: {recordId: '{performance}-{tariff}'}\n"
            + "formats: {decimalSeparator: ';'}\n")), "m.yaml"))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("unknown contract field 'colour'")
        .hasMessageContaining("'production.title' needs a column or a default")
        .hasMessageContaining("{department}")
        .hasMessageContaining("decimalSeparator");
    assertThatThrownBy(() -> MappingFile.read(new ByteArrayInputStream(yaml("layout: sideways\n")), "m.yaml"))
        .isInstanceOf(MappingException.class).hasMessageContaining("per-performance or ticket-lines");
    assertThatThrownBy(() -> MappingFile.read(new ByteArrayInputStream(yaml("layot: x\n")), "m.yaml"))
        .isInstanceOf(MappingException.class).hasMessageContaining("unknown field 'layot'");
  }

  @Test
  void buyerIdNeedsAHistory() {
    assertThatThrownBy(() -> new CsvImporter(mapping("ticket-lines.mapping.yaml"),
        ImportSettings.forDataset("ds-1"), VALIDATOR)).isInstanceOf(MappingException.class)
        .hasMessageContaining("history");
  }

  @Test
  void reportsProgressAndSkipsAByteOrderMark() throws IOException {
    byte[] bytes = ("\uFEFF" + sample("box-office-summary.csv")).getBytes(StandardCharsets.UTF_8);
    List<Long> rows = new ArrayList<>();
    ImportReport report = new CsvImporter(mapping("box-office-summary.mapping.yaml"),
        ImportSettings.forDataset("ds-1"), VALIDATOR).run(new ByteArrayInputStream(bytes), bytes.length,
        e -> { }, new ImportListener() {
          @Override
          public void progress(long n, long read, long total) {
            rows.add(n);
            assertThat(total).isEqualTo(bytes.length);
            assertThat(read).isLessThanOrEqualTo(total);
          }
        });
    assertThat(report.clean()).isTrue();
    assertThat(rows).containsExactly(1L, 2L, 3L, 4L, 5L);
  }
}
