package org.consortium.hub.policies.voting;

/** What a seat said on a motion. */
public enum Choice {
    YES,
    NO,
    /** Took part without taking sides; see {@link Abstentions} for how it counts. */
    ABSTAIN
}
