package org.consortium.hub.policies.voting;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when rules (or a body's seats) are invalid; carries every violation, not just the first. */
public class InvalidRulesException extends IllegalArgumentException {

    private final transient List<Violation> violations;

    public InvalidRulesException(List<Violation> violations) {
        super("Invalid voting rules: " + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
