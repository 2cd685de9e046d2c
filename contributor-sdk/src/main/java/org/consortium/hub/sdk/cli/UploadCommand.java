package org.consortium.hub.sdk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.consortium.hub.sdk.client.Contribution;
import org.consortium.hub.sdk.client.ContributionResult;
import org.consortium.hub.sdk.client.HubClient;
import org.consortium.hub.sdk.client.Receipt;
import org.consortium.hub.sdk.contract.ContractJson;
import org.consortium.hub.sdk.contract.ContractValidator;
import org.consortium.hub.sdk.csv.CsvImporter;
import org.consortium.hub.sdk.csv.ImportReport;
import org.consortium.hub.sdk.csv.ImportSettings;
import org.consortium.hub.sdk.csv.MappingFile;
import org.consortium.hub.sdk.kafka.KafkaContribution;
import org.consortium.hub.sdk.kafka.KafkaContributor;
import org.consortium.hub.sdk.kafka.KafkaReceipt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Imports an export and sends its records to a dataset, over REST or Kafka. */
@Command(name = "upload", mixinStandardHelpOptions = true,
    description = {"Import an export with its mapping and send the records to a dataset.",
        "Rows are streamed: the file is never held in memory. Personal data never leaves this"
            + " machine; refused rows are listed with their line numbers."})
final class UploadCommand implements Callable<Integer> {

  enum Transport { rest, kafka }

  @ParentCommand
  HubContribute root;

  @Spec
  CommandSpec spec;

  @Mixin
  ImportOptions input;

  @Mixin
  ConnectionOptions connection;

  @Option(names = "--dataset", required = true, paramLabel = "ID",
      description = "The dataset to contribute to (see the datasets command).")
  String datasetId;

  @Option(names = "--dry-run", description = "Import and check everything, send nothing.")
  boolean dryRun;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Also write the records as NDJSON to FILE, e.g. to inspect a dry run.")
  Path out;

  @Option(names = "--transport", defaultValue = "rest", paramLabel = "rest|kafka",
      description = "rest (default) or kafka for members allowed to produce directly.")
  Transport transport;

