package org.consortium.hub.sdk.csv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads dates and times with the patterns of a mapping file, trying each in turn, and places
 * local times in the venue's time zone so that summer and winter offsets come out right.
 */
final class DateTimes {

  /** What a column holds. */
  enum Kind { DATE, TIME, DATE_TIME }

  /** One way of reading a value: a mapping pattern, or ISO 8601 as the last resort. */
  record Candidate(String pattern, Function<String, Object> reader) {
    Object read(String text) {
      try {
        return reader.apply(text.strip());
      } catch (DateTimeException e) {
        return null;
      }
    }
  }

  private final Map<Kind, List<Candidate>> candidates;
  private final ZoneId zone;

  DateTimes(List<String> datePatterns, List<String> timePatterns, List<String> dateTimePatterns,
      ZoneId zone) {
    this.zone = zone;
    Map<Kind, List<Candidate>> c = new EnumMap<>(Kind.class);
    List<Candidate> dates = new ArrayList<>();
    compile(datePatterns, "date").forEach((p, f) -> dates.add(new Candidate(p, s -> LocalDate.parse(s, f))));
    dates.add(new Candidate("ISO yyyy-MM-dd", LocalDate::parse));
    List<Candidate> times = new ArrayList<>();
    compile(timePatterns, "time").forEach((p, f) -> times.add(new Candidate(p, s -> LocalTime.parse(s, f))));
    times.add(new Candidate("ISO HH:mm[:ss]", LocalTime::parse));
    List<Candidate> dateTimes = new ArrayList<>();
    compile(dateTimePatterns, "dateTime").forEach((p, f) ->
        dateTimes.add(new Candidate(p, s -> at(LocalDateTime.parse(s, f)))));
    dateTimes.add(new Candidate("ISO date-time with offset", OffsetDateTime::parse));
    dateTimes.add(new Candidate("ISO date-time", s -> at(LocalDateTime.parse(s))));
    c.put(Kind.DATE, List.copyOf(dates));
    c.put(Kind.TIME, List.copyOf(times));
    c.put(Kind.DATE_TIME, List.copyOf(dateTimes));
    this.candidates = c;
  }

  private DateTimes(Map<Kind, List<Candidate>> candidates, ZoneId zone) {
    this.candidates = candidates;
    this.zone = zone;
  }

  private static Map<String, DateTimeFormatter> compile(List<String> patterns, String what) {
    Map<String, DateTimeFormatter> out = new LinkedHashMap<>();
    for (String p : patterns) {
      try {
        // STRICT refuses 31/02 (SMART would quietly make it 28/02), but with STRICT 'yyyy' is
        // year-of-era and needs an era: read it as the proleptic year 'uuuu' instead.
        out.put(p, DateTimeFormatter.ofPattern(yearsAsProleptic(p), Locale.FRENCH)
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

  List<Candidate> candidates(Kind kind) {
    return candidates.get(kind);
  }

  /** The same reader, with only these candidates (in this order) for one kind of value. */
  DateTimes only(Kind kind, List<Candidate> kept) {
    Map<Kind, List<Candidate>> c = new EnumMap<>(candidates);
    c.put(kind, List.copyOf(kept));
    return new DateTimes(c, zone);
  }

  private Object first(Kind kind, String text, String what) {
    for (Candidate c : candidates.get(kind)) {
      Object v = c.read(text);
      if (v != null) {
        return v;
      }
    }
    throw new IllegalArgumentException("not a " + what + " in "
        + candidates.get(kind).stream().map(Candidate::pattern).toList());
  }

  LocalDate date(String text) {
    return (LocalDate) first(Kind.DATE, text, "date");
  }

  LocalTime time(String text) {
    return (LocalTime) first(Kind.TIME, text, "time");
  }

  OffsetDateTime dateTime(String text) {
    return (OffsetDateTime) first(Kind.DATE_TIME, text, "date and time");
  }

  OffsetDateTime at(LocalDateTime local) {
    return local.atZone(zone).toOffsetDateTime();
  }
}
