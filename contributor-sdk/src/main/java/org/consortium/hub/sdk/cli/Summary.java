package org.consortium.hub.sdk.cli;

import java.io.PrintWriter;
import java.util.List;
import org.consortium.hub.sdk.contract.RecordResult;
import org.consortium.hub.sdk.csv.ImportReport;
import org.consortium.hub.sdk.csv.RefusedRow;

/** Prints what an import refused, capped so a broken file does not flood the terminal. */
final class Summary {

  static final int SHOWN = 20;

  private Summary() {}

  static void importReport(PrintWriter out, ImportReport report) {
    out.printf("rows read: %,d; records built: %,d; rows refused: %,d%n", report.rows(),
        report.records(), report.refused().size());
    List<RefusedRow> refused = report.refused();
    for (int i = 0; i < Math.min(SHOWN, refused.size()); i++) {
      out.println("  refused " + refused.get(i));
    }
    if (refused.size() > SHOWN) {
      out.printf("  ... and %,d more refused rows%n", refused.size() - SHOWN);
    }
  }

  static void localRejections(PrintWriter out, List<RecordResult> refused) {
    for (int i = 0; i < Math.min(SHOWN, refused.size()); i++) {
      RecordResult r = refused.get(i);
      out.printf("  not sent: record %s: %s%n", r.recordId(), r.violations());
    }
  }
}
