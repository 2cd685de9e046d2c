package org.consortium.hub.sdk.csv;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.consortium.hub.sdk.contract.ContractValidator;
import org.consortium.hub.sdk.contract.Envelope;
import org.consortium.hub.sdk.contract.Genre;
import org.consortium.hub.sdk.contract.RecordPayload;
import org.consortium.hub.sdk.contract.TariffCategory;
import org.consortium.hub.sdk.contract.Violation;

/** Everything derived once from a mapping and settings, shared by the layouts. */
final class ImportContext {

  final MappingFile mapping;
  final String datasetId;
  final String organisation;
  final int recordVersion;
  final char decimal;
  final String currency;
  final DateTimes dates;
  final Labels<Genre> genres;
  final Labels<TariffCategory> tariffs;
  final RecordIdTemplate performanceId;
  final RecordIdTemplate attendanceId;
  final ContractValidator validator;
  final FirstTimeBuyers buyers;

  ImportContext(MappingFile mapping, ImportSettings settings, ContractValidator validator) {
    this.mapping = mapping;
    this.datasetId = settings.datasetId();
    this.organisation = settings.organisation() != null ? settings.organisation() : mapping.organisation();
    if (organisation == null || organisation.isBlank()) {
      throw new MappingException("no organisation: set 'organisation' in the mapping or pass it");
    }
    this.recordVersion = settings.recordVersion() != null ? settings.recordVersion() : mapping.recordVersion();
    this.decimal = mapping.formats().decimalSeparator().charAt(0);
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

  Envelope envelope(String recordId, RecordPayload payload) {
    return Envelope.of(datasetId, organisation, recordId, recordVersion, payload);
  }

  /** Checks an envelope against the contract; the reason lists every violation. */
  String violations(Envelope envelope) {
    List<Violation> found = validator.validate(envelope);
    return found.isEmpty() ? null
        : envelope.recordType() + " " + envelope.recordId() + ": "
            + found.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }
}
