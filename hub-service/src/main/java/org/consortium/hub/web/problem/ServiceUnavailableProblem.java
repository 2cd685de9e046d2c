package org.consortium.hub.web.problem;

/** A dependency (database, broker) did not answer in time; the caller may retry. */
public class ServiceUnavailableProblem extends HubProblemException {

    public ServiceUnavailableProblem(String detail) {
        super(detail);
    }
}
