package org.consortium.hub.identifiers;

import io.quarkus.arc.properties.UnlessBuildProperty;
import jakarta.inject.Singleton;

/**
 * Any SQL:2003 database (the embedded H2): a standard {@code MERGE} that inserts only a new
 * key. The embedded mode has a single consumer, so no concurrent claim can race it.
 */
@Singleton
@UnlessBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
public class PortableIdentifierKeys extends IdentifierKeys {

    @Override
    protected String insertIfAbsentSql() {
        return """
                merge into identifier_key t
                using (values (cast(? as char(1)), cast(? as varchar(64)), cast(? as varchar(16))))
                  as s(kind, match_key, target_id)
                on t.kind = s.kind and t.match_key = s.match_key
                when not matched then insert (kind, match_key, target_id) values (s.kind, s.match_key, s.target_id)
                """;
    }
}
