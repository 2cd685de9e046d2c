package org.consortium.hub.sdk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.consortium.hub.sdk.contract.ContractValidator;
import org.consortium.hub.sdk.csv.CsvImporter;
import org.consortium.hub.sdk.csv.ImportReport;
import org.consortium.hub.sdk.csv.MappingFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Checks an export against its mapping and the contract without sending anything. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Check an export with its mapping, offline: every refused row is listed with its"
        + " line number and reason. Nothing is sent and the buyer history is not changed."})
final class ValidateCommand implements Callable<Integer> {

  @ParentCommand
  HubContribute root;

  @Spec
  CommandSpec spec;

  @Mixin
  ImportOptions input;

  @Option(names = "--dataset", paramLabel = "ID", defaultValue = "validation-only",
      description = "Dataset id to write in the records (not needed to validate).")
  String datasetId;

  @Option(names = "--refused-report", paramLabel = "FILE",
      description = "Where to write every refused row as CSV (default: FILE.refused.csv beside the export).")
  Path refusedReport;

  @Override
  public Integer call() throws Exception {
    MappingFile mapping = input.loadMapping();
    PrintWriter err = spec.commandLine().getErr();
    ProgressBar bar = new ProgressBar(err, false);
    CsvImporter importer = new CsvImporter(mapping, input.settings(mapping, datasetId, root.home()),
        new ContractValidator());
    ImportReport report = importer.run(input.file, envelope -> { }, bar);
    PrintWriter out = spec.commandLine().getOut();
    Summary.formats(out, report);
    Summary.importReport(out, report);
    Path file = refusedReport != null ? refusedReport : Summary.defaultReport(input.file);
    if (Summary.writeReport(file, report, List.of(), List.of())) {
      out.println("every refused row, with its line, column, value and reason: " + file);
    }
    out.println(report.clean() ? "valid: ready to upload" : "fix the refused rows, or upload the others");
    out.flush();
    return report.clean() ? HubContribute.OK : HubContribute.REJECTED;
  }
}
