package org.consortium.hub.web.problem;

/** The caller is known but its roles or organisation do not allow this action. */
public class ForbiddenProblem extends HubProblemException {

    public ForbiddenProblem(String detail) {
        super(detail);
    }
}
