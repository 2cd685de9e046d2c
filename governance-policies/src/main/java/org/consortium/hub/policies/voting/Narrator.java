package org.consortium.hub.policies.voting;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Writes the plain-English {@link Explanation} of a tally, one line per step, every number stated. */
final class Narrator {

    private final VotingRules rules;
    private final VoteCounts counts;
    private final List<CollegeTally> colleges;
    private final QuorumResult quorum;
    private final MajorityResult majority;
    private final Decision decision;
    private final List<String> lines = new ArrayList<>();

    Narrator(VotingRules rules, VoteCounts counts, List<CollegeTally> colleges, QuorumResult quorum,
             MajorityResult majority, Decision decision) {
        this.rules = rules;
        this.counts = counts;
        this.colleges = colleges;
        this.quorum = quorum;
        this.majority = majority;
        this.decision = decision;
    }

    Explanation explain() {
        lines.add(rulesLine());
        lines.add(bodyLine());
        colleges.forEach(c -> lines.add(collegeLine(c)));
        lines.add("Ballots: " + counts.ballots() + " of " + counts.seats() + " seats voted: yes " + counts.yesHeads()
                + ", no " + counts.noHeads() + ", abstain " + counts.abstainHeads() + ".");
        if (rules.weighting() != Weighting.HEADS) {
            lines.add("Weights: yes " + w(counts.yesWeight()) + ", no " + w(counts.noWeight()) + ", abstain "
                    + w(counts.abstainWeight()) + ", of eligible weight " + w(counts.eligibleWeight()) + ".");
        }
        lines.add(quorumLine());
        if (quorum.reached()) {
            lines.add(majorityLine());
            if (decision.tieBreakLine() != null) {
                lines.add("Tie: yes " + w(majority.yes()) + " equals the side against " + w(majority.against())
                        + ", exactly half of the base " + w(majority.base()) + ".");
                lines.add(decision.tieBreakLine());
            }
        } else {
            lines.add("Majority not assessed: without quorum the vote decides nothing.");
        }
        lines.add("Outcome: " + decision.outcome()
                + (decision.referredTo() == null ? "" : " to '" + decision.referredTo() + "'") + ".");
        return new Explanation(lines);
    }

    private String rulesLine() {
        Abstentions a = rules.abstentions();
        return "Rules: weighting " + rules.weighting()
                + "; quorum at least " + quorum.required() + " of " + (quorum.basis() == QuorumBasis.SEATS ? "seats" : "eligible weight")
                + "; majority " + majorityName()
                + "; abstentions " + (a.countTowardsQuorum() ? "count" : "do not count") + " towards quorum and "
                + (a.countInMajorityBase() ? "count" : "do not count") + " in the majority base"
                + "; tie-break " + rules.tieBreak().kind()
                + (rules.tieBreak().kind() == TieBreakKind.REFER ? " to '" + rules.tieBreak().referTo() + "'" : "") + ".";
    }

    private String majorityName() {
        Majority m = rules.majority();
        return switch (m.kind()) {
            case SIMPLE -> "SIMPLE (yes more than half of " + castBaseName() + ")";
            case ABSOLUTE -> "ABSOLUTE (yes more than half of the eligible weight)";
            case QUALIFIED -> "QUALIFIED (yes at least " + m.fraction() + " of "
                    + (m.base() == MajorityBase.ELIGIBLE_WEIGHT ? "the eligible weight" : castBaseName()) + ")";
            case UNANIMITY -> "UNANIMITY (every vote in " + castBaseName() + " is yes)";
            case CONSENT -> "CONSENT (adopted unless someone votes no)";
        };
    }

    private String castBaseName() {
        return rules.abstentions().countInMajorityBase() ? "yes + no + abstain" : "yes + no";
    }

    private String bodyLine() {
        if (rules.weighting() == Weighting.COLLEGES) {
            return "Body: " + counts.seats() + " seats in " + colleges.size() + " colleges; eligible weight "
                    + w(counts.eligibleWeight()) + " (the shares of colleges that have seats).";
        }
        return "Body: " + counts.seats() + " seats; eligible weight " + w(counts.eligibleWeight())
                + (rules.weighting() == Weighting.HEADS ? " (one per seat)." : " (sum of seat weights).");
    }

