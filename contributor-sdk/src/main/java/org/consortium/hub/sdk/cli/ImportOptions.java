package org.consortium.hub.sdk.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.consortium.hub.sdk.csv.FirstTimeBuyers;
import org.consortium.hub.sdk.csv.ImportSettings;
import org.consortium.hub.sdk.csv.MappingFile;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The export file, its mapping and what the mapping may leave to the command line. */
final class ImportOptions {

  @Parameters(index = "0", paramLabel = "FILE", description = "The ticketing export (CSV).")
  Path file;

  @Option(names = {"-m", "--mapping"}, required = true, paramLabel = "MAPPING.yaml",
      description = "How the export's columns map to the contract (see docs/samples).")
  Path mapping;

  @Option(names = "--org", paramLabel = "ORG_ID",
      description = "Your member id at the hub, instead of the mapping's 'organisation'.")
  String organisation;

  @Option(names = "--record-version", paramLabel = "N",
      description = "Version of every record (default: the mapping's, else 1); raise it to resend"
          + " corrected figures.")
  Integer recordVersion;

  @Option(names = "--correction",
      description = "Send corrected figures: every record gets a version taken from the export's"
          + " modification time (seconds since 2020), higher than any earlier upload of an older"
          + " export, so the hub replaces what it holds.")
  boolean correction;

  @Option(names = "--buyer-history", paramLabel = "FILE",
      description = "First-time buyer history (default: mapping's, else ~/.hub-contribute/buyers-ORG.txt).")
  Path history;

  @Option(names = "--key-file", paramLabel = "FILE",
      description = "Pseudonymisation key (default: mapping's, else ~/.hub-contribute/pseudonym.key).")
  Path keyFile;

  /** The epoch of versions made from a time: versions stay below 2^31 until 2088. */
  static final java.time.Instant VERSION_EPOCH = java.time.Instant.parse("2020-01-01T00:00:00Z");

  /** A record version from a time: seconds since 2020, so a later export gets a higher version. */
  static int versionOf(java.time.Instant time) {
    long seconds = java.time.Duration.between(VERSION_EPOCH, time).getSeconds();
    if (seconds < 2 || seconds > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("the export's modification time (" + time + ") cannot make a"
          + " version: pass --record-version N instead");
    }
    return (int) seconds;
  }

  MappingFile loadMapping() {
    return MappingFile.load(mapping);
  }

  /** Settings for the importer, opening the buyer history when the mapping needs one. */
  ImportSettings settings(MappingFile m, String datasetId, Path home) throws IOException {
    if (correction && recordVersion != null) {
      throw new IllegalArgumentException("--correction and --record-version both set a version: give one");
    }
    Integer version = correction ? Integer.valueOf(versionOf(java.nio.file.Files.getLastModifiedTime(file).toInstant()))
        : recordVersion;
    ImportSettings s = new ImportSettings(datasetId, organisation, version, null);
    MappingFile.TicketSection t = m.tickets();
    if (t == null || t.buyerId() == null) {
      return s;
    }
    Path base = mapping.toAbsolutePath().getParent();
    String org = organisation != null ? organisation : m.organisation();
    Path historyFile = history != null ? history
        : t.history() != null ? base.resolve(t.history())
        : home.resolve(".hub-contribute").resolve("buyers-" + org + ".txt");
    Path key = keyFile != null ? keyFile
        : t.keyFile() != null ? base.resolve(t.keyFile())
        : home.resolve(".hub-contribute").resolve("pseudonym.key");
    return s.withBuyers(FirstTimeBuyers.open(historyFile, FirstTimeBuyers.loadOrCreateKey(key)));
  }
}
