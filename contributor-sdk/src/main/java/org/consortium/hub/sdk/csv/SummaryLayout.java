package org.consortium.hub.sdk.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.consortium.hub.sdk.contract.AttendancePayload;
import org.consortium.hub.sdk.contract.Envelope;
import org.consortium.hub.sdk.contract.RecordType;
import org.consortium.hub.sdk.contract.TariffCategory;

/**
 * One row per performance with a pair of columns per tariff (a box-office summary): each row
 * gives a performance record and one attendance record per tariff whose tickets cell is filled.
 * Zero counts are sent too, so that a corrected export can bring a tariff back to zero.
 */
final class SummaryLayout implements ExportLayout {

  private final ImportContext ctx;
  private final PerformanceMapper performances;

  SummaryLayout(ImportContext ctx) {
    this.ctx = ctx;
    this.performances = new PerformanceMapper(ctx);
  }

  @Override
  public void row(Row row, Output out) throws RowRefused {
    PerformanceMapper.Mapped perf = performances.map(row);
    List<Envelope> records = new ArrayList<>();
    records.add(checked(ctx.envelope(perf.recordId(), perf.payload())));
    for (MappingFile.TariffColumns t : ctx.mapping.attendance().tariffColumns()) {
      String ticketsCell = row.value(t.tickets());
      if (ticketsCell == null) {
        continue;
      }
      TariffCategory tariff = TariffCategory.fromJson(t.tariff());
      long tickets = whole(ticketsCell, t.tickets());
      long revenue = t.revenue() == null ? 0 : cents(row.value(t.revenue()), t.revenue());
      Integer firstTime = t.firstTimeBuyers() == null || row.value(t.firstTimeBuyers()) == null
          ? null : (int) whole(row.value(t.firstTimeBuyers()), t.firstTimeBuyers());
      String id = ctx.attendanceId.render(Map.of("performance", perf.recordId(),
          "tariff", tariff.jsonValue(), "department", "all", "ageBand", "all")::get);
      records.add(checked(ctx.envelope(id, AttendancePayload.builder()
          .performanceRecordId(perf.recordId()).tariffCategory(tariff)
          .tickets((int) tickets).revenueCents(revenue).currency(ctx.currency)
          .firstTimeBuyers(firstTime).build())));
    }
    long total = records.stream().filter(e -> e.recordType() == RecordType.ATTENDANCE)
        .mapToLong(e -> e.payload().path("tickets").asLong()).sum();
    String implausible = ctx.occupancy(perf.recordId(), perf.payload().venue().capacity(), total);
    if (implausible != null) {
      throw new RowRefused(implausible);
    }
    out.emit(records);
  }

  private Envelope checked(Envelope e) throws RowRefused {
    String problem = ctx.violations(e);
    if (problem != null) {
      throw new RowRefused(problem);
    }
    return e;
  }

  private long whole(String cell, String column) throws RowRefused {
    try {
      return Numbers.parseWhole(cell, ctx.decimal(column));
    } catch (NumberFormatException e) {
      throw new RowRefused(column, cell, ImportContext.cellProblem(column, cell, e.getMessage()));
    }
  }

  private long cents(String cell, String column) throws RowRefused {
    if (cell == null) {
      return 0;
    }
    try {
      return Numbers.parseCents(cell, ctx.decimal(column));
    } catch (NumberFormatException | ArithmeticException e) {
      throw new RowRefused(column, cell, ImportContext.cellProblem(column, cell, e.getMessage()));
    }
  }
}
