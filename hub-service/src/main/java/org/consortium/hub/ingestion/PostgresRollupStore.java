package org.consortium.hub.ingestion;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * PostgreSQL: atomic increments with INSERT ... ON CONFLICT, safe across hub replicas; and
 * the set-based form used by the bulk load, which adds the sums of a whole staging table of
 * deltas in one statement per rollup table.
 */
@Singleton
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
public class PostgresRollupStore extends RollupStore {

    @Override
    protected String incrementSql(String table, List<String> key, List<String> measures) {
        return "insert into " + table + " (" + String.join(", ", key) + ", " + String.join(", ", measures) + ") values ("
                + "?, ".repeat(key.size() + measures.size() - 1) + "?) " + onConflict(table, key, measures);
    }

    /**
     * Adds the rows of a staging table of attendance deltas (at the finest grain, columns
     * named as in the rollups) to every attendance rollup, then, when some deltas take lines
     * out, removes the rows they emptied.
     */
    void addStaged(Connection c, String deltaTable, boolean takesLinesOut) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (AttendanceRollup rollup : AttendanceRollup.values()) {
                String key = String.join(", ", rollup.key());
                String sums = AttendanceRollup.MEASURES.stream().map(m -> "sum(" + m + ")").collect(Collectors.joining(", "));
                s.addBatch("insert into " + rollup.table() + " (" + key + ", " + String.join(", ", AttendanceRollup.MEASURES)
                        + ") select " + key + ", " + sums + " from " + deltaTable + " group by " + key + " "
                        + onConflict(rollup.table(), rollup.key(), AttendanceRollup.MEASURES));
                if (!takesLinesOut) {
                    continue;
                }
                s.addBatch("delete from " + rollup.table() + " t using (select distinct " + key + " from " + deltaTable
                        + ") d where " + rollup.key().stream().map(k -> "t." + k + " = d." + k)
                        .collect(Collectors.joining(" and ")) + " and t.lines = 0");
            }
            s.executeBatch();
        }
    }

    private static String onConflict(String table, List<String> key, List<String> measures) {
        return "on conflict (" + String.join(", ", key) + ") do update set "
                + measures.stream().map(m -> m + " = " + table + "." + m + " + excluded." + m)
                .collect(Collectors.joining(", "));
    }
}
