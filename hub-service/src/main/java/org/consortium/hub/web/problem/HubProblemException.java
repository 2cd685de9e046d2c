package org.consortium.hub.web.problem;

import java.util.List;

/**
 * Base of the hub's domain exceptions. Each subclass stands for one domain condition;
 * {@link ProblemTable} says which {@link ProblemType} (and so which status) it answers.
 * The message is the problem's {@code detail}: write it for the caller, never include
 * another organisation's data in it.
 */
public abstract class HubProblemException extends RuntimeException {

    protected HubProblemException(String detail) {
        super(detail, null, false, false);
    }

    /** Per-field violations; empty unless the condition is a validation failure. */
    public List<Violation> violations() {
        return List.of();
    }
}
