package org.consortium.hub.ingestion;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.inject.Singleton;

/**
 * PostgreSQL: one atomic {@code INSERT ... ON CONFLICT DO UPDATE ... WHERE}, safe when
 * several hub replicas store the same key at once (a standard MERGE is not: PostgreSQL
 * may raise a unique violation when two MERGEs insert the same new key concurrently).
 */
@Singleton
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
public class PostgresRecordStore extends JdbcRecordStore {

    public PostgresRecordStore(AgroalDataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected String upsertSql() {
        return """
                insert into contributed_record
                  (dataset_id, record_id, record_type, version, deleted, contributor_org, payload, stored_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (dataset_id, record_id) do update set
                  record_type = excluded.record_type, version = excluded.version, deleted = excluded.deleted,
                  contributor_org = excluded.contributor_org, payload = excluded.payload, stored_at = excluded.stored_at
                where contributed_record.version < excluded.version
                  and contributed_record.record_type = excluded.record_type
                """;
    }

    @Override
    public String dialect() {
        return "postgresql";
    }
}
