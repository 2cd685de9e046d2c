package org.consortium.hub.policies.voting;

import java.util.List;

/**
 * Why a tally came out as it did: ordered plain-English lines that state every number used,
 * from the rules applied to the outcome. Stored with each decision.
 *
 * @param lines the lines, in order
 */
public record Explanation(List<String> lines) {

    public Explanation {
        lines = List.copyOf(lines);
    }

    /** The lines joined by newlines. */
    @Override
    public String toString() {
        return String.join("\n", lines);
    }
}
