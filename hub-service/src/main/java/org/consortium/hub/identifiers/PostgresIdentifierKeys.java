package org.consortium.hub.identifiers;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.inject.Singleton;

/**
 * PostgreSQL: {@code ON CONFLICT DO NOTHING} waits for a concurrent transaction claiming the
 * same key and then leaves its row alone, so the following read sees the winner's id.
 */
@Singleton
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
public class PostgresIdentifierKeys extends IdentifierKeys {

    @Override
    protected String insertIfAbsentSql() {
        return "insert into identifier_key (kind, match_key, target_id) values (?, ?, ?) "
                + "on conflict (kind, match_key) do nothing";
    }
}
