package org.consortium.hub.sdk.contract;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Tickets and revenue of one performance for one tariff category (schema
 * {@code attendance.schema.json}), optionally narrowed to one buyers' department and age band.
 * Only counts: no buyer can be identified from a line.
 *
 * @param performanceRecordId the contributor's {@code recordId} of the performance (required)
 * @param tariffCategory tariff category (required)
 * @param tickets tickets issued, at least 0 (required)
 * @param revenueCents revenue in cents, taxes included, at least 0 (required)
 * @param currency ISO 4217 code; {@code "EUR"} when not given
 * @param buyerDepartment buyers' department of residence (e.g. "75", "2A", "971"), never a postcode
 * @param ageBand buyers' age band, never a birth date
 * @param firstTimeBuyers tickets bought by first-time buyers at this venue; at most {@code tickets}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AttendancePayload(
    String performanceRecordId,
    TariffCategory tariffCategory,
    int tickets,
    long revenueCents,
    String currency,
    String buyerDepartment,
    AgeBand ageBand,
    Integer firstTimeBuyers)
    implements RecordPayload {

  /** The contract's default currency, also the schema's default. */
  public static final String DEFAULT_CURRENCY = "EUR";

  /** Applies the default currency so that amounts are never ambiguous. */
  public AttendancePayload {
    currency = currency == null ? DEFAULT_CURRENCY : currency;
  }

  @Override
  @JsonIgnore
  public RecordType recordType() {
    return RecordType.ATTENDANCE;
  }

  /** Starts a builder; performance, tariff category, tickets and revenue make a valid line. */
  public static Builder builder() {
    return new Builder();
  }

  /** Fluent builder for {@link AttendancePayload}; nothing is checked until validation. */
  public static final class Builder {
    private String performanceRecordId;
    private TariffCategory tariffCategory;
    private int tickets;
    private long revenueCents;
    private String currency;
    private String buyerDepartment;
    private AgeBand ageBand;
    private Integer firstTimeBuyers;

    private Builder() {}

    public Builder performanceRecordId(String performanceRecordId) {
      this.performanceRecordId = performanceRecordId;
      return this;
    }

    public Builder tariffCategory(TariffCategory tariffCategory) {
      this.tariffCategory = tariffCategory;
      return this;
    }

    public Builder tickets(int tickets) {
      this.tickets = tickets;
      return this;
    }

    public Builder revenueCents(long revenueCents) {
      this.revenueCents = revenueCents;
      return this;
    }

    public Builder currency(String currency) {
      this.currency = currency;
      return this;
    }

    public Builder buyerDepartment(String buyerDepartment) {
      this.buyerDepartment = buyerDepartment;
      return this;
    }

    public Builder ageBand(AgeBand ageBand) {
      this.ageBand = ageBand;
      return this;
    }

    public Builder firstTimeBuyers(Integer firstTimeBuyers) {
      this.firstTimeBuyers = firstTimeBuyers;
      return this;
    }

    public AttendancePayload build() {
      return new AttendancePayload(performanceRecordId, tariffCategory, tickets, revenueCents,
          currency, buyerDepartment, ageBand, firstTimeBuyers);
    }
  }
}
