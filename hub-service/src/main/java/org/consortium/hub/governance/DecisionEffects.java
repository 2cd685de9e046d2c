package org.consortium.hub.governance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * The registry of decision effects, keyed by motion kind: every {@link MotionOutcomeListener}
 * bean declares the kinds it handles. A kind nobody handles (GRANT_ACCESS, GENERAL) is still
 * decided and logged, with a line saying no effect applied. Once the entry is appended,
 * {@link #recorded} lets listeners cite its sequence number.
 */
@ApplicationScoped
public class DecisionEffects {

    @Inject
    @Any
    Instance<MotionOutcomeListener> listeners;

    void checkSubject(MotionKind kind, String subject) {
        for (MotionOutcomeListener l : listeners) {
            if (l.kinds().contains(kind)) {
                l.checkSubject(kind, subject);
            }
        }
    }

    List<String> apply(DecidedMotion motion) {
        List<String> lines = new ArrayList<>();
        for (MotionOutcomeListener l : listeners) {
            if (l.kinds().contains(motion.kind())) {
                lines.addAll(l.onDecided(motion));
            }
        }
        if (lines.isEmpty()) {
            lines.add("No effect is registered for " + motion.kind() + " motions: the decision is recorded only.");
        }
        return lines;
    }

    void recorded(DecidedMotion motion, long decisionSeq) {
        for (MotionOutcomeListener l : listeners) {
            if (l.kinds().contains(motion.kind())) {
                l.onRecorded(motion, decisionSeq);
            }
        }
    }
}
