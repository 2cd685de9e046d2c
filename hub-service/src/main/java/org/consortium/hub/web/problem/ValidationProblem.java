package org.consortium.hub.web.problem;

import java.util.List;

/** The request's content is invalid; each invalid field is listed with its reason. */
public class ValidationProblem extends HubProblemException {

    private final List<Violation> violations;

    public ValidationProblem(String detail, List<Violation> violations) {
        super(detail);
        this.violations = List.copyOf(violations);
    }

    public static ValidationProblem ofField(String field, String message) {
        return new ValidationProblem(field + ": " + message, List.of(new Violation(field, message)));
    }

    @Override
    public List<Violation> violations() {
        return violations;
    }
}
