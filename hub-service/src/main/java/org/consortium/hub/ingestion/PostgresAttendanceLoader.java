package org.consortium.hub.ingestion;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;

/**
 * PostgreSQL bulk load of attendance records: the batch is copied (COPY, one round trip) into
 * a temporary staging table, then a handful of set-based statements do for every record at
 * once what {@link RecordApplier} does for one: store the versions that are higher than the
 * stored ones, take the replaced lines' counts out of the rollups, replace the facts, and put
 * the new lines' counts in. A batch costs about ten statements whatever its size, instead of
 * five or six per record.
 *
 * <p>Within a batch only the highest version of a record counts (the first of equal
 * versions), which is what applying the records one after the other would leave.
 */
@Singleton
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
class PostgresAttendanceLoader implements AttendanceLoader {

    /** Staging tables: private to the connection, emptied at every commit. */
    private static final String STAGING = """
            create temporary table if not exists incoming_attendance (
              dataset_id varchar(64) not null, record_id varchar(128) not null, version int not null,
              deleted boolean not null, contributor_org varchar(64) not null, payload text,
              performance_record_id varchar(128), tariff_category varchar(32), buyer_department varchar(3),
              age_band varchar(16), tickets int, revenue_cents bigint, first_time_buyers int,
              applied boolean not null default false
            ) on commit delete rows;
            create temporary table if not exists attendance_delta (
              dataset_id varchar(64), venue_org varchar(64), period_month date, genre varchar(32),
              production_id varchar(16), tariff_category varchar(32), buyer_department varchar(3),
              age_band varchar(16), tickets bigint, revenue_cents bigint, first_time_buyers bigint,
              free_tickets bigint, lines bigint
            ) on commit delete rows""";

    private static final String COPY = "copy incoming_attendance (dataset_id, record_id, version, deleted, "
            + "contributor_org, payload, performance_record_id, tariff_category, buyer_department, age_band, tickets, "
            + "revenue_cents, first_time_buyers) from stdin (format csv)";

    /** Takes out of the batch the lines whose id names a stored record of another type. */
    private static final String WITHDRAW_OTHER_TYPES = """
            delete from incoming_attendance i using contributed_record r
            where r.dataset_id = i.dataset_id and r.record_id = i.record_id and r.record_type <> 'attendance'
            returning i.dataset_id, i.record_id, r.record_type""";

    /** Records of the batch whose stored version is as high or higher: they change nothing. */
    private static final String NOT_NEWER = """
            select i.dataset_id, i.record_id, r.version, r.deleted, r.payload
            from incoming_attendance i join contributed_record r
              on r.dataset_id = i.dataset_id and r.record_id = i.record_id
            where r.version >= i.version""";

    /** Stores the records whose version is higher than the stored one, and marks them applied. */
    private static final String STORE_RECORDS = """
            with stored as (
              insert into contributed_record
                (dataset_id, record_id, record_type, version, deleted, contributor_org, payload, stored_at)
              select dataset_id, record_id, 'attendance', version, deleted, contributor_org, payload, now()
              from incoming_attendance
              on conflict (dataset_id, record_id) do update set
                record_type = excluded.record_type, version = excluded.version, deleted = excluded.deleted,
                contributor_org = excluded.contributor_org, payload = excluded.payload, stored_at = excluded.stored_at
              where contributed_record.version < excluded.version
              returning dataset_id, record_id)
            update incoming_attendance i set applied = true
            from stored s where s.dataset_id = i.dataset_id and s.record_id = i.record_id""";

    private static final String DELTA_COLUMNS = "dataset_id, venue_org, period_month, genre, production_id, "
            + "tariff_category, buyer_department, age_band, tickets, revenue_cents, first_time_buyers, free_tickets, lines";

    /** Removes the facts of replaced lines; the counted ones leave the rollups (negative deltas). */
    private static final String TAKE_OUT_REPLACED = """
            with replaced as (
              delete from attendance_fact a using incoming_attendance i
              where i.applied and a.dataset_id = i.dataset_id and a.record_id = i.record_id
              returning a.*)
            insert into attendance_delta (%s)
            select r.dataset_id, p.venue_org, p.period_month, p.genre, p.production_id, r.tariff_category,
              r.buyer_department, r.age_band, -r.tickets, -r.revenue_cents, -r.first_time_buyers,
              case when r.tariff_category = '%s' then -r.tickets else 0 end, -1
            from replaced r join performance_fact p
              on p.dataset_id = r.dataset_id and p.record_id = r.performance_record_id
            where r.rolled""".formatted(DELTA_COLUMNS, AttendanceRollup.FREE_TARIFF);