    private String collegeLine(CollegeTally c) {
        String head = "College '" + c.college() + "' (share " + c.share() + " = " + c.share().toPercentString() + "): ";
        if (c.seats() == 0) {
            return head + "has no seat; its share is left out of the eligible weight.";
        }
        String votes = c.ballots() + " of " + c.seats() + " seats voted";
        if (c.ballots() == 0) {
            return head + votes + "; its share is not cast.";
        }
        return head + votes + " (yes " + c.yesHeads() + ", no " + c.noHeads() + ", abstain " + c.abstainHeads()
                + "); its share divided among them is " + w(c.ballotWeight()) + " per ballot → yes " + w(c.yesWeight())
                + ", no " + w(c.noWeight()) + ", abstain " + w(c.abstainWeight()) + ".";
    }

    private String quorumLine() {
        String verdict = quorum.reached() ? "reached" : "not reached";
        String abstNote = rules.abstentions().countTowardsQuorum() ? "" : ", abstentions not counted";
        if (quorum.basis() == QuorumBasis.SEATS) {
            return "Quorum: " + quorum.present() + " of " + quorum.total() + " seats took part" + abstNote + " ("
                    + quorum.participation().toPercentString() + "); required at least " + quorum.required() + " of "
                    + quorum.total() + " = " + quorum.threshold() + ", i.e. " + ceiling(quorum.threshold())
                    + " seats → " + verdict + ".";
        }
        String collegeNote = rules.weighting() == Weighting.COLLEGES
                ? " (each seat counting for its college's share divided among all the college's seats)" : "";
        return "Quorum on weight: seats taking part" + abstNote + " hold " + w(quorum.present())
                + " of the eligible weight " + w(quorum.total()) + collegeNote + ", i.e. "
                + quorum.participation().toPercentString() + "; required at least " + quorum.required() + " of "
                + w(quorum.total()) + " = " + w(quorum.threshold()) + " → " + verdict + ".";
    }

    private String majorityLine() {
        String verdict = majority.reached() ? "reached" : "not reached";
        String yes = w(majority.yes());
        String base = w(majority.base());
        return switch (majority.kind()) {
            case SIMPLE -> emptyBase() ? nothingCast("simple")
                    : "Majority (simple): yes " + yes + " against " + against() + "; base " + base + " (" + castBaseName()
                    + "); required more than half of the base, i.e. more than " + w(majority.threshold()) + " → " + verdict + ".";
            case ABSOLUTE -> "Majority (absolute): yes " + yes + " (against " + against() + ") of eligible weight " + base
                    + "; required more than half of it, i.e. more than " + w(majority.threshold()) + " → " + verdict + ".";
            case QUALIFIED -> emptyBase() ? nothingCast("qualified")
                    : "Majority (qualified " + rules.majority().fraction() + "): yes " + yes + " of base " + base + " ("
                    + (rules.majority().base() == MajorityBase.ELIGIBLE_WEIGHT ? "eligible weight" : castBaseName()) + "), i.e. "
                    + majority.yes().divide(majority.base()).toPercentString() + "; required at least "
                    + rules.majority().fraction() + " of " + base + " = " + w(majority.threshold()) + " → " + verdict + ".";
            case UNANIMITY -> emptyBase() ? nothingCast("unanimity")
                    : "Majority (unanimity): yes " + yes + " of base " + base + " (" + castBaseName() + ")"
                    + abstainersAside() + "; required every vote in the base to be yes → " + verdict + ".";
            case CONSENT -> "Consent: " + counts.noHeads() + " objection(s) (NO ballots, weight " + w(majority.against())
                    + ") among " + counts.ballots() + " ballots; required no objection → " + verdict + ".";
        };
    }

    private boolean emptyBase() {
        return majority.base().isZero();
    }

    private String nothingCast(String kind) {
        return "Majority (" + kind + "): no vote counting in the base was cast (base 0; "
                + counts.abstainHeads() + " abstention(s)) → nothing to adopt, not reached.";
    }

    private String against() {
        return rules.abstentions().countInMajorityBase()
                ? "no + abstain " + w(majority.against()) : "no " + w(majority.against());
    }

    private String abstainersAside() {
        if (rules.abstentions().countInMajorityBase() || counts.abstainHeads() == 0) {
            return "";
        }
        return ", " + counts.abstainHeads() + " abstention(s) standing aside";
    }

    /** A weight for reading: the exact fraction, plus a percentage where weights are college shares. */
    private String w(Fraction f) {
        if (rules.weighting() == Weighting.COLLEGES) {
            return f + " (" + f.toPercentString() + ")";
        }
        return f.toString();
    }

    private static BigInteger ceiling(Fraction f) {
        BigInteger[] qr = f.numerator().divideAndRemainder(f.denominator());
        return qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
    }
}
