package org.consortium.hub.policies.sharing;

/** The result of one constraint in a decision, named so that a denial can be traced. */
public record ConstraintOutcome(String constraint, boolean satisfied, String reason) {
}
