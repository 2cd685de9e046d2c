package org.consortium.hub.web.problem;

/** A body or batch above a configured limit. */
public class PayloadTooLargeProblem extends HubProblemException {

    public PayloadTooLargeProblem(String detail) {
        super(detail);
    }
}
