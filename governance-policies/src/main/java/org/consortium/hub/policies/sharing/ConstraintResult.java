package org.consortium.hub.policies.sharing;

import java.util.Objects;

/** Whether a constraint holds, and why, in plain words. */
public record ConstraintResult(boolean satisfied, String reason) {
    public ConstraintResult {
        Objects.requireNonNull(reason, "reason");
    }

    public static ConstraintResult satisfied(String reason) {
        return new ConstraintResult(true, reason);
    }

    public static ConstraintResult violated(String reason) {
        return new ConstraintResult(false, reason);
    }
}
