package org.consortium.hub.governance;

import java.util.UUID;
import org.consortium.hub.policies.voting.Outcome;

/**
 * A motion just decided, as {@link MotionOutcomeListener}s see it.
 *
 * @param ratification the motion ratifies an emergency measure already in force
 */
public record DecidedMotion(UUID id, MotionKind kind, String subject, String bodyId, int rulesVersion,
                            boolean ratification, Outcome outcome, String referredTo) {

    public boolean adopted() {
        return outcome == Outcome.ADOPTED;
    }
}