  @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
      description = "Kafka brokers (env HUB_BOOTSTRAP_SERVERS, config kafka.bootstrap.servers).")
  String bootstrapServers;

  @Option(names = "--batch-size", defaultValue = "1000", paramLabel = "N",
      description = "Records per REST request (default ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "300",
      description = "Wait up to this long for the hub to store or refuse every record, then report"
          + " (default ${DEFAULT-VALUE}; 0 to only send).")
  long waitSeconds;

  @Option(names = "--refused-report", paramLabel = "FILE",
      description = "Where to write every refused row and rejected record as CSV (default:"
          + " FILE.refused.csv beside the export).")
  Path refusedReport;

  @Option(names = "--no-progress", description = "Do not draw the progress bar.")
  boolean noProgress;

  @Override
  public Integer call() throws Exception {
    MappingFile mapping = input.loadMapping();
    ImportSettings settings = input.settings(mapping, datasetId, root.home());
    ContractValidator validator = new ContractValidator();
    CsvImporter importer = new CsvImporter(mapping, settings, validator);
    PrintWriter stdout = spec.commandLine().getOut();
    ProgressBar bar = new ProgressBar(spec.commandLine().getErr(), !noProgress);
    long size = Files.size(input.file);
    int code;
    try (NdjsonOut copy = new NdjsonOut(out)) {
      if (dryRun) {
        ImportReport report = importer.run(input.file, e -> {
          copy.write(e);
          bar.built();
        }, bar);
        bar.done(size);
        Summary.formats(stdout, report);
        Summary.importReport(stdout, report);
        report(stdout, report, List.of(), List.of());
        stdout.println("dry run: nothing sent");
        code = report.clean() ? HubContribute.OK : HubContribute.REJECTED;
      } else if (transport == Transport.kafka) {
        code = viaKafka(importer, validator, bar, size, copy, stdout);
      } else {
        code = viaRest(importer, validator, bar, size, copy, stdout);
      }
    }
    if (!dryRun && settings.buyers() != null) {
      int movedBack = settings.buyers().movedBack();
      if (movedBack > 0) {
        stdout.printf("note: %,d buyers bought earlier than the month they were first counted in;"
            + " send the exports of those later months again with --correction so that their"
            + " first-time counts follow%n", movedBack);
      }
      // Only now are this import's buyers known to the hub's figures: remember them.
      settings.buyers().commit();
    }
    stdout.flush();
    return code;
  }

  private int viaRest(CsvImporter importer, ContractValidator validator, ProgressBar bar, long size,
      NdjsonOut copy, PrintWriter stdout) throws IOException {
    HubSettings hub = connection.settings(root);
    HubClient client = HubClient.builder().baseUrl(hub.url()).credentials(hub.credentials())
        .batchSize(batchSize).validator(validator).build();
    Contribution contribution = client.open(datasetId, bar.sending());
    ImportReport report = importer.run(input.file, e -> {
      copy.write(e);
      bar.built();
      contribution.add(e);
    }, bar);
    ContributionResult result = contribution.finish();
    bar.done(size);
    Summary.formats(stdout, report);
    Summary.importReport(stdout, report);
    Summary.localRejections(stdout, result.refusedLocally());
    stdout.printf("sent: %,d records in %d batches; accepted: %,d; rejected by the hub: %,d%n",
        result.sent(), result.receipts().size(), result.accepted(), result.rejectedByHub());
    List<Receipt> outcomes = new ArrayList<>();
    long stored = 0;
    long unchanged = 0;
    long notStored = 0;
    long pending = 0;
    for (Receipt r : result.receipts()) {
      Receipt shown = waitSeconds > 0 ? client.awaitProcessed(r.id(), Duration.ofSeconds(waitSeconds)) : r;
      outcomes.add(shown);
      stored += shown.stored();
      unchanged += shown.unchanged();
      notStored += shown.rejected().size();
      pending += shown.pending();
      if (!shown.rejected().isEmpty() || !shown.flagged().isEmpty()) {
        ReceiptsCommand.print(stdout, shown);
      }
    }
    if (waitSeconds > 0) {
      stdout.printf("stored: %,d (of which unchanged, the hub already had them: %,d); not stored:"
          + " %,d; still pending: %,d%n", stored, unchanged, notStored, pending);
    }
    report(stdout, report, result.refusedLocally(), outcomes);
    if (!result.receipts().isEmpty()) {
      String ids = String.join(" ", result.receipts().stream().map(Receipt::id).toList());
      stdout.println("receipts: " + ids);
      stdout.println("read them again with: " + Summary.command() + " receipts " + ids
          + " --url " + connection.settings(root).url() + " (and your credentials)");
    }
    // Without waiting, records still on their way are not a failure; after a wait, they are.
    boolean clean = report.clean() && result.allAccepted() && notStored == 0
        && (waitSeconds == 0 || pending == 0);
    return clean ? HubContribute.OK : HubContribute.REJECTED;
  }

  private void report(PrintWriter stdout, ImportReport report,
      List<org.consortium.hub.sdk.contract.RecordResult> notSent, List<Receipt> receipts) throws IOException {
    Path file = refusedReport != null ? refusedReport : Summary.defaultReport(input.file);
    if (Summary.writeReport(file, report, notSent, receipts)) {
      stdout.println("every refused row and rejected record, with line, column, value and reason: " + file);
    }
  }

  private int viaKafka(CsvImporter importer, ContractValidator validator, ProgressBar bar, long size,
      NdjsonOut copy, PrintWriter stdout) throws IOException {
    HubSettings hub = connection.settings(root);
    String servers = bootstrapServers != null ? bootstrapServers : hub.get("bootstrap-servers");
    if (servers == null) {
      servers = hub.kafkaProperties().getProperty("bootstrap.servers");
    }
    if (servers == null) {
      throw new IllegalArgumentException("--transport kafka needs --bootstrap-servers "
          + "(or HUB_BOOTSTRAP_SERVERS, or kafka.bootstrap.servers in the config file)");
    }
    try (KafkaContributor kafka = KafkaContributor.builder(servers)
        .properties(hub.kafkaProperties()).validator(validator).build()) {
      KafkaContribution send = kafka.open(datasetId, UUID.randomUUID().toString());
      ImportReport report = importer.run(input.file, e -> {
        copy.write(e);
        bar.built();
        send.add(e);
      }, bar);
      KafkaReceipt receipt = send.finish();
      bar.done(size);
      Summary.formats(stdout, report);
      Summary.importReport(stdout, report);
      Summary.localRejections(stdout, receipt.refusedLocally());
      report(stdout, report, receipt.refusedLocally(), List.of());
      stdout.printf("produced: %,d records under receipt %s%n", receipt.produced(), receipt.receiptId());
      stdout.println("the hub reports their outcome with: " + Summary.command() + " receipts "
          + receipt.receiptId() + " --url <hub> (and your credentials)");
      return report.clean() && receipt.refusedLocally().isEmpty() ? HubContribute.OK : HubContribute.REJECTED;
    }
  }

  /** Writes records as NDJSON when --out is given, else does nothing. */
  private static final class NdjsonOut implements AutoCloseable {
    private static final ObjectMapper JSON = ContractJson.newMapper();
    private final BufferedWriter writer;

    NdjsonOut(Path file) throws IOException {
      this.writer = file == null ? null : Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    void write(org.consortium.hub.sdk.contract.Envelope e) {
      if (writer == null) {
        return;
      }
      try {
        writer.write(JSON.writeValueAsString(e.toJson()));
        writer.newLine();
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }

    @Override
    public void close() throws IOException {
      if (writer != null) {
        writer.close();
      }
    }
  }
}
