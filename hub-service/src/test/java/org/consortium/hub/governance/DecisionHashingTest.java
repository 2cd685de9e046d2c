package org.consortium.hub.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The canonical form and the chain check, without a database. */
class DecisionHashingTest {

    private static final Instant AT = Instant.parse("2025-03-01T10:15:30.123456Z");
    private static final UUID MOTION = UUID.fromString("00000000-0000-0000-0000-000000000042");

    private static DecisionHashing.Content content(long seq, String outcome) {
        return new DecisionHashing.Content(seq, AT, "ADMIT_MEMBER", "compagnie-x", MOTION, "governance-committee",
                outcome, 3, "{\"lines\":[\"Outcome: " + outcome + ".\"]}");
    }

    @Test
    void theCanonicalFormIsAFixedOrderJsonArray() {
        assertThat(DecisionHashing.canonical(content(7, "ADOPTED"), DecisionHashing.GENESIS)).isEqualTo(
                "[\"decision-log/v1\",7,\"2025-03-01T10:15:30.123456Z\",\"ADMIT_MEMBER\",\"compagnie-x\","
                        + "\"00000000-0000-0000-0000-000000000042\",\"governance-committee\",\"ADOPTED\",3,"
                        + "\"{\\\"lines\\\":[\\\"Outcome: ADOPTED.\\\"]}\",\"" + "0".repeat(64) + "\"]");
    }

    @Test
    void nullsAreWrittenSoThatAbsentAndEmptyDiffer() {
        var withNulls = new DecisionHashing.Content(1, AT, "RULES_CHANGED", null, null, null, "VERSIONED", null, "{}");
        var withEmpty = new DecisionHashing.Content(1, AT, "RULES_CHANGED", "", null, null, "VERSIONED", null, "{}");
        assertThat(DecisionHashing.canonical(withNulls, "p")).contains(",null,null,null,");
        assertThat(DecisionHashing.hash(withNulls, "p")).isNotEqualTo(DecisionHashing.hash(withEmpty, "p"));
    }

    @Test
    void theHashIsStableAndDependsOnEveryFieldAndThePreviousHash() {
        String hash = DecisionHashing.hash(content(7, "ADOPTED"), DecisionHashing.GENESIS);
        assertThat(hash).hasSize(64).matches("[0-9a-f]{64}")
                .isEqualTo(DecisionHashing.hash(content(7, "ADOPTED"), DecisionHashing.GENESIS));
        assertThat(DecisionHashing.hash(content(7, "REJECTED"), DecisionHashing.GENESIS)).isNotEqualTo(hash);
        assertThat(DecisionHashing.hash(content(8, "ADOPTED"), DecisionHashing.GENESIS)).isNotEqualTo(hash);
        assertThat(DecisionHashing.hash(content(7, "ADOPTED"), "1".repeat(64))).isNotEqualTo(hash);
    }

    /** Entries as stored: content, prev hash, hash. */
    private record Row(DecisionHashing.Content content, String prev, String hash) {
    }

    private static List<Row> chain(int n) {
        List<Row> rows = new ArrayList<>();
        String prev = DecisionHashing.GENESIS;
        for (int i = 1; i <= n; i++) {
            var c = content(i, "ADOPTED");
            String hash = DecisionHashing.hash(c, prev);
            rows.add(new Row(c, prev, hash));
            prev = hash;
        }
        return rows;
    }

    private static ChainVerification check(List<Row> rows, long headSeq, String headHash) {
        ChainCheck check = new ChainCheck();
        rows.forEach(r -> check.accept(r.content(), r.prev(), r.hash()));
        return check.finish(headSeq, headHash);
    }

    @Test
    void anIntactChainVerifies() {
        List<Row> rows = chain(5);
        assertThat(check(rows, 5, rows.get(4).hash())).isEqualTo(new ChainVerification(true, 5, null, null));
        assertThat(check(List.of(), 0, DecisionHashing.GENESIS).valid()).isTrue();
    }

    @Test
    void aChangedEntryIsNamed() {
        List<Row> rows = chain(5);
        Row third = rows.get(2);
        rows.set(2, new Row(content(3, "REJECTED"), third.prev(), third.hash()));
        ChainVerification result = check(rows, 5, rows.get(4).hash());
        assertThat(result.valid()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(3);
        assertThat(result.reason()).contains("does not match its hash");
    }

    @Test
    void aRehashedEntryBreaksTheNextLink() {
        List<Row> rows = chain(5);
        Row third = rows.get(2);
        var forged = content(3, "REJECTED");
        rows.set(2, new Row(forged, third.prev(), DecisionHashing.hash(forged, third.prev())));
        assertThat(check(rows, 5, rows.get(4).hash()).firstBrokenSeq()).isEqualTo(4);
    }

    @Test
    void aRemovedEntryAndACutTailAreNamed() {
        List<Row> rows = chain(5);
        List<Row> gap = new ArrayList<>(rows);
        gap.remove(1);
        assertThat(check(gap, 5, rows.get(4).hash()).firstBrokenSeq()).isEqualTo(2);
        List<Row> cut = rows.subList(0, 3);
        ChainVerification result = check(cut, 5, rows.get(4).hash());
        assertThat(result.firstBrokenSeq()).isEqualTo(4);
        assertThat(result.reason()).contains("its head records entry 5");
    }
}
