package org.consortium.hub.web.problem;

/** The request is valid but clashes with the resource's current state (duplicate, wrong status...). */
public class ConflictProblem extends HubProblemException {

    public ConflictProblem(String detail) {
        super(detail);
    }
}
