package org.consortium.hub.datasets;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.consortium.hub.policies.sharing.ConstraintRegistry;
import org.consortium.hub.policies.sharing.PolicyEvaluator;

/**
 * The hub's one constraint registry and evaluator, so that refusing an unknown constraint at
 * proposal time and evaluating it later use the same functions. Singletons: both are
 * immutable, and library classes cannot be proxied.
 */
public class PolicyBeans {

    @Produces
    @Singleton
    ConstraintRegistry registry() {
        return ConstraintRegistry.standard();
    }

    @Produces
    @Singleton
    PolicyEvaluator evaluator(ConstraintRegistry registry) {
        return new PolicyEvaluator(registry);
    }
}
