package org.consortium.hub.policies.sharing;

import java.util.Map;
import java.util.Objects;

/**
 * An extra condition of a policy, evaluated by the function of that name in the
 * {@link ConstraintRegistry}. Parameters are scalars kept as text; a list is written as
 * comma-separated values.
 */
public record NamedConstraint(String name, Map<String, String> parameters) {
    public NamedConstraint {
        Objects.requireNonNull(name, "name");
        parameters = Map.copyOf(Objects.requireNonNull(parameters, "parameters"));
    }
}
