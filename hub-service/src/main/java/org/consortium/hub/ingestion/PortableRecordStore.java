package org.consortium.hub.ingestion;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.properties.UnlessBuildProperty;
import jakarta.inject.Singleton;

/**
 * Any SQL:2003 database (the embedded H2): a standard {@code MERGE} that inserts a new
 * key and replaces an existing one only with a higher version. The embedded mode has a
 * single consumer, so MERGE's weaker concurrency guarantees are enough there.
 */
@Singleton
@UnlessBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
public class PortableRecordStore extends JdbcRecordStore {

    public PortableRecordStore(AgroalDataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected String upsertSql() {
        return """
                merge into contributed_record t
                using (values (cast(? as varchar(64)), cast(? as varchar(128)), cast(? as varchar(16)), cast(? as int),
                               cast(? as boolean), cast(? as varchar(64)), cast(? as text), cast(? as timestamp with time zone)))
                  as s(dataset_id, record_id, record_type, version, deleted, contributor_org, payload, stored_at)
                on t.dataset_id = s.dataset_id and t.record_id = s.record_id
                when matched and t.version < s.version and t.record_type = s.record_type then update set
                  record_type = s.record_type, version = s.version, deleted = s.deleted,
                  contributor_org = s.contributor_org, payload = s.payload, stored_at = s.stored_at
                when not matched then insert
                  (dataset_id, record_id, record_type, version, deleted, contributor_org, payload, stored_at)
                  values (s.dataset_id, s.record_id, s.record_type, s.version, s.deleted, s.contributor_org, s.payload, s.stored_at)
                """;
    }

    @Override
    public String dialect() {
        return "portable";
    }
}
