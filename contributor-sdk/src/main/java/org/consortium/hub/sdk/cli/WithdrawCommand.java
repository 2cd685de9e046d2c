package org.consortium.hub.sdk.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.consortium.hub.sdk.client.Contribution;
import org.consortium.hub.sdk.client.ContributionResult;
import org.consortium.hub.sdk.client.HubClient;
import org.consortium.hub.sdk.client.Receipt;
import org.consortium.hub.sdk.contract.Envelope;
import org.consortium.hub.sdk.contract.RecordType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Withdraws records sent by mistake: they leave every figure, and their ids can be sent again. */
@Command(name = "withdraw", mixinStandardHelpOptions = true,
    description = {"Withdraw records sent by mistake, by record id: the hub takes them out of every"
        + " figure. The withdrawal carries a version made from the current time, higher than any"
        + " upload made before it."})
final class WithdrawCommand implements Callable<Integer> {

  @ParentCommand
  HubContribute root;

  @Spec
  CommandSpec spec;

  @Mixin
  ConnectionOptions connection;

  @Option(names = "--dataset", required = true, paramLabel = "ID", description = "The dataset.")
  String datasetId;

  @Option(names = "--org", required = true, paramLabel = "ORG_ID", description = "Your member id.")
  String organisation;

  @Option(names = "--type", required = true, paramLabel = "performance|attendance|work",
      description = "Type of the records.")
  String type;

  @Option(names = "--record-version", paramLabel = "N",
      description = "Version of the withdrawal (default: seconds since 2020, from the current time).")
  Integer version;

  @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "300",
      description = "Wait up to this long for the hub to apply the withdrawal (default ${DEFAULT-VALUE}).")
  long waitSeconds;

  @Parameters(arity = "1..*", paramLabel = "RECORD_ID", description = "Ids of the records to withdraw.")
  List<String> recordIds;

  @Override
  public Integer call() throws Exception {
    RecordType recordType = RecordType.fromJson(type);
    int v = version != null ? version : ImportOptions.versionOf(Instant.now());
    HubSettings settings = connection.settings(root);
    HubClient hub = HubClient.builder().baseUrl(settings.url()).credentials(settings.credentials()).build();
    Contribution contribution = hub.open(datasetId, new org.consortium.hub.sdk.client.ProgressListener() { });
    for (String id : recordIds) {
      contribution.add(Envelope.deletion(datasetId, organisation, recordType, id, v));
    }
    ContributionResult result = contribution.finish();
    PrintWriter out = spec.commandLine().getOut();
    Summary.localRejections(out, result.refusedLocally());
    boolean clean = result.refusedLocally().isEmpty();
    for (Receipt r : result.receipts()) {
      Receipt shown = waitSeconds > 0 ? hub.awaitProcessed(r.id(), Duration.ofSeconds(waitSeconds)) : r;
      ReceiptsCommand.print(out, shown);
      clean &= shown.rejected().isEmpty() && shown.pending() == 0;
    }
    out.printf("withdrawal of %d records sent with version %d%n", recordIds.size(), v);
    out.flush();
    return clean ? HubContribute.OK : HubContribute.REJECTED;
  }
}
