package org.consortium.hub.sdk.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether figures that satisfy the contract can be true. The SDK applies these rules before
 * upload and the hub again on ingestion: the same class on both sides.
 *
 * <p>A <b>hard</b> breach refuses the record with its reason; a <b>soft</b> one (occupancy above
 * 100 % but within the dataset's tolerance for standing places or added seats) lets it in,
 * flagged on the receipt.
 *
 * <ul>
 *   <li>a performance offers at least one seat and at most {@value #MAX_CAPACITY};
 *   <li>it starts between {@value #EARLIEST_YEAR} and {@value #YEARS_AHEAD} years from today;
 *   <li>an attendance line holds at most {@link #MAX_TICKETS_PER_LINE} tickets, and no revenue
 *       without tickets;
 *   <li>its average price is at most {@link #MAX_AVERAGE_PRICE_CENTS} cents;
 *   <li>a performance's tickets, over all its lines, are at most its capacity plus the
 *       tolerance ({@link #occupancy}).
 * </ul>
 *
 * <p>With these bounds a line's revenue is at most 10<sup>11</sup> cents, so a sum over lines
 * cannot overflow a {@code long} before 92 million lines, far beyond any figure's lines.
 */
public final class Plausibility {

  /** Most seats a performance can offer: the largest stadium concerts. */
  public static final int MAX_CAPACITY = 100_000;
  /** Occupancy tolerance above 100 % when a dataset sets none. */
  public static final int DEFAULT_TOLERANCE_PERCENT = 10;
  /** Largest tolerance a dataset may set. */
  public static final int MAX_TOLERANCE_PERCENT = 100;
  /** Most tickets one attendance line can hold: the largest capacity with the largest tolerance. */
  public static final int MAX_TICKETS_PER_LINE = MAX_CAPACITY * (100 + MAX_TOLERANCE_PERCENT) / 100;
  /** Highest average price of a line, in cents (5 000 €). */
  public static final long MAX_AVERAGE_PRICE_CENTS = 500_000;
  /** No performance before this year. */
  public static final int EARLIEST_YEAR = 1950;
  /** No performance more than this many years ahead. */
  public static final int YEARS_AHEAD = 10;

  /** How serious a finding is. */
  public enum Severity {
    /** the record is refused */
    HARD,
    /** the record is accepted and flagged */
    SOFT
  }

  /**
   * One finding.
   *
   * @param severity refuse or flag
   * @param path JSON path of the field in the envelope
   * @param message in plain words, with the figures involved
   */
  public record Finding(Severity severity, String path, String message) {
    @Override
    public String toString() {
      return path + ": " + message;
    }
  }

  private final Clock clock;

  /** Rules with today's date from the system clock. */
  public Plausibility() {
    this(Clock.systemUTC());
  }

  /** Rules with today's date from this clock. */
  public Plausibility(Clock clock) {
    this.clock = clock;
  }

  /**
   * The rules one record can be checked against alone. Call only for a record that satisfies the
   * contract; a deleted record has no figures to check.
   */
  public List<Finding> check(JsonNode envelope) {
    List<Finding> out = new ArrayList<>();
    JsonNode p = envelope.path("payload");
    if (envelope.path("deleted").asBoolean(false) || !p.isObject()) {
      return out;
    }
    switch (envelope.path("recordType").asText()) {
      case "performance" -> performance(p, out);
      case "attendance" -> attendance(p, out);
      default -> { }
    }
    return out;
  }

  private void performance(JsonNode p, List<Finding> out) {
    long capacity = p.path("venue").path("capacity").asLong(-1);
    if (capacity == 0) {
      out.add(hard("$.payload.venue.capacity", "a performance offers at least one seat (capacity 0)"));
    } else if (capacity > MAX_CAPACITY) {
      out.add(hard("$.payload.venue.capacity", "capacity " + capacity + " is above " + MAX_CAPACITY
          + " seats, more than any hall"));
    }
    try {
      LocalDate day = OffsetDateTime.parse(p.path("startDateTime").asText()).toLocalDate();
      LocalDate latest = LocalDate.now(clock).plusYears(YEARS_AHEAD);
      if (day.getYear() < EARLIEST_YEAR || day.isAfter(latest)) {
        out.add(hard("$.payload.startDateTime", "date " + day + " is outside " + EARLIEST_YEAR
            + "-01-01 to " + latest + " (" + YEARS_AHEAD + " years from today): check the date"
            + " format of the export"));
      }
    } catch (DateTimeParseException e) {
      // the contract reports it
    }
  }

  private static void attendance(JsonNode p, List<Finding> out) {
    long tickets = p.path("tickets").asLong(0);
    long revenue = p.path("revenueCents").asLong(0);
    if (tickets > MAX_TICKETS_PER_LINE) {
      out.add(hard("$.payload.tickets", tickets + " tickets on one line is above " + MAX_TICKETS_PER_LINE
          + ", more than any performance can hold"));
    }
    if (tickets == 0 && revenue > 0) {
      out.add(hard("$.payload.revenueCents", "revenue without tickets"));
    } else if (tickets > 0 && revenue > tickets * MAX_AVERAGE_PRICE_CENTS) {
      out.add(hard("$.payload.revenueCents", "average price " + euros(revenue / tickets)
          + " per ticket is above " + euros(MAX_AVERAGE_PRICE_CENTS) + ": check the decimal separator"
          + " and that revenue is in cents"));
    }
  }

  /**
   * Tickets of one performance, over all its attendance lines, against its capacity.
   *
   * @param performanceRecordId for the message
   * @param capacity seats offered
   * @param tickets tickets over all the performance's lines
   * @param tolerancePercent how far above 100 % is still plausible (standing places, added seats)
   * @return a hard finding beyond the tolerance, a soft one above 100 %, else null
   */
  public static Finding occupancy(String performanceRecordId, long capacity, long tickets,
      int tolerancePercent) {
    if (capacity <= 0 || tickets <= capacity) {
      return null;
    }
    long percent = tickets * 100 / capacity;
    String what = "performance " + performanceRecordId + ": " + tickets + " tickets for " + capacity
        + " seats (occupancy " + percent + " %)";
    if (tickets * 100 > capacity * (100L + tolerancePercent)) {
      return hard("$.payload.tickets", what + " is beyond the dataset's tolerance of "
          + tolerancePercent + " % above capacity");
    }
    return new Finding(Severity.SOFT, "$.payload.tickets", what + " is above 100 %, within the"
        + " dataset's tolerance of " + tolerancePercent + " %");
  }

  /** Hard findings only. */
  public static List<Finding> hard(List<Finding> findings) {
    return findings.stream().filter(f -> f.severity() == Severity.HARD).toList();
  }

  private static Finding hard(String path, String message) {
    return new Finding(Severity.HARD, path, message);
  }

  private static String euros(long cents) {
    return String.format(java.util.Locale.ROOT, "%d.%02d €", cents / 100, cents % 100);
  }
}
