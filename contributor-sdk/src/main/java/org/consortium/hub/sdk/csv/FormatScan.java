package org.consortium.hub.sdk.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The first pass over an export: reads every value of every mapped number and date column before
 * a single row is imported, and decides each column's format from all of them, never from the
 * first rows and never by guessing.
 *
 * <ul>
 *   <li>A number column takes the decimal separator its values need: {@code "22.00"},
 *       {@code "22.5"}, {@code "1234.50"} and {@code "1,234.50"} only read with a decimal dot,
 *       {@code "22,5"} and {@code "1 234,50"} only with a comma. A column whose values need both,
 *       or whose values read both ways with different results ({@code "1.234"}) and none settles
 *       it, is refused with examples and the setting to change, unless the mapping sets
 *       {@code formats.decimalSeparator}.
 *   <li>A date or time column keeps the mapping's patterns that read every value; when two of
 *       them read some value differently ({@code 03/04/2025} as 3 April or 4 March), it is
 *       refused.
 *   <li>Text that is not in the mapping's encoding (U+FFFD, the replacement character) stops the
 *       import with the setting to change.
 * </ul>
 */
final class FormatScan {

  private static final int EXAMPLES = 3;

  private final MappingFile mapping;
  private final DateTimes dates;
  private final Map<String, NumberColumn> numbers = new LinkedHashMap<>();
  private final Map<String, DateColumn> dateColumns = new LinkedHashMap<>();
  private final List<String> undecodable = new ArrayList<>();
  private final Set<String> mapped = new LinkedHashSet<>();

  FormatScan(MappingFile mapping, DateTimes dates) {
    this.mapping = mapping;
    this.dates = dates;
    Map<String, String> perf = mapping.performance().columns();
    for (String field : List.of("venue.capacity", "durationMinutes", "performers",
        "work.yearOfFirstPerformance")) {
      number(perf.get(field), true, false);
    }
    date(perf.get(PerformanceFields.DATE), DateTimes.Kind.DATE, false);
    date(perf.get(PerformanceFields.TIME), DateTimes.Kind.TIME, false);
    date(perf.get(PerformanceFields.START), DateTimes.Kind.DATE_TIME, false);
    if (mapping.attendance() != null) {
      for (MappingFile.TariffColumns t : mapping.attendance().tariffColumns()) {
        number(t.tickets(), true, false);
        number(t.revenue(), false, false);
        number(t.firstTimeBuyers(), true, false);
      }
    }
    MappingFile.TicketSection t = mapping.tickets();
    if (t != null) {
      number(t.price(), false, false);
      number(t.quantity(), true, false);
      number(t.age(), true, true);
      date(t.birthDate(), DateTimes.Kind.DATE, true);
      if (t.tariff() != null) {
        mapped.add(t.tariff());
      }
    }
    mapped.addAll(perf.values());
    mapped.addAll(numbers.keySet());
    mapped.addAll(dateColumns.keySet());
  }

  private void number(String column, boolean whole, boolean personal) {
    if (column != null) {
      numbers.putIfAbsent(column, new NumberColumn(column, whole, personal));
    }
  }

  private void date(String column, DateTimes.Kind kind, boolean personal) {
    if (column != null) {
      dateColumns.putIfAbsent(column, new DateColumn(column, kind, personal));
    }
  }

  /** Reads one row's mapped values. */
  void row(Row row) {
    for (NumberColumn c : numbers.values()) {
      c.add(row.raw(c.column), row.line());
    }
    for (DateColumn c : dateColumns.values()) {
      c.add(row.raw(c.column), row.line());
    }
    if (undecodable.size() < EXAMPLES) {
      for (String column : mapped) {
        String v = row.raw(column);
        if (v != null && v.indexOf('\uFFFD') >= 0) {
          undecodable.add("line " + row.line() + ", column '" + column + "'");
          break;
        }
      }
    }
  }

  /** What the scan settled. */
  record Decided(Map<String, Character> decimals, Map<String, DateTimes> dates,
      List<ColumnFormat> formats) {

    char decimal(String column, char fallback) {
      Character c = column == null ? null : decimals.get(Labels.normalise(column));
      return c == null ? fallback : c;
    }

    DateTimes dates(String column, DateTimes fallback) {
      DateTimes d = column == null ? null : dates.get(Labels.normalise(column));
      return d == null ? fallback : d;
    }
  }

