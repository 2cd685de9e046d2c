package org.consortium.hub.governance;

/** What a voting body is. */
public enum BodyKind {
    GENERAL_ASSEMBLY, GOVERNANCE_COMMITTEE, TECHNICAL_COMMITTEE, OTHER
}
