package org.consortium.hub.policies.sharing;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The answer to an access request: permit or deny, every constraint's outcome with its
 * reason, and the obligations of the policy. A permit is always a permit to aggregates.
 *
 * @param effect   PERMIT when every constraint holds
 * @param policy   the policy version applied
 * @param outcomes every constraint evaluated, in evaluation order
 * @param obligations what the hub must apply to released figures
 */
public record PolicyDecision(Effect effect, PolicyReference policy, List<ConstraintOutcome> outcomes,
                             Obligations obligations) {

    /** Permit or deny. */
    public enum Effect {
        PERMIT,
        DENY
    }

    public PolicyDecision {
        Objects.requireNonNull(effect, "effect");
        outcomes = List.copyOf(outcomes);
    }

    public boolean permitted() {
        return effect == Effect.PERMIT;
    }

    /** For a denial, the reasons of the failed constraints; for a permit, all reasons. */
    public List<String> reasons() {
        return outcomes.stream().filter(o -> permitted() || !o.satisfied()).map(ConstraintOutcome::reason).toList();
    }

    /** Names of the constraints that failed. */
    public List<String> failedConstraints() {
        return outcomes.stream().filter(o -> !o.satisfied()).map(ConstraintOutcome::constraint).toList();
    }

    /** One paragraph in plain words. */
    public String explanation() {
        String head = permitted() ? "Permitted under " : "Denied under ";
        return head + policy + ": " + String.join(" ", reasons()) + (permitted() ? " " + obligations.describe() : "");
    }

    @Override
    public String toString() {
        return effect + " " + outcomes.stream().map(ConstraintOutcome::reason).collect(Collectors.joining(" | "));
    }
}
