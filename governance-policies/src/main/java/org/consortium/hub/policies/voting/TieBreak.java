package org.consortium.hub.policies.voting;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What happens on a tie. Only the "more than half" majorities can tie
 * ({@link MajorityKind#SIMPLE} and {@link MajorityKind#ABSOLUTE}): there is a tie when yes is
 * exactly half of the majority base and the side against (no, plus abstentions when they count
 * in the base) is exactly as large. "At least" thresholds (qualified, unanimity) and consent
 * have no tie: reaching the threshold adopts, falling short rejects.
 *
 * @param kind    chair's casting vote, reject, or refer
 * @param referTo name of the body a tie is referred to, for {@link TieBreakKind#REFER}; null
 *                otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TieBreak(TieBreakKind kind, String referTo) {

    public static TieBreak chairCastingVote() {
        return new TieBreak(TieBreakKind.CHAIR_CASTING_VOTE, null);
    }

    public static TieBreak reject() {
        return new TieBreak(TieBreakKind.REJECT, null);
    }

    public static TieBreak referTo(String body) {
        return new TieBreak(TieBreakKind.REFER, body);
    }
}
