package org.consortium.hub.sdk.csv;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.consortium.hub.sdk.contract.ContractValidator;
import org.consortium.hub.sdk.contract.Envelope;
import org.consortium.hub.sdk.contract.Genre;
import org.consortium.hub.sdk.contract.Plausibility;
import org.consortium.hub.sdk.contract.RecordPayload;
import org.consortium.hub.sdk.contract.TariffCategory;
import org.consortium.hub.sdk.contract.Violation;

/** Everything derived once from a mapping and settings, shared by the layouts. */
final class ImportContext {

  final MappingFile mapping;
  final String datasetId;
  final String organisation;
  final int recordVersion;
  /** The mapping's separator, or 0 when each column's values decide ({@code auto}). */
  final char decimal;
  final String currency;
  final DateTimes dates;
  final Labels<Genre> genres;
  final Labels<TariffCategory> tariffs;
  final RecordIdTemplate performanceId;
  final RecordIdTemplate attendanceId;
  final ContractValidator validator;
  final FirstTimeBuyers buyers;
  final Plausibility plausibility = new Plausibility();

  ImportContext(MappingFile mapping, ImportSettings settings, ContractValidator validator) {
    this.mapping = mapping;
    this.datasetId = settings.datasetId();
    this.organisation = settings.organisation() != null ? settings.organisation() : mapping.organisation();
    if (organisation == null || organisation.isBlank()) {
      throw new MappingException("no organisation: set 'organisation' in the mapping or pass it");
    }
    this.recordVersion = settings.recordVersion() != null ? settings.recordVersion() : mapping.recordVersion();
    String sep = mapping.formats().decimalSeparator();
    this.decimal = "auto".equals(sep) ? 0 : sep.charAt(0);
    this.currency = mapping.formats().currency();
    MappingFile.Formats f = mapping.formats();
    this.dates = new DateTimes(f.date(), f.time(), f.dateTime(), ZoneId.of(f.timeZone()));
    this.genres = new Labels<>(mapping.genres(), Genre.values(), Genre::jsonValue, Genre::fromJson, "genres");
    this.tariffs = new Labels<>(mapping.tariffs(), TariffCategory.values(), TariffCategory::jsonValue,
        TariffCategory::fromJson, "tariffs");
    this.performanceId = new RecordIdTemplate(mapping.performance().recordId());
    this.attendanceId = new RecordIdTemplate(mapping.attendance().recordId());
    this.validator = validator;
    this.buyers = settings.buyers();
    MappingFile.TicketSection t = mapping.tickets();
    if (t != null && t.buyerId() != null && buyers == null) {
      throw new MappingException("tickets.buyerId is mapped: a first-time buyer history is needed");
    }
  }

  /** Column formats settled by the first pass; set before the first row is imported. */
  FormatScan.Decided formats;

  /** The decimal separator of a column, as the first pass settled it. */
  char decimal(String column) {
    return formats.decimal(column, decimal == 0 ? ',' : decimal);
  }

  /** The date and time patterns of a column, as the first pass settled them. */
  DateTimes dates(String column) {
    return formats.dates(column, dates);
  }

  /**
   * A number written in the mapping itself (a default): with the mapping's separator, or, when
   * each column decides, the only way it reads.
   */
  char decimalOfConstant(String text) {
    if (decimal != 0) {
      return decimal;
    }
    return switch (Numbers.readings(text, false)) {
      case DOT -> '.';
      case AMBIGUOUS -> throw new MappingException("the default '" + text + "' reads two ways:"
          + " write it without a thousands separator");
      default -> ',';
    };
  }

  /** Reads a number cell, the message naming the line's column and value when it cannot. */
  static String cellProblem(String column, String value, String why) {
    return "column '" + column + "', value \"" + value + "\": " + why;
  }

  Envelope envelope(String recordId, RecordPayload payload) {
    return Envelope.of(datasetId, organisation, recordId, recordVersion, payload);
  }

  /** Checks an envelope against the contract; the reason lists every violation. */
  String violations(Envelope envelope) {
    List<Violation> found = validator.validate(envelope);
    if (!found.isEmpty()) {
      return envelope.recordType() + " " + envelope.recordId() + ": "
          + found.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }
    List<Plausibility.Finding> implausible = Plausibility.hard(plausibility.check(envelope.toJson()));
    return implausible.isEmpty() ? null : envelope.recordType() + " " + envelope.recordId()
        + ": implausible: " + implausible.stream().map(Plausibility.Finding::toString)
        .collect(Collectors.joining("; "));
  }

  /** A hard occupancy breach of one performance, in words, or null. */
  String occupancy(String performanceId, long capacity, long tickets) {
    Plausibility.Finding f = Plausibility.occupancy(performanceId, capacity, tickets,
        mapping.occupancyTolerancePercent());
    return f != null && f.severity() == Plausibility.Severity.HARD ? "implausible: " + f.message()
        + " (occupancyTolerancePercent in the mapping, or the dataset's tolerance at the hub)" : null;
  }
}
