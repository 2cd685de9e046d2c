package org.consortium.hub.sdk.csv;

import java.util.List;
import java.util.Set;

/** The contract fields a mapping's {@code performance.columns} and {@code defaults} may name. */
final class PerformanceFields {

  static final String DATE = "date";
  static final String TIME = "time";
  static final String START = "startDateTime";

  static final Set<String> ALL = Set.of("production.title", "production.hubProductionId",
      "work.title", "work.authors", "work.type", "work.yearOfFirstPerformance", "work.hubWorkId",
      "venue.hallName", "venue.capacity", "venue.communeCode", START, DATE, TIME, "genre",
      "language", "durationMinutes", "performers", "youngAudience", "coProduction");

  /** Fields whose value is free text from the venue, where contact details could slip in. */
  static final Set<String> TEXT = Set.of("production.title", "work.title", "work.authors",
      "work.type", "venue.hallName");

  static final List<String> REQUIRED = List.of("production.title", "venue.capacity", "genre");

  private PerformanceFields() {}
}
