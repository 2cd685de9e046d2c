package org.consortium.hub.policies.disclosure;

import java.util.Objects;

/**
 * A status code with its reason in plain words. Reasons state the rule and its threshold,
 * never the cell's actual figures (e.g. not "2 venues" but "fewer than 3 venues"), since
 * the reason is released alongside the suppressed cell.
 */
public record CellVerdict(StatusCode status, String reason) {
    public CellVerdict {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
    }
}
