package org.consortium.hub.sdk.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.consortium.hub.sdk.client.HubClient;
import org.consortium.hub.sdk.client.Receipt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Shows a receipt, with the reason for each rejected record. */
@Command(name = "receipts", mixinStandardHelpOptions = true,
    description = "Show receipts: accepted, stored (and of those, unchanged), pending, flagged, and"
        + " why each rejected record was refused. Give every receipt id an upload printed.")
final class ReceiptsCommand implements Callable<Integer> {

  @ParentCommand
  HubContribute root;

  @Spec
  CommandSpec spec;

  @Mixin
  ConnectionOptions connection;

  @Parameters(arity = "1..*", paramLabel = "RECEIPT_ID", description = "Receipt ids printed by upload.")
  java.util.List<String> receiptIds;

  @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "0",
      description = "Wait up to this long until the hub has processed every record.")
  long waitSeconds;

  @Override
  public Integer call() throws Exception {
    HubSettings settings = connection.settings(root);
    HubClient hub = HubClient.builder().baseUrl(settings.url())
        .credentials(settings.credentials()).build();
    boolean clean = true;
    for (String receiptId : receiptIds) {
      Receipt r = waitSeconds > 0 ? hub.awaitProcessed(receiptId, Duration.ofSeconds(waitSeconds))
          : hub.receipt(receiptId);
      print(spec.commandLine().getOut(), r);
      clean &= r.rejected().isEmpty();
    }
    return clean ? HubContribute.OK : HubContribute.REJECTED;
  }

  static void print(PrintWriter out, Receipt r) {
    out.printf("receipt %s (dataset %s): %s%n", r.id(), r.datasetId(), r.status());
    out.printf("  accepted %d, stored %d (of which unchanged %d), pending %d, rejected %d (not"
        + " stored), flagged %d%n", r.accepted(), r.stored(), r.unchanged(), r.pending(),
        r.rejected().size(), r.flagged().size());
    for (Receipt.Rejection rej : r.rejected()) {
      out.printf("  - not stored: record #%s %s: %s%n", rej.index(), rej.recordId() == null ? ""
          : rej.recordId(), String.join("; ", rej.reasons()));
    }
    for (Receipt.Rejection flag : r.flagged()) {
      out.printf("  - flagged: record #%s %s: %s%n", flag.index(), flag.recordId() == null ? ""
          : flag.recordId(), String.join("; ", flag.reasons()));
    }
    out.flush();
  }
}
