package org.consortium.hub.sdk.csv;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.consortium.hub.sdk.contract.TariffCategory;

/** Checks a mapping's consistency once, before any row is read, naming every problem. */
final class MappingCheck {

  private static final List<String> ATTENDANCE_KEYS =
      List.of("performance", "tariff", "department", "ageBand");

  private MappingCheck() {}

  static void check(MappingFile m, String name) {
    List<String> problems = new ArrayList<>();
    if (m.layout() == null) {
      problems.add("layout is required: per-performance or ticket-lines");
    }
    if (m.recordVersion() < 1) {
      problems.add("recordVersion must be at least 1");
    }
    if (m.performance() == null) {
      problems.add("the performance section is required");
    } else {
      checkPerformance(m.performance(), problems);
    }
    if (m.attendance() == null || m.attendance().recordId() == null) {
      problems.add("attendance.recordId is required, e.g. \"{performance}-{tariff}\"");
    } else {
      for (String key : new RecordIdTemplate(m.attendance().recordId()).names()) {
        if (!ATTENDANCE_KEYS.contains(key)) {
          problems.add("attendance.recordId: unknown key {" + key + "}; use " + ATTENDANCE_KEYS);
        }
      }
      if (!m.attendance().recordId().contains("{performance}")
          || !m.attendance().recordId().contains("{tariff}")) {
        problems.add("attendance.recordId must contain {performance} and {tariff}");
      }
    }
    if (m.layout() == MappingFile.Layout.PER_PERFORMANCE) {
      checkSummary(m, problems);
    } else if (m.layout() == MappingFile.Layout.TICKET_LINES) {
      checkTickets(m, problems);
    }
    String sep = m.formats().decimalSeparator();
    if (!sep.equals(",") && !sep.equals(".") && !sep.equals("auto")) {
      problems.add("formats.decimalSeparator must be \"auto\" (each column's values decide), \",\" or \".\"");
    }
    try {
      ZoneId.of(m.formats().timeZone());
    } catch (DateTimeException e) {
      problems.add("formats.timeZone: unknown time zone '" + m.formats().timeZone() + "'");
    }
    if (m.csv().delimiter().length() != 1 || m.csv().quote().length() != 1) {
      problems.add("csv.delimiter and csv.quote must be one character each");
    }
    if (!problems.isEmpty()) {
      throw new MappingException("mapping " + name + ":\n  - " + String.join("\n  - ", problems));
    }
  }

  private static void checkPerformance(MappingFile.PerformanceSection p, List<String> problems) {
    if (p.recordId() == null) {
      problems.add("performance.recordId is required, e.g. \"{Code séance}\"");
    }
    for (Map<String, String> section : List.of(p.columns(), p.defaults())) {
      for (String field : section.keySet()) {
        if (!PerformanceFields.ALL.contains(field)) {
          problems.add("performance: unknown contract field '" + field + "'; expected one of "
              + PerformanceFields.ALL.stream().sorted().toList());
        }
      }
    }
    for (String field : PerformanceFields.REQUIRED) {
      if (!p.columns().containsKey(field) && !p.defaults().containsKey(field)) {
        problems.add("performance: '" + field + "' needs a column or a default");
      }
    }
    boolean hasStart = p.columns().containsKey(PerformanceFields.START)
        || p.columns().containsKey(PerformanceFields.DATE);
    if (!hasStart) {
      problems.add("performance: map startDateTime, or date (and time), to a column");
    }
  }

  private static void checkSummary(MappingFile m, List<String> problems) {
    if (m.attendance() == null || m.attendance().tariffColumns().isEmpty()) {
      problems.add("per-performance layout: attendance.tariffColumns must list each tariff's columns");
      return;
    }
    for (MappingFile.TariffColumns t : m.attendance().tariffColumns()) {
      try {
        TariffCategory.fromJson(t.tariff());
      } catch (IllegalArgumentException e) {
        problems.add("attendance.tariffColumns: " + e.getMessage());
      }
      if (t.tickets() == null) {
        problems.add("attendance.tariffColumns[" + t.tariff() + "]: tickets column is required");
      }
    }
    if (m.tickets() != null) {
      problems.add("per-performance layout: the tickets section belongs to ticket-lines");
    }
  }

  private static void checkTickets(MappingFile m, List<String> problems) {
    MappingFile.TicketSection t = m.tickets();
    if (t == null || t.tariff() == null || t.price() == null) {
      problems.add("ticket-lines layout: tickets.tariff and tickets.price are required");
      return;
    }
    if (t.birthDate() != null && t.age() != null) {
      problems.add("tickets: map birthDate or age, not both");
    }
    if (t.buyerId() != null && t.firstTimeFlag() != null) {
      problems.add("tickets: map buyerId or firstTimeFlag, not both");
    }
    if (m.attendance() != null && !m.attendance().tariffColumns().isEmpty()) {
      problems.add("ticket-lines layout: attendance.tariffColumns belongs to per-performance");
    }
    if (m.attendance() != null && m.attendance().recordId() != null) {
      // Without these keys two cells would share a record id and overwrite each other.
      List<String> keys = new RecordIdTemplate(m.attendance().recordId()).names();
      if (t.postcode() != null && !keys.contains("department")) {
        problems.add("attendance.recordId must contain {department} when tickets.postcode is mapped");
      }
      if ((t.birthDate() != null || t.age() != null) && !keys.contains("ageBand")) {
        problems.add("attendance.recordId must contain {ageBand} when an age or birth date is mapped");
      }
    }
  }
}
