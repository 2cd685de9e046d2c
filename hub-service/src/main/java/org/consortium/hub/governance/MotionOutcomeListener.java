package org.consortium.hub.governance;

import java.util.List;
import java.util.Set;

/**
 * Applies what a decided motion means for one slice: membership admits or suspends members,
 * the datasets slice will open or retire datasets, and so on. Implement it as a CDI bean;
 * {@link DecisionEffects} calls every bean whose {@link #kinds()} include the motion's kind.
 *
 * <p>{@link #onDecided} runs inside the transaction that closes the motion and writes its
 * decision log entry: the effect and the record of the decision commit, or fail, together.
 * It should therefore not throw for a state that has moved on since the motion opened (say
 * an applicant already admitted by another motion); it should report it as a line instead.
 */
public interface MotionOutcomeListener {

    /** The motion kinds this listener applies. */
    Set<MotionKind> kinds();

    /**
     * Checks, before a motion opens, that its subject exists and is in a state the motion can
     * change; throws a problem (404, 409...) otherwise.
     */
    default void checkSubject(MotionKind kind, String subject) {
    }

    /**
     * Applies the outcome (every outcome is passed, not only adoptions).
     *
     * @return plain lines saying what changed, recorded in the decision log entry
     */
    List<String> onDecided(DecidedMotion motion);

    /**
     * Called once the decision log entry of a decided motion is written, in the same
     * transaction, with its sequence number: for effects that must cite the decision (a
     * policy version records the decision that adopted it). Runs after {@link #onDecided}.
     */
    default void onRecorded(DecidedMotion motion, long decisionSeq) {
    }
}
