package org.consortium.hub.sdk.csv;

import java.util.List;

/**
 * The format the importer settled on for one mapped column, after reading the whole column, with
 * a few values as written and as read, so that a person can check that {@code "22.00"} became
 * 22.00 and not 2 200.
 *
 * @param column the column's name in the export
 * @param format in words, e.g. {@code "decimal dot"} or {@code "date dd/MM/yyyy"}
 * @param samples a few values as written and as read (none for personal-data columns)
 */
public record ColumnFormat(String column, String format, List<Sample> samples) {

  /** Copies the list. */
  public ColumnFormat {
    samples = List.copyOf(samples);
  }

  /**
   * One value.
   *
   * @param raw as written in the export
   * @param read as the importer reads it
   */
  public record Sample(String raw, String read) {}

  @Override
  public String toString() {
    return "'" + column + "': " + format + (samples.isEmpty() ? "" : ", e.g. "
        + String.join(", ", samples.stream().map(s -> "\"" + s.raw() + "\" -> " + s.read()).toList()));
  }
}