  /**
   * Settles every column's format.
   *
   * @throws MappingException naming every column that cannot be settled, with examples and the
   *     mapping setting that settles it
   */
  Decided decide() {
    List<String> problems = new ArrayList<>();
    if (!undecodable.isEmpty()) {
      problems.add("text that is not " + mapping.csv().encoding() + " (U+FFFD, the replacement"
          + " character) at " + String.join("; ", undecodable) + ": set csv.encoding in the mapping"
          + " to the export's encoding (windows-1252 for most older exports)");
    }
    Map<String, Character> decimals = new LinkedHashMap<>();
    Map<String, DateTimes> settledDates = new LinkedHashMap<>();
    List<ColumnFormat> formats = new ArrayList<>();
    String setting = mapping.formats().decimalSeparator();
    for (NumberColumn c : numbers.values()) {
      Character sep = c.decide(setting, problems);
      if (sep != null) {
        decimals.put(Labels.normalise(c.column), sep);
        formats.add(c.format(sep));
      }
    }
    for (DateColumn c : dateColumns.values()) {
      List<DateTimes.Candidate> kept = c.decide(problems);
      if (kept != null) {
        DateTimes d = dates.only(c.kind, kept);
        settledDates.put(Labels.normalise(c.column), d);
        formats.add(c.format(kept));
      }
    }
    if (!problems.isEmpty()) {
      throw new MappingException("the export's formats cannot be read without guessing:\n  - "
          + String.join("\n  - ", problems));
    }
    return new Decided(decimals, settledDates, formats);
  }

  /** Every value of one number column, reduced to what decides its separator. */
  private static final class NumberColumn {
    final String column;
    final boolean whole;
    final boolean personal;
    final Map<Numbers.Reading, Set<String>> examples = new LinkedHashMap<>();
    final Map<Numbers.Reading, Long> firstLine = new LinkedHashMap<>();
    final Set<String> samples = new LinkedHashSet<>();

    NumberColumn(String column, boolean whole, boolean personal) {
      this.column = column;
      this.whole = whole;
      this.personal = personal;
    }

    void add(String value, long line) {
      if (value == null) {
        return;
      }
      Numbers.Reading r = Numbers.readings(value, whole);
      Set<String> ex = examples.computeIfAbsent(r, k -> new LinkedHashSet<>());
      if (ex.size() < EXAMPLES) {
        ex.add(value);
      }
      firstLine.putIfAbsent(r, line);
      if (samples.size() < EXAMPLES && r != Numbers.Reading.NONE) {
        samples.add(value);
      }
    }

    private String shown(Numbers.Reading r) {
      return personal ? "line " + firstLine.get(r)
          : "\"" + String.join("\", \"", examples.get(r)) + "\" (line " + firstLine.get(r) + ")";
    }

    Character decide(String setting, List<String> problems) {
      boolean comma = examples.containsKey(Numbers.Reading.COMMA);
      boolean dot = examples.containsKey(Numbers.Reading.DOT);
      boolean ambiguous = examples.containsKey(Numbers.Reading.AMBIGUOUS);
      if (!"auto".equals(setting)) {
        char sep = setting.charAt(0);
        Numbers.Reading other = sep == ',' ? Numbers.Reading.DOT : Numbers.Reading.COMMA;
        if (examples.containsKey(other)) {
          problems.add("column '" + column + "': " + shown(other) + " only read"
              + (sep == ',' ? " with a decimal dot" : " with a decimal comma")
              + ", but formats.decimalSeparator is \"" + setting + "\"; set it to \"auto\" to let"
              + " each column's values decide, or correct the export");
          return null;
        }
        return sep;
      }
      if (comma && dot) {
        problems.add("column '" + column + "' mixes decimal separators: " + shown(Numbers.Reading.COMMA)
            + " only read with a decimal comma, " + shown(Numbers.Reading.DOT) + " only with a decimal"
            + " dot; correct the export so that the column uses one");
        return null;
      }
      if (comma) {
        return ',';
      }
      if (dot) {
        return '.';
      }
      if (ambiguous) {
        problems.add("column '" + column + "': " + shown(Numbers.Reading.AMBIGUOUS) + " read as "
            + (whole ? "thousands" : "thousands with a decimal comma, or as decimals with a decimal dot")
            + ", and no value of the column settles which; set formats.decimalSeparator to \",\" or"
            + " \".\" in the mapping");
        return null;
      }
      return ','; // every value reads the same either way
    }

