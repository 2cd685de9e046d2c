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
    description = "Show a receipt: accepted, stored, pending, and why each rejected record was refused.")
final class ReceiptsCommand implements Callable<Integer> {

  @ParentCommand
  HubContribute root;

  @Spec
  CommandSpec spec;

  @Mixin
  ConnectionOptions connection;

  @Parameters(index = "0", paramLabel = "RECEIPT_ID", description = "Receipt id printed by upload.")
  String receiptId;

  @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "0",
      description = "Wait up to this long until the hub has processed every record.")
  long waitSeconds;

  @Override
  public Integer call() throws Exception {
    HubSettings settings = connection.settings(root);
    HubClient hub = HubClient.builder().baseUrl(settings.url())
        .credentials(settings.credentials()).build();
    Receipt r = waitSeconds > 0 ? hub.awaitProcessed(receiptId, Duration.ofSeconds(waitSeconds))
        : hub.receipt(receiptId);
    print(spec.commandLine().getOut(), r);
    return r.rejected().isEmpty() ? HubContribute.OK : HubContribute.REJECTED;
  }

  static void print(PrintWriter out, Receipt r) {
    out.printf("receipt %s (dataset %s): %s%n", r.id(), r.datasetId(), r.status());
    out.printf("  accepted %d, stored %d, pending %d, rejected %d%n", r.accepted(), r.stored(),
        r.pending(), r.rejected().size());
    for (Receipt.Rejection rej : r.rejected()) {
      out.printf("  - record #%d %s: %s%n", rej.index(), rej.recordId() == null ? "" : rej.recordId(),
          String.join("; ", rej.reasons()));
    }
    out.flush();
  }
}
