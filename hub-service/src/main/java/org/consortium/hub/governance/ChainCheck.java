package org.consortium.hub.governance;

/**
 * Walks the decision chain in sequence order and remembers the first entry that does not
 * hold: a gap in the sequence, a previous-hash that is not the preceding entry's hash, or a
 * stored hash that does not match the entry's content. Pure logic, fed by {@link DecisionLog}.
 */
final class ChainCheck {

    private long expectedSeq = 1;
    private String expectedPrev = DecisionHashing.GENESIS;
    private long entries;
    private Long firstBrokenSeq;
    private String reason;

    void accept(DecisionHashing.Content content, String prevHash, String hash) {
        entries++;
        if (firstBrokenSeq == null) {
            if (content.seq() != expectedSeq) {
                breakAt(expectedSeq, "entry " + expectedSeq + " is missing");
            } else if (!expectedPrev.equals(prevHash)) {
                breakAt(content.seq(), "entry " + content.seq() + " does not point at the previous entry's hash");
            } else if (!DecisionHashing.hash(content, prevHash).equals(hash)) {
                breakAt(content.seq(), "entry " + content.seq() + " does not match its hash: its content was changed");
            }
        }
        expectedSeq = content.seq() + 1;
        expectedPrev = hash;
    }

    /** Compares the end of the chain with the head row, which notices entries removed from the end. */
    ChainVerification finish(long headSeq, String headHash) {
        if (firstBrokenSeq == null && (expectedSeq - 1 != headSeq || !expectedPrev.equals(headHash))) {
            long last = expectedSeq - 1;
            breakAt(last < headSeq ? expectedSeq : last > headSeq ? headSeq + 1 : last,
                    "the log ends at entry " + last + " but its head records entry " + headSeq
                            + (last == headSeq ? " with another hash" : ""));
        }
        return new ChainVerification(firstBrokenSeq == null, entries, firstBrokenSeq, reason);
    }

    private void breakAt(long seq, String why) {
        firstBrokenSeq = seq;
        reason = why;
    }
}
