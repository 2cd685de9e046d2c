package org.consortium.hub.membership;

import java.util.UUID;

/** An emergency suspension: the organisation, the ratification motion and the decision log entry. */
public record SuspensionView(OrganisationView organisation, UUID ratificationMotionId, long decisionSeq) {
}
