package org.consortium.hub.ingestion;

import io.quarkus.arc.properties.UnlessBuildProperty;
import jakarta.inject.Singleton;

/** Any SQL:2003 database (the embedded H2): increments with a standard MERGE. */
@Singleton
@UnlessBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
public class PortableRollupStore extends RollupStore {

    @Override
    protected String incrementAttendanceSql() {
        return """
                merge into attendance_rollup t
                using (values (cast(? as varchar(64)), cast(? as varchar(64)), cast(? as date), cast(? as varchar(32)),
                               cast(? as varchar(32)), cast(? as varchar(3)), cast(? as varchar(16)),
                               cast(? as bigint), cast(? as bigint), cast(? as bigint), cast(? as bigint)))
                  as s(dataset_id, venue_org, period_month, genre, tariff_category, buyer_department, age_band,
                       tickets, revenue_cents, first_time_buyers, lines)
                on t.dataset_id = s.dataset_id and t.venue_org = s.venue_org and t.period_month = s.period_month
                  and t.genre = s.genre and t.tariff_category = s.tariff_category
                  and t.buyer_department = s.buyer_department and t.age_band = s.age_band
                when matched then update set tickets = t.tickets + s.tickets,
                  revenue_cents = t.revenue_cents + s.revenue_cents,
                  first_time_buyers = t.first_time_buyers + s.first_time_buyers, lines = t.lines + s.lines
                when not matched then insert (dataset_id, venue_org, period_month, genre, tariff_category,
                  buyer_department, age_band, tickets, revenue_cents, first_time_buyers, lines)
                  values (s.dataset_id, s.venue_org, s.period_month, s.genre, s.tariff_category, s.buyer_department,
                          s.age_band, s.tickets, s.revenue_cents, s.first_time_buyers, s.lines)
                """;
    }

    @Override
    protected String incrementPerformanceSql() {
        return """
                merge into performance_rollup t
                using (values (cast(? as varchar(64)), cast(? as varchar(64)), cast(? as date), cast(? as varchar(32)),
                               cast(? as bigint), cast(? as bigint)))
                  as s(dataset_id, venue_org, period_month, genre, performances, capacity)
                on t.dataset_id = s.dataset_id and t.venue_org = s.venue_org and t.period_month = s.period_month
                  and t.genre = s.genre
                when matched then update set performances = t.performances + s.performances,
                  capacity = t.capacity + s.capacity
                when not matched then insert (dataset_id, venue_org, period_month, genre, performances, capacity)
                  values (s.dataset_id, s.venue_org, s.period_month, s.genre, s.performances, s.capacity)
                """;
    }
}
