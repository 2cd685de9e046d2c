package org.consortium.hub.governance;

/** A motion takes ballots while OPEN; once CLOSED it carries its outcome and decision. */
public enum MotionStatus {
    OPEN, CLOSED
}