    ColumnFormat format(char sep) {
      boolean either = !examples.containsKey(Numbers.Reading.COMMA)
          && !examples.containsKey(Numbers.Reading.DOT) && !examples.containsKey(Numbers.Reading.AMBIGUOUS);
      String words = (whole ? "whole number" : "decimal number")
          + (either ? "" : sep == ',' ? ", decimal comma" : ", decimal dot");
      List<ColumnFormat.Sample> shown = new ArrayList<>();
      if (!personal) {
        for (String raw : samples) {
          BigDecimal read = Numbers.parseDecimal(raw, sep);
          shown.add(new ColumnFormat.Sample(raw, read.toPlainString()));
        }
      }
      return new ColumnFormat(column, words, shown);
    }
  }

  /** Every value of one date or time column, checked against each of the mapping's patterns. */
  private final class DateColumn {
    final String column;
    final DateTimes.Kind kind;
    final boolean personal;
    final List<DateTimes.Candidate> candidates;
    final boolean[] readsAll;
    final String[][] disagreement;
    final Set<String> samples = new LinkedHashSet<>();
    boolean any;

    DateColumn(String column, DateTimes.Kind kind, boolean personal) {
      this.column = column;
      this.kind = kind;
      this.personal = personal;
      this.candidates = dates.candidates(kind);
      this.readsAll = new boolean[candidates.size()];
      java.util.Arrays.fill(readsAll, true);
      this.disagreement = new String[candidates.size()][candidates.size()];
    }

    void add(String value, long line) {
      if (value == null) {
        return;
      }
      any = true;
      Object[] read = new Object[candidates.size()];
      for (int i = 0; i < read.length; i++) {
        read[i] = candidates.get(i).read(value);
        readsAll[i] &= read[i] != null;
      }
      for (int i = 0; i < read.length; i++) {
        for (int j = i + 1; j < read.length; j++) {
          if (read[i] != null && read[j] != null && !Objects.equals(read[i], read[j])
              && disagreement[i][j] == null) {
            disagreement[i][j] = (personal ? "" : "\"" + value + "\" ") + "(line " + line + ")";
          }
        }
      }
      if (samples.size() < EXAMPLES) {
        samples.add(value);
      }
    }

    List<DateTimes.Candidate> decide(List<String> problems) {
      if (!any) {
        return null;
      }
      List<Integer> all = new ArrayList<>();
      for (int i = 0; i < readsAll.length; i++) {
        if (readsAll[i]) {
          all.add(i);
        }
      }
      List<Integer> kept = all.isEmpty() ? java.util.stream.IntStream.range(0, readsAll.length)
          .boxed().toList() : all;
      for (int i : kept) {
        for (int j : kept) {
          if (j > i && disagreement[i][j] != null) {
            problems.add("column '" + column + "': " + disagreement[i][j] + " reads differently"
                + " with '" + candidates.get(i).pattern() + "' and with '" + candidates.get(j).pattern()
                + "', and no value of the column settles which; keep only the right pattern under "
                + (kind == DateTimes.Kind.DATE ? "formats.date" : kind == DateTimes.Kind.TIME
                ? "formats.time" : "formats.dateTime") + " in the mapping");
            return null;
          }
        }
      }
      return kept.stream().map(candidates::get).toList();
    }

    ColumnFormat format(List<DateTimes.Candidate> kept) {
      String words = (kind == DateTimes.Kind.DATE ? "date " : kind == DateTimes.Kind.TIME ? "time "
          : "date and time ") + String.join(" or ", kept.stream().map(DateTimes.Candidate::pattern).toList());
      List<ColumnFormat.Sample> shown = new ArrayList<>();
      if (!personal) {
        for (String raw : samples) {
          Object read = null;
          for (DateTimes.Candidate c : kept) {
            read = c.read(raw);
            if (read != null) {
              break;
            }
          }
          shown.add(new ColumnFormat.Sample(raw, read == null ? "not readable" : read.toString()));
        }
      }
      return new ColumnFormat(column, words, shown);
    }
  }
}
