package org.consortium.hub.sdk.csv;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.consortium.hub.sdk.contract.Genre;
import org.consortium.hub.sdk.contract.PerformancePayload;

/** Builds a performance record from a row, with the mapping's columns and defaults. */
final class PerformanceMapper {

  private final ImportContext ctx;
  private final Map<String, String> columns;
  private final Map<String, String> defaults;

  PerformanceMapper(ImportContext ctx) {
    this.ctx = ctx;
    this.columns = ctx.mapping.performance().columns();
    this.defaults = ctx.mapping.performance().defaults();
  }

  /** A performance with its record id. */
  record Mapped(String recordId, PerformancePayload payload) {}

  Mapped map(Row row) throws RowRefused {
    String recordId;
    try {
      recordId = ctx.performanceId.render(name -> {
        try {
          return row.value(name);
        } catch (RowRefused e) {
          throw new IllegalStateException(e.getMessage());
        }
      });
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new RowRefused("performance record id: " + e.getMessage());
    }
    PerformancePayload.Builder b = PerformancePayload.builder();
    String title = text(row, "production.title");
    String hubProductionId = text(row, "production.hubProductionId");
    b.production(title == null ? null : new PerformancePayload.Production(title, hubProductionId));
    String workTitle = text(row, "work.title");
    if (workTitle != null) {
      String authors = text(row, "work.authors");
      Integer year = whole(row, "work.yearOfFirstPerformance");
      b.work(new PerformancePayload.PerformedWork(workTitle, authors == null ? null : splitAuthors(authors),
          text(row, "work.type"), year, text(row, "work.hubWorkId")));
    }
    Integer capacity = whole(row, "venue.capacity");
    if (capacity == null) {
      throw new RowRefused("venue.capacity" + from("venue.capacity") + ": empty");
    }
    b.venue(new PerformancePayload.Venue(text(row, "venue.hallName"), capacity,
        text(row, "venue.communeCode")));
    b.startDateTime(start(row));
    b.genre(genre(row));
    b.language(text(row, "language"));
    b.durationMinutes(whole(row, "durationMinutes"));
    b.performers(whole(row, "performers"));
    b.youngAudience(flag(row, "youngAudience"));
    b.coProduction(flag(row, "coProduction"));
    return new Mapped(recordId, b.build());
  }

  private String text(Row row, String field) throws RowRefused {
    String column = columns.get(field);
    String v = column == null ? null : row.value(column);
    return v != null ? v : defaults.get(field);
  }

  private Integer whole(Row row, String field) throws RowRefused {
    String v = text(row, field);
    if (v == null) {
      return null;
    }
    String column = columns.get(field);
    boolean fromColumn = column != null && row.value(column) != null;
    try {
      char sep = fromColumn ? ctx.decimal(column) : ctx.decimalOfConstant(v);
      return Math.toIntExact(Numbers.parseWhole(v, sep));
    } catch (NumberFormatException | ArithmeticException e) {
      throw new RowRefused(column, v, field + from(field) + ", value \"" + v + "\": "
          + (e instanceof ArithmeticException ? "too large" : e.getMessage()));
    }
  }

  private boolean flag(Row row, String field) throws RowRefused {
    String v = text(row, field);
    try {
      return v != null && Flags.parse(v);
    } catch (IllegalArgumentException e) {
      throw new RowRefused(field + from(field) + ": " + e.getMessage());
    }
  }

  private Genre genre(Row row) throws RowRefused {
    String label = text(row, "genre");
    if (label == null) {
      throw new RowRefused("genre" + from("genre") + ": empty");
    }
    return ctx.genres.find(label).orElseThrow(() -> new RowRefused("genre" + from("genre")
        + ": unknown label '" + label + "'; add it under 'genres:' in the mapping"));
  }

  private OffsetDateTime start(Row row) throws RowRefused {
    String whole = text(row, PerformanceFields.START);
    if (whole != null) {
      return read(PerformanceFields.START, whole, d -> d.dateTime(whole));
    }
    String date = text(row, PerformanceFields.DATE);
    if (date == null) {
      throw new RowRefused("date" + from(PerformanceFields.DATE) + ": empty");
    }
    LocalDate day = read(PerformanceFields.DATE, date, d -> d.date(date));
    String time = text(row, PerformanceFields.TIME);
    LocalTime at = time == null ? LocalTime.MIDNIGHT : read(PerformanceFields.TIME, time, d -> d.time(time));
    return ctx.dates.at(day.atTime(at));
  }

  private <T> T read(String field, String value, java.util.function.Function<DateTimes, T> reader)
      throws RowRefused {
    try {
      return reader.apply(ctx.dates(columns.get(field)));
    } catch (IllegalArgumentException e) {
      throw new RowRefused(columns.get(field), value, field + from(field) + ", value \""
          + value + "\": " + e.getMessage());
    }
  }

  private String from(String field) {
    String column = columns.get(field);
    return column == null ? "" : " (column '" + column + "')";
  }

  /** Exports list several authors in one cell: "Molière, Lully" or "Brecht / Weill". */
  static List<String> splitAuthors(String cell) {
    return Arrays.stream(cell.split("\\s*[,;/]\\s*|\\s+&\\s+"))
        .map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
