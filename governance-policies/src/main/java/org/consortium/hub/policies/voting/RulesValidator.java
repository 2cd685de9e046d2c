package org.consortium.hub.policies.voting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks voting rules, and a body's seats against them, and reports every violation with its
 * field path and a plain message. Nothing here throws for bad input except
 * {@link #requireValid(VotingRules, List)}, which is the factory-style check used before a tally.
 */
public final class RulesValidator {

    private RulesValidator() {
    }

    /** Violations of the rules on their own, in field order; empty when valid. */
    public static List<Violation> validate(VotingRules rules) {
        List<Violation> out = new ArrayList<>();
        if (rules == null) {
            out.add(new Violation("rules", "are required"));
            return out;
        }
        checkQuorum(rules, out);
        checkMajority(rules.majority(), out);
        checkColleges(rules, out);
        checkTieBreak(rules.tieBreak(), out);
        return out;
    }

    /** Violations of the rules and of the body's seats under those rules; empty when valid. */
    public static List<Violation> validate(VotingRules rules, List<Seat> seats) {
        List<Violation> out = validate(rules);
        if (rules != null) {
            checkSeats(rules, seats, out);
        }
        return out;
    }

    /** @throws InvalidRulesException carrying every violation, if there is any */
    public static VotingRules requireValid(VotingRules rules) {
        throwIfAny(validate(rules));
        return rules;
    }

    /** @throws InvalidRulesException carrying every violation of rules and seats, if there is any */
    public static VotingRules requireValid(VotingRules rules, List<Seat> seats) {
        throwIfAny(validate(rules, seats));
        return rules;
    }

    private static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidRulesException(violations);
        }
    }

    private static void checkQuorum(VotingRules rules, List<Violation> out) {
        Quorum quorum = rules.quorum();
        if (quorum == null) {
            out.add(new Violation("quorum", "is required (use a fraction of 0 for no quorum)"));
            return;
        }
        checkFraction("quorum.fraction", quorum.fraction(), true, out);
        if (quorum.basis() == null) {
            out.add(new Violation("quorum.basis", "is required: SEATS or WEIGHT"));
        } else if (quorum.basis() == QuorumBasis.SEATS && rules.weighting() != Weighting.HEADS) {
            out.add(new Violation("quorum.basis", "must be WEIGHT because votes are weighted ("
                    + rules.weighting() + "): a weighted body must not be quorate by heads alone"));
        }
    }

    private static void checkMajority(Majority majority, List<Violation> out) {
        if (majority == null || majority.kind() == null) {
            out.add(new Violation(majority == null ? "majority" : "majority.kind",
                    "is required: SIMPLE, ABSOLUTE, QUALIFIED, UNANIMITY or CONSENT"));
            return;
        }
        if (majority.kind() == MajorityKind.QUALIFIED) {
            checkFraction("majority.fraction", majority.fraction(), false, out);
            if (majority.base() == null) {
                out.add(new Violation("majority.base", "is required for a qualified majority: VOTES_CAST or ELIGIBLE_WEIGHT"));
            }
        } else if (majority.fraction() != null || majority.base() != null) {
            out.add(new Violation("majority.fraction", "applies only to a QUALIFIED majority, not to " + majority.kind()));
        }
    }

    /** A fraction in [0, 1] when zero is allowed, in (0, 1] otherwise. */
    private static void checkFraction(String path, Fraction value, boolean zeroAllowed, List<Violation> out) {
        if (value == null) {
            out.add(new Violation(path, "is required"));
        } else if (value.compareTo(Fraction.ONE) > 0 || value.signum() < 0 || (!zeroAllowed && value.isZero())) {
            out.add(new Violation(path, "must be " + (zeroAllowed ? "between 0 and 1" : "more than 0 and at most 1")
                    + ", was " + value));
        }
    }

    private static void checkColleges(VotingRules rules, List<Violation> out) {
        List<College> colleges = rules.colleges();
        if (rules.weighting() != Weighting.COLLEGES) {
            if (!colleges.isEmpty()) {
                out.add(new Violation("colleges", "are declared but weighting is " + rules.weighting()
                        + "; set weighting to COLLEGES or remove them"));
            }
            return;
        }
        if (colleges.isEmpty()) {
            out.add(new Violation("colleges", "at least one college is required when weighting is COLLEGES"));
            return;
        }
        ShareBounds bounds = rules.collegeShareBounds();
        boolean boundsUsable = checkBounds(bounds, out);
        Set<String> ids = new HashSet<>();
        Fraction total = Fraction.ZERO;
        boolean totalKnown = true;
        for (int i = 0; i < colleges.size(); i++) {
            College college = colleges.get(i);
            String path = "colleges[" + i + "]";
            if (college == null) {
                out.add(new Violation(path, "must not be null"));
                totalKnown = false;
                continue;
            }
            if (isBlank(college.id())) {
                out.add(new Violation(path + ".id", "is required"));
            } else if (!ids.add(college.id())) {
                out.add(new Violation(path + ".id", "duplicate college '" + college.id() + "'"));
            }
            Fraction share = college.share();
            if (share == null) {
                out.add(new Violation(path + ".share", "is required"));
                totalKnown = false;
                continue;
            }
            total = total.add(share);
            if (share.signum() <= 0) {
                // A college that weighs nothing could never count, whatever the bounds allow.
                out.add(new Violation(path + ".share", "must be positive, was " + share));
            } else if (boundsUsable && (share.isLessThan(bounds.min()) || share.isGreaterThan(bounds.max()))) {
                out.add(new Violation(path + ".share", "college '" + college.id() + "' holds " + share + " ("
                        + share.toPercentString() + "), outside the allowed " + bounds.min() + " ("
                        + bounds.min().toPercentString() + ") to " + bounds.max() + " ("
                        + bounds.max().toPercentString() + ")"));
            }
        }
        if (totalKnown && !total.equals(Fraction.ONE)) {
            out.add(new Violation("colleges", "shares must add up to exactly 100%, they add up to " + total
                    + " (" + total.toPercentString() + ")"));
        }
    }

    private static boolean checkBounds(ShareBounds bounds, List<Violation> out) {
        if (bounds.min() == null || bounds.max() == null) {
            out.add(new Violation("collegeShareBounds", "min and max are both required"));
            return false;
        }
        if (bounds.min().signum() < 0 || bounds.max().isGreaterThan(Fraction.ONE) || bounds.min().isGreaterThan(bounds.max())) {
            out.add(new Violation("collegeShareBounds", "must satisfy 0 <= min <= max <= 1, was min "
                    + bounds.min() + ", max " + bounds.max()));
            return false;
        }
        return true;
    }

    private static void checkTieBreak(TieBreak tieBreak, List<Violation> out) {
        if (tieBreak == null || tieBreak.kind() == null) {
            out.add(new Violation(tieBreak == null ? "tieBreak" : "tieBreak.kind",
                    "is required: CHAIR_CASTING_VOTE, REJECT or REFER"));
            return;
        }
        if (tieBreak.kind() == TieBreakKind.REFER && isBlank(tieBreak.referTo())) {
            out.add(new Violation("tieBreak.referTo", "must name the body a tie is referred to"));
        }
    }

    private static void checkSeats(VotingRules rules, List<Seat> seats, List<Violation> out) {
        if (seats == null || seats.isEmpty()) {
            out.add(new Violation("seats", "a voting body needs at least one seat"));
            return;
        }
        Set<String> collegeIds = new HashSet<>();
        for (College college : rules.colleges()) {
            if (college != null && college.id() != null) {
                collegeIds.add(college.id());
            }
        }
        Map<String, Integer> firstIndex = new HashMap<>();
        int chairs = 0;
        for (int i = 0; i < seats.size(); i++) {
            Seat seat = seats.get(i);
            String path = "seats[" + i + "]";
            if (seat == null) {
                out.add(new Violation(path, "must not be null"));
                continue;
            }
            if (isBlank(seat.id())) {
                out.add(new Violation(path + ".id", "is required"));
            } else {
                Integer previous = firstIndex.putIfAbsent(seat.id(), i);
                if (previous != null) {
                    out.add(new Violation(path + ".id", "duplicate seat '" + seat.id() + "', already used by seats[" + previous + "]"));
                }
            }
            if (isBlank(seat.holder())) {
                out.add(new Violation(path + ".holder", "is required (organisation or person id)"));
            }
            if (seat.weight().signum() <= 0) {
                out.add(new Violation(path + ".weight", "must be positive, was " + seat.weight()));
            }
            if (rules.weighting() == Weighting.COLLEGES) {
                if (isBlank(seat.college())) {
                    out.add(new Violation(path + ".college", "is required when weighting is COLLEGES"));
                } else if (!collegeIds.contains(seat.college())) {
                    out.add(new Violation(path + ".college", "'" + seat.college() + "' is not a declared college; declared: "
                            + String.join(", ", rules.colleges().stream().filter(c -> c != null && c.id() != null).map(College::id).toList())));
                }
            }
            if (seat.chair()) {
                chairs++;
            }
        }
        TieBreak tieBreak = rules.tieBreak();
        if (tieBreak != null && tieBreak.kind() == TieBreakKind.CHAIR_CASTING_VOTE && chairs != 1) {
            out.add(new Violation("seats", "exactly one seat must be the chair when the tie-break is the chair's casting vote, found "
                    + chairs));
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
