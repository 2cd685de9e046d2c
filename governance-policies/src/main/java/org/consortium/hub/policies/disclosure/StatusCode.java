package org.consortium.hub.policies.disclosure;

/** European confidentiality flags for a table cell. */
public enum StatusCode {
    /** Primary suppression by the frequency rule (too few units, or too few people). */
    A,
    /** Primary suppression by the dominance rule. */
    B,
    /** Secondary suppression: withheld to protect another suppressed cell. */
    D,
    /** Publishable. */
    V;

    /** True for the codes whose value must not be released. */
    public boolean suppressed() {
        return this != V;
    }
}
