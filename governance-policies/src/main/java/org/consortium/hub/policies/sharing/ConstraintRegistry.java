package org.consortium.hub.policies.sharing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Named constraint functions. Immutable: {@link #with} returns a new registry, so one
 * registry can be shared by concurrent evaluations. A name with no function is not an
 * error here; the evaluator turns it into a denial that names it.
 */
public final class ConstraintRegistry {

    private final Map<String, ConstraintFunction> functions;

    private ConstraintRegistry(Map<String, ConstraintFunction> functions) {
        this.functions = Collections.unmodifiableMap(functions);
    }

    /** No functions at all (every policy would be denied). */
    public static ConstraintRegistry empty() {
        return new ConstraintRegistry(new LinkedHashMap<>());
    }

    /** The built-ins and the extras of {@link StandardConstraints}. */
    public static ConstraintRegistry standard() {
        return StandardConstraints.register(empty());
    }

    /** A copy with one more (or a replaced) function. */
    public ConstraintRegistry with(String name, ConstraintFunction function) {
        Map<String, ConstraintFunction> copy = new LinkedHashMap<>(functions);
        copy.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(function, "function"));
        return new ConstraintRegistry(copy);
    }

    public Optional<ConstraintFunction> find(String name) {
        return Optional.ofNullable(functions.get(name));
    }

    public Set<String> names() {
        return functions.keySet();
    }

    /**
     * The extra constraints of a policy that have no function here, as errors with their
     * path, so that a proposal can be refused before it is ever evaluated.
     */
    public List<ValidationError> unknownConstraints(SharingPolicy policy) {
        List<ValidationError> errors = new ArrayList<>();
        for (int i = 0; i < policy.constraints().size(); i++) {
            String name = policy.constraints().get(i).name();
            if (!functions.containsKey(name)) {
                errors.add(new ValidationError("$.constraints[" + i + "].name", "unknown constraint '" + name + "'"));
            }
        }
        return errors;
    }
}
