package org.consortium.hub.web.problem;

/** The addressed resource does not exist (or the caller may not know that it exists). */
public class NotFoundProblem extends HubProblemException {

    public NotFoundProblem(String what, Object id) {
        super(what + " '" + id + "' does not exist");
    }
}
