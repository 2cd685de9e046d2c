package org.consortium.hub.ingestion;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.inject.Singleton;

/** PostgreSQL: atomic increments with INSERT ... ON CONFLICT, safe across hub replicas. */
@Singleton
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
public class PostgresRollupStore extends RollupStore {

    @Override
    protected String incrementAttendanceSql() {
        return """
                insert into attendance_rollup (dataset_id, venue_org, period_month, genre, tariff_category,
                  buyer_department, age_band, tickets, revenue_cents, first_time_buyers, lines)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (dataset_id, venue_org, period_month, genre, tariff_category, buyer_department, age_band)
                do update set tickets = attendance_rollup.tickets + excluded.tickets,
                  revenue_cents = attendance_rollup.revenue_cents + excluded.revenue_cents,
                  first_time_buyers = attendance_rollup.first_time_buyers + excluded.first_time_buyers,
                  lines = attendance_rollup.lines + excluded.lines
                """;
    }

    @Override
    protected String incrementPerformanceSql() {
        return """
                insert into performance_rollup (dataset_id, venue_org, period_month, genre, performances, capacity)
                values (?, ?, ?, ?, ?, ?)
                on conflict (dataset_id, venue_org, period_month, genre)
                do update set performances = performance_rollup.performances + excluded.performances,
                  capacity = performance_rollup.capacity + excluded.capacity
                """;
    }
}
