package org.consortium.hub.policies.voting;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The written rules a voting body decides by. Immutable; round-trips through JSON (the service
 * stores each rule version as JSON). Missing optional parts take their defaults: weighting
 * {@link Weighting#HEADS}, {@link Abstentions#DEFAULT}, no colleges, {@link ShareBounds#SCIC}.
 * Quorum, majority and tie-break have no default; a missing one is reported by
 * {@link #validate()} rather than thrown here, so that a stored document can be inspected.
 *
 * <h2>Weights</h2>
 * <ul>
 *   <li>{@link Weighting#HEADS}: every ballot weighs 1; the eligible weight is the seat count.</li>
 *   <li>{@link Weighting#SEAT_WEIGHTS}: a ballot weighs its seat's weight; the eligible weight is
 *       the sum of all seats' weights.</li>
 *   <li>{@link Weighting#COLLEGES} (SCIC practice): a college's share is divided equally among the
 *       seats of that college <b>that cast a ballot</b> (yes, no or abstain). A college whose
 *       seats all stay away carries no weight in the decision; one whose members abstain carries
 *       abstention weight, which stays out of the majority base by default. The eligible weight is
 *       the sum of the shares of colleges that have at least one seat (1 when every college has
 *       seats): the share of a college with no seat is, in effect, redistributed in proportion.</li>
 * </ul>
 *
 * <h2>Quorum</h2>
 * A quorum is reached when participation is <b>at least</b> the quorum fraction. On
 * {@link QuorumBasis#SEATS} participation is the number of seats whose ballot counts towards
 * quorum, out of all seats. On {@link QuorumBasis#WEIGHT} it is the voting power those seats hold
 * in the body, out of the eligible weight: under colleges each seat's voting power is its
 * college's share divided among <b>all</b> the college's seats, so that a college brings its full
 * share to the quorum only when all its seats take part. (Measuring turnout with the shares as
 * divided among the voters would let a single member carry a whole college into the quorum.)
 * Quorum on seats is only allowed when the vote counts heads: a weighted body must not be quorate
 * by heads alone.
 *
 * <h2>Majority</h2>
 * See {@link MajorityKind}: simple and absolute need <b>more than</b> half, qualified needs
 * <b>at least</b> p/q, unanimity needs every counted vote to be yes, consent needs no NO ballot.
 * A vote where no yes or no was cast (every ballot abstained, or none at all) adopts nothing,
 * except under consent. Ties: see {@link TieBreak}.
 *
 * @param weighting          how much each ballot weighs
 * @param quorum             the participation required
 * @param majority           the majority required
 * @param abstentions        how abstentions count
 * @param colleges           the colleges, only with {@link Weighting#COLLEGES}
 * @param collegeShareBounds inclusive bounds each college share must lie within
 * @param tieBreak           what a tie leads to
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VotingRules(
        Weighting weighting,
        Quorum quorum,
        Majority majority,
        Abstentions abstentions,
        List<College> colleges,
        ShareBounds collegeShareBounds,
        TieBreak tieBreak) {

    public VotingRules {
        weighting = weighting == null ? Weighting.HEADS : weighting;
        abstentions = abstentions == null ? Abstentions.DEFAULT : abstentions;
        // Copy without List.copyOf: a null element from a malformed document must reach the
        // validator as a violation, not fail here.
        colleges = colleges == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(colleges));
        collegeShareBounds = collegeShareBounds == null ? ShareBounds.SCIC : collegeShareBounds;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Violations of these rules on their own (see {@link RulesValidator#validate(VotingRules, List)} for the seats too). */
    public List<Violation> validate() {
        return RulesValidator.validate(this);
    }

    /** A builder; {@link #build()} does not validate, {@link #buildValid()} does. */
    public static final class Builder {
        private Weighting weighting = Weighting.HEADS;
        private Quorum quorum;
        private Majority majority;
        private Abstentions abstentions = Abstentions.DEFAULT;
        private final List<College> colleges = new ArrayList<>();
        private ShareBounds collegeShareBounds = ShareBounds.SCIC;
        private TieBreak tieBreak;

        private Builder() {
        }

        public Builder weighting(Weighting value) {
            this.weighting = value;
            return this;
        }

        public Builder quorum(Quorum value) {
            this.quorum = value;
            return this;
        }

        public Builder majority(Majority value) {
            this.majority = value;
            return this;
        }

        public Builder abstentions(Abstentions value) {
            this.abstentions = value;
            return this;
        }

        /** Adds a college and switches the weighting to {@link Weighting#COLLEGES}. */
        public Builder college(String id, Fraction share) {
            this.colleges.add(new College(id, share));
            this.weighting = Weighting.COLLEGES;
            return this;
        }

        public Builder collegeShareBounds(ShareBounds value) {
            this.collegeShareBounds = value;
            return this;
        }

        public Builder tieBreak(TieBreak value) {
            this.tieBreak = value;
            return this;
        }

        public VotingRules build() {
            return new VotingRules(weighting, quorum, majority, abstentions, colleges, collegeShareBounds, tieBreak);
        }

        /** Builds and validates the rules on their own. @throws InvalidRulesException listing every violation */
        public VotingRules buildValid() {
            VotingRules rules = build();
            RulesValidator.requireValid(rules);
            return rules;
        }
    }
}
