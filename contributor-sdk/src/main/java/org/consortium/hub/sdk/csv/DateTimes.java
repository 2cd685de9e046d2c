package org.consortium.hub.sdk.csv;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads dates and times with the patterns of a mapping file, trying each in turn, and places
 * local times in the venue's time zone so that summer and winter offsets come out right.
 */
final class DateTimes {

  private final List<DateTimeFormatter> dates;
  private final List<DateTimeFormatter> times;
  private final List<DateTimeFormatter> dateTimes;
  private final ZoneId zone;

  DateTimes(List<String> datePatterns, List<String> timePatterns, List<String> dateTimePatterns,
      ZoneId zone) {
    this.dates = compile(datePatterns, "date");
    this.times = compile(timePatterns, "time");
    this.dateTimes = compile(dateTimePatterns, "dateTime");
    this.zone = zone;
  }

  private static List<DateTimeFormatter> compile(List<String> patterns, String what) {
    List<DateTimeFormatter> out = new ArrayList<>();
    for (String p : patterns) {
      try {
        // STRICT refuses 31/02 (SMART would quietly make it 28/02), but with STRICT 'yyyy' is
        // year-of-era and needs an era: read it as the proleptic year 'uuuu' instead.
        out.add(DateTimeFormatter.ofPattern(yearsAsProleptic(p), Locale.FRENCH)
            .withResolverStyle(ResolverStyle.STRICT));
      } catch (IllegalArgumentException e) {
        throw new MappingException("formats." + what + ": bad pattern '" + p + "': " + e.getMessage());
      }
    }
    return out;
  }

  /** Replaces {@code y} by {@code u} outside quoted literals. */
  static String yearsAsProleptic(String pattern) {
    StringBuilder out = new StringBuilder();
    boolean quoted = false;
    for (char c : pattern.toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
      }
      out.append(!quoted && c == 'y' ? 'u' : c);
    }
    return out.toString();
  }

  ZoneId zone() {
    return zone;
  }

  LocalDate date(String text) {
    String s = text.strip();
    for (DateTimeFormatter f : dates) {
      try {
        return LocalDate.parse(s, f);
      } catch (DateTimeParseException next) {
        // try the next pattern
      }
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a date in the mapping's formats");
    }
  }

  LocalTime time(String text) {
    String s = text.strip();
    for (DateTimeFormatter f : times) {
      try {
        return LocalTime.parse(s, f);
      } catch (DateTimeParseException next) {
        // try the next pattern
      }
    }
    try {
      return LocalTime.parse(s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a time in the mapping's formats");
    }
  }

  OffsetDateTime dateTime(String text) {
    String s = text.strip();
    for (DateTimeFormatter f : dateTimes) {
      try {
        return at(LocalDateTime.parse(s, f));
      } catch (DateTimeParseException next) {
        // try the next pattern
      }
    }
    try {
      return OffsetDateTime.parse(s);
    } catch (DateTimeParseException notOffset) {
      try {
        return at(LocalDateTime.parse(s));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("not a date and time in the mapping's formats");
      }
    }
  }

  OffsetDateTime at(LocalDateTime local) {
    return local.atZone(zone).toOffsetDateTime();
  }
}
