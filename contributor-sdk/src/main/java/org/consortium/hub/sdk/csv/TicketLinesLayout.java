package org.consortium.hub.sdk.csv;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consortium.hub.sdk.contract.AgeBand;
import org.consortium.hub.sdk.contract.AttendancePayload;
import org.consortium.hub.sdk.contract.Envelope;
import org.consortium.hub.sdk.contract.TariffCategory;

/**
 * One row per ticket line, with buyer details: rows are summed per performance, tariff, buyers'
 * department and age band, so that only counts leave the venue. A performance record is emitted
 * the first time its id is met; the sums are emitted at the end, in the order cells were first
 * met, so the same file always gives the same batches (and idempotency keys).
 *
 * <p>Memory grows with the number of cells, not of rows.
 */
final class TicketLinesLayout implements ExportLayout {

  private static final String NONE = "na";

  private final ImportContext ctx;
  private final MappingFile.TicketSection columns;
  private final PerformanceMapper performances;
  /** Performance id to its date, or to null when its first row was refused (line kept). */
  private final Map<String, LocalDate> dates = new HashMap<>();
  private final Map<String, Long> refusedPerformances = new HashMap<>();
  private final Map<Cell, Sums> cells = new LinkedHashMap<>();

  private record Cell(String performance, TariffCategory tariff, String department, AgeBand age) {}

  private static final class Sums {
    long tickets;
    long revenueCents;
    /** Tickets flagged first-time by the export itself ({@code firstTimeFlag}). */
    long firstTime;
    /** Net tickets per buyer pseudonym ({@code buyerId}), counted once first months are known. */
    Map<String, Long> byBuyer;
  }

  /** Capacity of each performance, to check its tickets over all its lines. */
  private final Map<String, Integer> capacities = new HashMap<>();

  TicketLinesLayout(ImportContext ctx) {
    this.ctx = ctx;
    this.columns = ctx.mapping.tickets();
    this.performances = new PerformanceMapper(ctx);
  }

  @Override
  public void row(Row row, Output out) throws RowRefused {
    PerformanceMapper.Mapped perf = performanceOf(row, out);
    TariffCategory tariff = tariff(row);
    long quantity = columns.quantity() == null || row.value(columns.quantity()) == null ? 1
        : whole(row.value(columns.quantity()), columns.quantity());
    long unitCents = cents(row.value(columns.price()), columns.price());
    String department = department(row);
    AgeBand age = ageBand(row, dates.get(perf.recordId()));
    String buyer = buyer(row);
    boolean flagged = flaggedFirstTime(row);
    Sums sums = cells.computeIfAbsent(new Cell(perf.recordId(), tariff, department, age), c -> new Sums());
    sums.tickets += quantity;
    sums.revenueCents += unitCents * quantity;
    if (flagged && quantity > 0) {
      sums.firstTime += quantity;
    }
    if (buyer != null) {
      YearMonth month = YearMonth.from(dates.get(perf.recordId()));
      if (quantity > 0) {
        ctx.buyers.saw(buyer, month);
      }
      if (sums.byBuyer == null) {
        sums.byBuyer = new HashMap<>();
      }
      sums.byBuyer.merge(buyer, quantity, Long::sum);
    }
  }

  private PerformanceMapper.Mapped performanceOf(Row row, Output out) throws RowRefused {
    PerformanceMapper.Mapped perf = performances.map(row);
    Long refusedAt = refusedPerformances.get(perf.recordId());
    if (refusedAt != null) {
      throw new RowRefused("performance " + perf.recordId() + " was refused at line " + refusedAt);
    }
    if (!dates.containsKey(perf.recordId())) {
      Envelope e = ctx.envelope(perf.recordId(), perf.payload());
      String problem = ctx.violations(e);
      if (problem != null) {
        refusedPerformances.put(perf.recordId(), row.line());
        throw new RowRefused(problem);
      }
      dates.put(perf.recordId(), perf.payload().startDateTime().toLocalDate());
      capacities.put(perf.recordId(), perf.payload().venue().capacity());
      out.emit(List.of(e));
    }
    return perf;
  }

  private TariffCategory tariff(Row row) throws RowRefused {
    String label = row.value(columns.tariff());
    return ctx.tariffs.find(label).orElseThrow(() -> new RowRefused("tariff (column '"
        + columns.tariff() + "'): " + (label == null ? "empty" : "unknown label '" + label
        + "'; add it under 'tariffs:' in the mapping")));
  }

