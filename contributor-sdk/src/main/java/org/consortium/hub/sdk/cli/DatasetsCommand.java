package org.consortium.hub.sdk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.consortium.hub.sdk.client.DatasetInfo;
import org.consortium.hub.sdk.client.HubClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists the datasets the caller can see, to find the id to upload to. */
@Command(name = "datasets", mixinStandardHelpOptions = true,
    description = "List the datasets you can see; upload to one whose status is approved.")
final class DatasetsCommand implements Callable<Integer> {

  @ParentCommand
  HubContribute root;

  @Spec
  CommandSpec spec;

  @Mixin
  ConnectionOptions connection;

  @Override
  public Integer call() throws Exception {
    HubSettings settings = connection.settings(root);
    HubClient hub = HubClient.builder().baseUrl(settings.url())
        .credentials(settings.credentials()).build();
    List<DatasetInfo> datasets = hub.datasets();
    PrintWriter out = spec.commandLine().getOut();
    out.printf("%-38s %-10s %-11s %s%n", "ID", "STATUS", "KIND", "TITLE");
    for (DatasetInfo d : datasets) {
      out.printf("%-38s %-10s %-11s %s%n", d.id(), d.status(), d.kind(), d.title());
    }
    if (datasets.isEmpty()) {
      out.println("(no datasets visible to this account)");
    }
    out.flush();
    return HubContribute.OK;
  }
}
