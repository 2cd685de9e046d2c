package org.consortium.hub.web.problem;

import java.util.List;

/**
 * The request is well-formed but a governance rule refuses it (invalid voting rules,
 * a policy that cannot be applied...).
 */
public class RuleViolationProblem extends HubProblemException {

    private final List<Violation> violations;

    public RuleViolationProblem(String detail) {
        this(detail, List.of());
    }

    public RuleViolationProblem(String detail, List<Violation> violations) {
        super(detail);
        this.violations = List.copyOf(violations);
    }

    @Override
    public List<Violation> violations() {
        return violations;
    }
}
