package org.consortium.hub.policies.sharing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether a caller may see a dataset's aggregates. Every constraint is evaluated
 * (built-ins first, then the policy's extra ones) so that a denial lists all its reasons at
 * once. A constraint whose name has no function, or whose function fails, denies with its
 * name: the evaluator never throws for a policy's content.
 *
 * <p>The dataset's owner is always in the audience but is otherwise treated like anyone: the
 * decision covers aggregates released by the hub, and the owner's own full view of its
 * records is a separate matter, outside policies.
 */
public final class PolicyEvaluator {

    private final ConstraintRegistry registry;

    /** An evaluator with the {@link ConstraintRegistry#standard() standard} constraints. */
    public PolicyEvaluator() {
        this(ConstraintRegistry.standard());
    }

    public PolicyEvaluator(ConstraintRegistry registry) {
        this.registry = registry;
    }

    public PolicyDecision evaluate(AccessRequest request) {
        SharingPolicy policy = request.policy();
        List<ConstraintOutcome> outcomes = new ArrayList<>();
        for (String name : StandardConstraints.BUILT_IN) {
            outcomes.add(apply(name, Map.of(), request));
        }
        for (NamedConstraint c : policy.constraints()) {
            outcomes.add(apply(c.name(), c.parameters(), request));
        }
        boolean permit = outcomes.stream().allMatch(ConstraintOutcome::satisfied);
        return new PolicyDecision(permit ? PolicyDecision.Effect.PERMIT : PolicyDecision.Effect.DENY,
                policy.reference(), outcomes, Obligations.of(policy));
    }

    private ConstraintOutcome apply(String name, Map<String, String> parameters, AccessRequest request) {
        Optional<ConstraintFunction> function = registry.find(name);
        if (function.isEmpty()) {
            return new ConstraintOutcome(name, false, "Unknown constraint '" + name
                    + "': no rule of that name is known, so access is denied.");
        }
        try {
            ConstraintResult result = function.get().evaluate(request, parameters);
            if (result == null) {
                return new ConstraintOutcome(name, false, "Constraint '" + name + "' gave no answer, so access is denied.");
            }
            return new ConstraintOutcome(name, result.satisfied(), result.reason());
        } catch (RuntimeException e) {
            // Fail closed: a broken rule must not open access nor break the caller.
            return new ConstraintOutcome(name, false, "Constraint '" + name + "' could not be evaluated ("
                    + e.getClass().getSimpleName() + "), so access is denied.");
        }
    }
}