  private String department(Row row) {
    if (columns.postcode() == null) {
      return null;
    }
    return Departments.fromPostcode(row.raw(columns.postcode())).orElse(null);
  }

  private AgeBand ageBand(Row row, LocalDate performanceDate) throws RowRefused {
    if (columns.birthDate() != null) {
      String cell = row.raw(columns.birthDate());
      if (cell == null) {
        return AgeBand.UNKNOWN;
      }
      try {
        return AgeBands.ofBirthDate(ctx.dates(columns.birthDate()).date(cell), performanceDate);
      } catch (IllegalArgumentException e) {
        return AgeBand.UNKNOWN;
      }
    }
    if (columns.age() != null) {
      String cell = row.raw(columns.age());
      if (cell == null) {
        return AgeBand.UNKNOWN;
      }
      try {
        return AgeBands.ofAge(Math.toIntExact(Numbers.parseWhole(cell, ctx.decimal(columns.age()))));
      } catch (NumberFormatException | ArithmeticException e) {
        return AgeBand.UNKNOWN;
      }
    }
    // Lines broken down by department always carry an age band, unknown here, so that the hub
    // never takes one of them for a performance's total line.
    return columns.postcode() != null ? AgeBand.UNKNOWN : null;
  }

  /** The buyer's pseudonym, when the mapping names a buyer id column and the row has one. */
  private String buyer(Row row) {
    if (columns.buyerId() == null) {
      return null;
    }
    String id = row.raw(columns.buyerId());
    return id == null ? null : ctx.buyers.pseudonym(id);
  }

  private boolean flaggedFirstTime(Row row) throws RowRefused {
    if (columns.firstTimeFlag() != null) {
      try {
        return Flags.parse(row.value(columns.firstTimeFlag()));
      } catch (IllegalArgumentException e) {
        throw new RowRefused("column '" + columns.firstTimeFlag() + "': " + e.getMessage());
      }
    }
    return false;
  }

  @Override
  public long heldBack() {
    return cells.size();
  }

  @Override
  public void finish(Output out) {
    boolean counted = columns.buyerId() != null || columns.firstTimeFlag() != null;
    Map<String, Long> perPerformance = new HashMap<>();
    cells.forEach((c, s) -> perPerformance.merge(c.performance(), s.tickets, Long::sum));
    for (Map.Entry<Cell, Sums> entry : cells.entrySet()) {
      Cell c = entry.getKey();
      Sums s = entry.getValue();
      String implausible = ctx.occupancy(c.performance(), capacities.get(c.performance()),
          perPerformance.get(c.performance()));
      if (implausible != null) {
        out.refuse(new RefusedRow(0, "attendance of " + implausible));
        continue;
      }
      if (s.byBuyer != null) {
        YearMonth month = YearMonth.from(dates.get(c.performance()));
        s.byBuyer.forEach((buyer, net) -> {
          if (net > 0 && month.equals(ctx.buyers.firstMonth(buyer))) {
            s.firstTime += net;
          }
        });
      }
      String id = ctx.attendanceId.render(Map.of("performance", c.performance(),
          "tariff", c.tariff().jsonValue(),
          "department", c.department() == null ? NONE : c.department(),
          "ageBand", c.age() == null ? NONE : c.age().jsonValue())::get);
      if (s.tickets > Integer.MAX_VALUE) {
        out.refuse(new RefusedRow(0, "attendance " + id + ": more tickets than a record can hold"));
        continue;
      }
      Envelope e = ctx.envelope(id, AttendancePayload.builder()
          .performanceRecordId(c.performance()).tariffCategory(c.tariff())
          .tickets((int) s.tickets).revenueCents(s.revenueCents).currency(ctx.currency)
          .buyerDepartment(c.department()).ageBand(c.age())
          .firstTimeBuyers(counted ? (int) Math.min(s.firstTime, Math.max(s.tickets, 0)) : null)
          .build());
      String problem = ctx.violations(e);
      if (problem != null) {
        out.refuse(new RefusedRow(0, problem));
      } else {
        out.emit(List.of(e));
      }
    }
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
      throw new RowRefused(column, "", "column '" + column + "': empty, a price was expected");
    }
    try {
      return Numbers.parseCents(cell, ctx.decimal(column));
    } catch (NumberFormatException | ArithmeticException e) {
      throw new RowRefused(column, cell, ImportContext.cellProblem(column, cell, e.getMessage()));
    }
  }
}
