package org.consortium.hub.sdk.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.consortium.hub.sdk.client.Receipt;
import org.consortium.hub.sdk.contract.RecordResult;
import org.consortium.hub.sdk.csv.ColumnFormat;
import org.consortium.hub.sdk.csv.ImportReport;
import org.consortium.hub.sdk.csv.RefusedRow;

/**
 * Prints what an import did: the format settled for each column, the refused rows counted per
 * reason and the first of them (so a broken file does not flood the terminal); every refused row
 * goes to the report file.
 */
final class Summary {

  static final int SHOWN = 20;

  private Summary() {}

  static void formats(PrintWriter out, ImportReport report) {
    if (report.formats().isEmpty()) {
      return;
    }
    out.println("formats read (check the values):");
    for (ColumnFormat f : report.formats()) {
      out.println("  " + f);
    }
  }

  static void importReport(PrintWriter out, ImportReport report) {
    out.printf("rows read: %,d; records built: %,d; rows refused: %,d%n", report.rows(),
        report.records(), report.refused().size());
    if (report.refused().isEmpty()) {
      return;
    }
    out.println("refused rows per reason:");
    for (Map.Entry<String, Long> e : report.refusalsByReason().entrySet()) {
      out.printf("  %,8d  %s%n", e.getValue(), e.getKey());
    }
    List<RefusedRow> refused = report.refused();
    for (int i = 0; i < Math.min(SHOWN, refused.size()); i++) {
      out.println("  refused " + refused.get(i));
    }
    if (refused.size() > SHOWN) {
      out.printf("  ... and %,d more refused rows (all of them are in the report file)%n",
          refused.size() - SHOWN);
    }
  }

  static void localRejections(PrintWriter out, List<RecordResult> refused) {
    for (int i = 0; i < Math.min(SHOWN, refused.size()); i++) {
      RecordResult r = refused.get(i);
      out.printf("  not sent: record %s: %s%n", r.recordId(), r.violations());
    }
  }

  /**
   * Writes every refused row, and every record the hub rejected, as CSV: line, column, value,
   * reason. Nothing is written when nothing was refused.
   *
   * @return whether a file was written
   */
  static boolean writeReport(Path file, ImportReport report, List<RecordResult> notSent,
      List<Receipt> receipts) throws IOException {
    boolean hubRejected = receipts.stream().anyMatch(r -> !r.rejected().isEmpty());
    if (file == null || report.refused().isEmpty() && notSent.isEmpty() && !hubRejected) {
      return false;
    }
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("line,column,value,reason");
      w.newLine();
      for (RefusedRow r : report.refused()) {
        row(w, r.line() > 0 ? Long.toString(r.line()) : "", r.column(), r.value(), r.reason());
      }
      for (RecordResult r : notSent) {
        row(w, "", "record " + r.recordId(), null, "not sent: " + r.violations());
      }
      for (Receipt receipt : receipts) {
        for (Receipt.Rejection r : receipt.rejected()) {
          row(w, "", "record " + r.recordId(), null, "refused by the hub (receipt " + receipt.id()
              + "): " + String.join("; ", r.reasons()));
        }
      }
    }
    return true;
  }

  private static void row(BufferedWriter w, String... cells) throws IOException {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        w.write(',');
      }
      String c = cells[i] == null ? "" : cells[i];
      w.write('"' + c.replace("\"", "\"\"") + '"');
    }
    w.newLine();
  }

  /** Where the report of an export goes by default: beside it, {@code export.csv.refused.csv}. */
  static Path defaultReport(Path export) {
    return export.resolveSibling(export.getFileName() + ".refused.csv");
  }

  /** How this tool is started, for hints that name a command that works when pasted. */
  static String command() {
    try {
      Path jar = Path.of(HubContribute.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (jar.toString().endsWith(".jar")) {
        return "java -jar " + jar.getFileName();
      }
    } catch (Exception e) {
      // not started from a jar
    }
    return "java -jar hub-contribute.jar";
  }
}
