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

  @Option(names = "--buyer-history", paramLabel = "FILE",
      description = "First-time buyer history (default: mapping's, else ~/.hub-contribute/buyers-ORG.txt).")
  Path history;

  @Option(names = "--key-file", paramLabel = "FILE",
      description = "Pseudonymisation key (default: mapping's, else ~/.hub-contribute/pseudonym.key).")
  Path keyFile;

  MappingFile loadMapping() {
    return MappingFile.load(mapping);
  }

  /** Settings for the importer, opening the buyer history when the mapping needs one. */
  ImportSettings settings(MappingFile m, String datasetId, Path home) throws IOException {
    ImportSettings s = new ImportSettings(datasetId, organisation, recordVersion, null);
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
