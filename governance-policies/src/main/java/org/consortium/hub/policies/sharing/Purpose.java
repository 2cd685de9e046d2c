package org.consortium.hub.policies.sharing;

/** What a caller means to do with the aggregates. */
public enum Purpose {
    PROGRAMMING,
    MARKETING,
    PUBLIC_POLICY_EVALUATION,
    RESEARCH
}
