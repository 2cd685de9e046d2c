package org.consortium.hub.sdk.contract;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One performance of a production at the contributing venue (schema
 * {@code performance.schema.json}). The venue organisation itself is the envelope's
 * {@code contributorOrg}; the payload only names the hall.
 *
 * @param production the production performed (required)
 * @param work the work performed; {@code null} for programmes of several works or devised shows
 * @param venue the hall and its capacity for this performance (required)
 * @param startDateTime start, with the venue's UTC offset (required)
 * @param genre genre from the closed list (required)
 * @param language main language, ISO 639-1 lower case, e.g. {@code "fr"}
 * @param durationMinutes running time in minutes
 * @param performers number of performers on stage
 * @param youngAudience aimed at a young audience (SIBIL "jeune public")
 * @param coProduction the production is a co-production (SIBIL "coproduction")
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PerformancePayload(
    Production production,
    PerformedWork work,
    Venue venue,
    OffsetDateTime startDateTime,
    Genre genre,
    String language,
    Integer durationMinutes,
    Integer performers,
    boolean youngAudience,
    boolean coProduction)
    implements RecordPayload {

  @Override
  @JsonIgnore
  public RecordType recordType() {
    return RecordType.PERFORMANCE;
  }

  /** Starts a builder; production, venue, start and genre must be set for a valid record. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A production: a show as produced, possibly touring to many venues.
   *
   * @param title title of the production (required)
   * @param hubProductionId the hub's shared production id, if known
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Production(String title, String hubProductionId) {

    /** A production known only by its title. */
    public static Production of(String title) {
      return new Production(title, null);
    }
  }

  /**
   * The work a performance is of.
   *
   * @param title title of the work (required)
   * @param authors authors, composers or choreographers as publicly credited
   * @param type kind of work in the contributor's words (play, ballet...)
   * @param yearOfFirstPerformance year of first performance; negative before the common era
   * @param hubWorkId the hub's shared work id, if known
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PerformedWork(
      String title, List<String> authors, String type, Integer yearOfFirstPerformance, String hubWorkId) {

    /** Copies the author list so a record never changes after validation. */
    public PerformedWork {
      authors = authors == null ? null : List.copyOf(authors);
    }

    /** A work known by its title and authors. */
    public static PerformedWork of(String title, String... authors) {
      return new PerformedWork(title, authors.length == 0 ? null : List.of(authors), null, null, null);
    }
  }

  /**
   * The hall used at the contributing venue.
   *
   * @param hallName name of the hall, e.g. "Grande salle"
   * @param capacity seats offered for this performance (jauge), at least 0
   * @param communeCode INSEE code of the hall's commune (5 characters), for place granularity
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Venue(String hallName, int capacity, String communeCode) {

    /** A hall without a commune code. */
    public static Venue of(String hallName, int capacity) {
      return new Venue(hallName, capacity, null);
    }
  }

  /** Fluent builder for {@link PerformancePayload}; nothing is checked until validation. */
  public static final class Builder {
    private Production production;
    private PerformedWork work;
    private Venue venue;
    private OffsetDateTime startDateTime;
    private Genre genre;
    private String language;
    private Integer durationMinutes;
    private Integer performers;
    private boolean youngAudience;
    private boolean coProduction;

    private Builder() {}

    public Builder production(Production production) {
      this.production = production;
      return this;
    }

    public Builder production(String title) {
      return production(Production.of(title));
    }

    public Builder work(PerformedWork work) {
      this.work = work;
      return this;
    }

    public Builder venue(Venue venue) {
      this.venue = venue;
      return this;
    }

    public Builder startDateTime(OffsetDateTime startDateTime) {
      this.startDateTime = startDateTime;
      return this;
    }

    public Builder genre(Genre genre) {
      this.genre = genre;
      return this;
    }

    public Builder language(String language) {
      this.language = language;
      return this;
    }

    public Builder durationMinutes(Integer durationMinutes) {
      this.durationMinutes = durationMinutes;
      return this;
    }

    public Builder performers(Integer performers) {
      this.performers = performers;
      return this;
    }

    public Builder youngAudience(boolean youngAudience) {
      this.youngAudience = youngAudience;
      return this;
    }

    public Builder coProduction(boolean coProduction) {
      this.coProduction = coProduction;
      return this;
    }

    public PerformancePayload build() {
      return new PerformancePayload(production, work, venue, startDateTime, genre, language,
          durationMinutes, performers, youngAudience, coProduction);
    }
  }
}
