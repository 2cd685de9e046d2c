package org.consortium.hub.policies.voting;

/**
 * The kinds of majority. Below, <i>yes</i>, <i>no</i> and <i>abstain</i> are weights (heads
 * under {@link Weighting#HEADS}); the <i>votes-cast base</i> is yes + no, plus abstain when
 * {@link Abstentions#countInMajorityBase()} is set; <i>eligible</i> is the whole body's weight.
 */
public enum MajorityKind {
    /** Yes <b>more than</b> half of the votes-cast base (yes &gt; no with the default base). */
    SIMPLE,
    /** Yes <b>more than</b> half of the eligible weight, whoever voted. */
    ABSOLUTE,
    /** Yes <b>at least</b> p/q of the votes-cast base or of the eligible weight. */
    QUALIFIED,
    /**
     * Every vote in the votes-cast base is yes, and there is at least one. By default an
     * abstention therefore does not break unanimity (the abstainer stands aside); with
     * abstentions counted in the base, one abstention breaks it. Absent seats never break it
     * (quorum guards attendance).
     */
    UNANIMITY,
    /**
     * Adopted when nobody objects: no ballot is NO, whatever its weight. Abstentions and yes
     * votes are both "no objection"; a quorate vote where every ballot abstains is adopted.
     */
    CONSENT
}
