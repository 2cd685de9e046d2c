package org.consortium.hub.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One contract for both {@link RecordStore} implementations: surefire runs it on the
 * embedded H2 database (portable MERGE), the real-stack run on PostgreSQL (ON CONFLICT).
 */
@QuarkusTest
class RecordStoreContractTest {

    @Inject
    RecordStore store;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    private String dataset;

    @BeforeEach
    void freshDataset() {
        dataset = "ds-" + UUID.randomUUID();
    }

    private StoredRecord record(String id, int version, boolean deleted, String payload) {
        return new StoredRecord(dataset, id, "performance", version, deleted, "theatre-du-nord", payload);
    }

    @Test
    void theImplementationMatchesTheDatabase() {
        assertThat(store.dialect()).isEqualTo(dbKind.equals("postgresql") ? "postgresql" : "portable");
    }

    @Test
    @Transactional
    void aNewRecordIsInserted() {
        assertThat(store.upsert(record("r1", 1, false, "{\"a\":1}"))).isEqualTo(RecordStore.Upsert.APPLIED);
        assertThat(store.find(dataset, "r1")).hasValueSatisfying(r -> {
            assertThat(r.version()).isEqualTo(1);
            assertThat(r.payload()).isEqualTo("{\"a\":1}");
            assertThat(r.contributor()).isEqualTo("theatre-du-nord");
        });
        assertThat(store.countLive(dataset)).isEqualTo(1);
    }

    @Test
    @Transactional
    void theSameVersionAgainChangesNothingAndOtherFiguresAtItAreAConflict() {
        store.upsert(record("r1", 1, false, "{\"a\":1,\"b\":2}"));
        // a resend, keys in another order: the same content
        assertThat(store.upsert(record("r1", 1, false, "{\"b\":2,\"a\":1}"))).isEqualTo(RecordStore.Upsert.UNCHANGED);
        // a correction that forgot to raise the version
        assertThat(store.upsert(record("r1", 1, false, "{\"a\":2,\"b\":2}"))).isEqualTo(RecordStore.Upsert.CONFLICT);
        assertThat(store.upsert(record("r1", 1, true, null))).isEqualTo(RecordStore.Upsert.CONFLICT);
        assertThat(store.find(dataset, "r1").orElseThrow().payload()).isEqualTo("{\"a\":1,\"b\":2}");
    }

    @Test
    @Transactional
    void aHigherVersionReplacesAndALowerOneIsIgnored() {
        store.upsert(record("r1", 1, false, "{\"a\":1}"));
        assertThat(store.upsert(record("r1", 3, false, "{\"a\":3}"))).isEqualTo(RecordStore.Upsert.APPLIED);
        assertThat(store.upsert(record("r1", 2, false, "{\"a\":2}"))).isEqualTo(RecordStore.Upsert.STALE);
        StoredRecord kept = store.find(dataset, "r1").orElseThrow();
        assertThat(kept.version()).isEqualTo(3);
        assertThat(kept.payload()).isEqualTo("{\"a\":3}");
    }

    @Test
    @Transactional
    void aDeletionRemovesTheRecordFromLiveCounts() {
        store.upsert(record("r1", 1, false, "{}"));
        store.upsert(record("r2", 1, false, "{}"));
        assertThat(store.upsert(record("r1", 2, true, null))).isEqualTo(RecordStore.Upsert.APPLIED);
        assertThat(store.countLive(dataset)).isEqualTo(1);
        assertThat(store.find(dataset, "r1").orElseThrow().deleted()).isTrue();
    }

    @Test
    @Transactional
    void anIdNamingARecordOfAnotherTypeChangesNothing() {
        store.upsert(record("r1", 1, false, "{\"a\":1}"));
        StoredRecord sameIdOtherType = new StoredRecord(dataset, "r1", "attendance", 5, false, "theatre-du-nord", "{}");
        assertThat(store.upsert(sameIdOtherType)).isEqualTo(RecordStore.Upsert.OTHER_TYPE);
        StoredRecord kept = store.find(dataset, "r1").orElseThrow();
        assertThat(kept.recordType()).isEqualTo("performance");
        assertThat(kept.version()).isEqualTo(1);
    }

    @Test
    @Transactional
    void recordsOfOtherDatasetsAreSeparate() {
        store.upsert(record("r1", 1, false, "{}"));
        assertThat(store.find("other-" + dataset, "r1")).isEmpty();
        assertThat(store.countLive("other-" + dataset)).isZero();
    }
}
