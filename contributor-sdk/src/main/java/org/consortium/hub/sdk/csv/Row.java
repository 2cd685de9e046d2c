package org.consortium.hub.sdk.csv;

import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.consortium.hub.sdk.contract.PersonalDataGuard;

/** One CSV row with its line number, read by column name. */
final class Row {

  /** Line breaks (CR, LF, NEL, Unicode separators) and tabs, with the spaces around them. */
  private static final Pattern LINE_BREAKS = Pattern.compile("\\s*(?:\\R|\\t)\\s*");

  private final long line;
  private final CSVRecord record;
  private final Map<String, Integer> columns;

  Row(long line, CSVRecord record, Map<String, Integer> columns) {
    this.line = line;
    this.record = record;
    this.columns = columns;
  }

  long line() {
    return line;
  }

  /**
   * A mapped cell, {@code null} when empty, on one line: a cell a spreadsheet wrote on several
   * lines (or with tabs) has them joined by single spaces, since the contract takes one line of
   * text per field. Refuses the row when the cell holds an e-mail address or a phone number:
   * such a value in a field bound for the hub is a leak, whatever the column is called.
   */
  String value(String column) throws RowRefused {
    String v = raw(column);
    if (v != null) {
      v = LINE_BREAKS.matcher(v).replaceAll(" ");
    }
    if (v != null) {
      var kind = PersonalDataGuard.findContactDetails(v);
      if (kind.isPresent()) {
        throw new RowRefused("personal data in column '" + column + "' (" + kind.get().label()
            + ")");
      }
    }
    return v;
  }

  /**
   * A cell read without the personal-data check, only for the columns that are personal by
   * design (postcode, birth date, buyer id) and are reduced before anything leaves the venue.
   */
  String raw(String column) {
    if (column == null) {
      return null;
    }
    Integer i = columns.get(Labels.normalise(column));
    if (i == null || i >= record.size()) {
      return null;
    }
    String v = record.get(i).strip();
    return v.isEmpty() ? null : v;
  }
}
