package org.consortium.hub.ingestion;

import io.quarkus.arc.properties.UnlessBuildProperty;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.stream.Collectors;

/** Any SQL:2003 database (the embedded H2): increments with a standard MERGE. */
@Singleton
@UnlessBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
public class PortableRollupStore extends RollupStore {

    @Override
    protected String incrementSql(String table, List<String> key, List<String> measures) {
        String values = key.stream().map(k -> "cast(? as " + COLUMN_TYPES.get(k) + ")").collect(Collectors.joining(", "))
                + ", cast(? as bigint)".repeat(measures.size());
        String columns = String.join(", ", key) + ", " + String.join(", ", measures);
        return "merge into " + table + " t using (values (" + values + ")) as s(" + columns + ") on "
                + key.stream().map(k -> "t." + k + " = s." + k).collect(Collectors.joining(" and "))
                + " when matched then update set "
                + measures.stream().map(m -> m + " = t." + m + " + s." + m).collect(Collectors.joining(", "))
                + " when not matched then insert (" + columns + ") values ("
                + key.stream().map(k -> "s." + k).collect(Collectors.joining(", ")) + ", "
                + measures.stream().map(m -> "s." + m).collect(Collectors.joining(", ")) + ")";
    }
}
