package org.consortium.hub.policies.sharing;

import java.util.Map;

/**
 * Evaluates one named constraint of a policy against a request. Implementations must be
 * pure (no clock, no I/O); the evaluator turns an exception into a denial anyway.
 */
@FunctionalInterface
public interface ConstraintFunction {

    /**
     * @param request    the request, with its policy
     * @param parameters the constraint's parameters from the policy (empty for built-ins)
     */
    ConstraintResult evaluate(AccessRequest request, Map<String, String> parameters);
}
