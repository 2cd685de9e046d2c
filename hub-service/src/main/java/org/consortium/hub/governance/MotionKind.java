package org.consortium.hub.governance;

/** What a motion decides; each kind's effect is applied by the {@link MotionOutcomeListener}s registered for it. */
public enum MotionKind {
    ADMIT_MEMBER, SUSPEND_MEMBER, APPROVE_DATASET, SUSPEND_DATASET, RETIRE_DATASET, CHANGE_SHARING_POLICY, GRANT_ACCESS, GENERAL
}
