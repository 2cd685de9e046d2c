package org.consortium.hub.sdk.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.consortium.hub.sdk.contract.PersonalDataGuard;
import org.consortium.hub.sdk.contract.PersonalDataKind;

/**
 * Decides, from the header alone, which columns are read. Unmapped columns that look like
 * personal data are dropped with a warning; a mapping that would send a personal-data column
 * to the hub, or that names a column the file lacks, stops the import before any row is read.
 */
final class ColumnScreening {

  private ColumnScreening() {}

  /**
   * Checks the header against the mapping.
   *
   * @return warnings to report
   * @throws MappingException when a mapped column is missing or is personal data bound for the hub
   */
  static List<String> screen(List<String> header, MappingFile m) {
    Map<String, String> bound = boundColumns(m);
    Set<String> personalSources = personalSources(m);
    Set<String> present = header.stream().map(Labels::normalise).collect(Collectors.toSet());
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> e : bound.entrySet()) {
      String column = e.getKey();
      if (!present.contains(Labels.normalise(column))) {
        problems.add("column '" + column + "' (for " + e.getValue() + ") is not in the file");
        continue;
      }
      PersonalDataGuard.classifyFieldName(column).ifPresent(kind -> problems.add("column '"
          + column + "' looks like personal data (" + kind.label() + ") and cannot feed "
          + e.getValue() + ": map it under 'tickets' if it is meant to be reduced at the venue"));
    }
    if (!problems.isEmpty()) {
      throw new MappingException("the mapping does not fit this file:\n  - "
          + String.join("\n  - ", problems) + "\n  columns in the file: " + header + hint(header, m));
    }
    Set<String> used = bound.keySet().stream().map(Labels::normalise).collect(Collectors.toSet());
    personalSources.stream().map(Labels::normalise).forEach(used::add);
    Set<String> ignored = m.ignore().stream().map(Labels::normalise).collect(Collectors.toSet());
    List<String> warnings = new ArrayList<>();
    for (String column : header) {
      String key = Labels.normalise(column);
      if (used.contains(key) || ignored.contains(key)) {
        continue;
      }
      PersonalDataGuard.classifyFieldName(column).ifPresent((PersonalDataKind kind) ->
          warnings.add("column '" + column + "' looks like personal data (" + kind.label()
              + "): dropped, never read"));
    }
    return warnings;
  }

  /** Columns whose values go to the hub (as they are or converted), with what they feed. */
  private static Map<String, String> boundColumns(MappingFile m) {
    Map<String, String> out = new LinkedHashMap<>();
    m.performance().columns().forEach((field, column) -> out.put(column, field));
    new RecordIdTemplate(m.performance().recordId()).names()
        .forEach(c -> out.putIfAbsent(c, "the performance record id"));
    if (m.attendance() != null) {
      for (MappingFile.TariffColumns t : m.attendance().tariffColumns()) {
        out.put(t.tickets(), t.tariff() + " tickets");
        if (t.revenue() != null) {
          out.put(t.revenue(), t.tariff() + " revenue");
        }
        if (t.firstTimeBuyers() != null) {
          out.put(t.firstTimeBuyers(), t.tariff() + " first-time buyers");
        }
      }
    }
    MappingFile.TicketSection t = m.tickets();
    if (t != null) {
      out.put(t.tariff(), "tariffCategory");
      out.put(t.price(), "revenueCents");
      if (t.quantity() != null) {
        out.put(t.quantity(), "tickets");
      }
    }
    out.remove(null);
    return out;
  }

  /** Personal columns reduced at the venue (department, age band, first-time flag). */
  private static Set<String> personalSources(MappingFile m) {
    MappingFile.TicketSection t = m.tickets();
    if (t == null) {
      return Set.of();
    }
    return java.util.stream.Stream.of(t.postcode(), t.birthDate(), t.age(), t.buyerId(),
        t.firstTimeFlag()).filter(Objects::nonNull).collect(Collectors.toSet());
  }

  /** What a header that does not fit suggests: the wrong encoding, or the wrong delimiter. */
  static String hint(List<String> header, MappingFile m) {
    String all = String.join("", header);
    if (all.indexOf('\uFFFD') >= 0) {
      return "\n  hint: the header holds U+FFFD, the mark of text that is not "
          + m.csv().encoding() + ": set csv.encoding in the mapping (windows-1252 for most older exports)";
    }
    if (header.size() <= 1) {
      for (char d : new char[] {';', ',', '\t', '|'}) {
        if (all.indexOf(d) >= 0 && d != m.csv().delimiter().charAt(0)) {
          return "\n  hint: the header reads as one column but holds '" + (d == '\t' ? "\\t" : d)
              + "': set csv.delimiter: \"" + (d == '\t' ? "\\t" : d) + "\" in the mapping (it is \""
              + m.csv().delimiter() + "\")";
        }
      }
    }
    return "";
  }

  /** Whether a mapped column is missing from the file (checked before personal sources). */
  static void requirePresent(List<String> header, MappingFile m) {
    Set<String> present = header.stream().map(Labels::normalise).collect(Collectors.toSet());
    List<String> missing = personalSources(m).stream()
        .filter(c -> !present.contains(Labels.normalise(c))).toList();
    if (!missing.isEmpty()) {
      throw new MappingException("columns " + missing + " named under 'tickets' are not in the file;"
          + " columns in the file: " + header + hint(header, m));
    }
  }
}