    /** Inserts the new lines' facts, counted when their performance is live (positive deltas). */
    private static final String PUT_IN_NEW = """
            with added as (
              insert into attendance_fact (dataset_id, record_id, performance_record_id, tariff_category,
                buyer_department, age_band, tickets, revenue_cents, first_time_buyers, rolled)
              select i.dataset_id, i.record_id, i.performance_record_id, i.tariff_category, i.buyer_department,
                i.age_band, i.tickets, i.revenue_cents, i.first_time_buyers,
                exists (select 1 from performance_fact p
                        where p.dataset_id = i.dataset_id and p.record_id = i.performance_record_id)
              from incoming_attendance i where i.applied and not i.deleted
              returning *)
            insert into attendance_delta (%s)
            select n.dataset_id, p.venue_org, p.period_month, p.genre, p.production_id, n.tariff_category,
              n.buyer_department, n.age_band, n.tickets, n.revenue_cents, n.first_time_buyers,
              case when n.tariff_category = '%s' then n.tickets else 0 end, 1
            from added n join performance_fact p
              on p.dataset_id = n.dataset_id and p.record_id = n.performance_record_id
            where n.rolled""".formatted(DELTA_COLUMNS, AttendanceRollup.FREE_TARIFF);

    private final PostgresRollupStore rollups;

    PostgresAttendanceLoader(PostgresRollupStore rollups) {
        this.rollups = rollups;
    }

    @Override
    public List<RecordStore.Upsert> load(Connection c, List<CheckedRecord> records) throws SQLException {
        if (records.isEmpty()) {
            return List.of();
        }
        try (Statement s = c.createStatement()) {
            s.execute(STAGING);
        }
        Map<List<String>, CheckedRecord> latest = latestVersions(records);
        copy(c, latest.values());
        Map<List<String>, RecordStore.Upsert> notApplied = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(WITHDRAW_OTHER_TYPES)) {
            while (rs.next()) {
                notApplied.put(List.of(rs.getString(1), rs.getString(2)), RecordStore.Upsert.OTHER_TYPE);
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(NOT_NEWER)) {
            while (rs.next()) {
                List<String> key = List.of(rs.getString(1), rs.getString(2));
                StoredRecord sent = latest.get(key).record();
                StoredRecord stored = new StoredRecord(sent.datasetId(), sent.recordId(), "attendance",
                        rs.getInt(3), rs.getBoolean(4), sent.contributor(), rs.getString(5));
                notApplied.put(key, RecordStore.unchangedBy(stored, sent));
            }
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate(STORE_RECORDS);
            int takenOut = s.executeUpdate(TAKE_OUT_REPLACED);
            s.executeUpdate(PUT_IN_NEW);
            // Only replaced lines can bring a rollup row back to zero lines.
            rollups.addStaged(c, "attendance_delta", takenOut > 0);
        }
        // Each record's outcome: the one loaded is applied unless the store said otherwise;
        // another of the same key in the batch changed nothing, compared with the one loaded.
        List<RecordStore.Upsert> outcomes = new ArrayList<>();
        for (CheckedRecord r : records) {
            List<String> key = AttendanceLoader.key(r.record());
            CheckedRecord loaded = latest.get(key);
            if (loaded == r) {
                outcomes.add(notApplied.getOrDefault(key, RecordStore.Upsert.APPLIED));
            } else {
                outcomes.add(RecordStore.unchangedBy(loaded.record(), r.record()));
            }
        }
        return outcomes;
    }

    /** One record per key: the highest version, the first of equal ones. */
    private static Map<List<String>, CheckedRecord> latestVersions(List<CheckedRecord> records) {
        Map<List<String>, CheckedRecord> latest = new LinkedHashMap<>();
        for (CheckedRecord r : records) {
            latest.merge(AttendanceLoader.key(r.record()), r,
                    (kept, next) -> next.record().version() > kept.record().version() ? next : kept);
        }
        return latest;
    }

    private static void copy(Connection c, Iterable<CheckedRecord> records) throws SQLException {
        StringBuilder csv = new StringBuilder();
        for (CheckedRecord checked : records) {
            StoredRecord r = checked.record();
            Facts.Attendance line = r.deleted() ? null : RecordApplier.attendanceOf(r, checked.payload());
            field(csv, r.datasetId()).append(',');
            field(csv, r.recordId()).append(',').append(r.version()).append(',').append(r.deleted()).append(',');
            field(csv, r.contributor()).append(',');
            field(csv, r.payload()).append(',');
            if (line == null) {
                csv.append(",,,,,,");
            } else {
                field(csv, line.performanceRecordId()).append(',');
                field(csv, line.tariff()).append(',');
                field(csv, line.department()).append(',');
                field(csv, line.ageBand()).append(',');
                csv.append(line.tickets()).append(',').append(line.revenueCents()).append(',')
                        .append(line.firstTimeBuyers());
            }
            csv.append('\n');
        }
        try {
            c.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn(COPY, new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new SQLException("Could not stream the batch to PostgreSQL", "08006", e);
        }
    }

    /** A CSV field: quoted, so that an empty string stays a string and only a missing value is NULL. */
    private static StringBuilder field(StringBuilder csv, String value) {
        if (value != null) {
            csv.append('"').append(value.replace("\"", "\"\"")).append('"');
        }
        return csv;
    }
}
