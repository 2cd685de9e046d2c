package org.consortium.hub.policies.voting;

/**
 * A college of a body voting by {@link Weighting#COLLEGES}, in the manner of French SCIC
 * cooperatives.
 *
 * @param id    the college name seats refer to, e.g. {@code "venues"}
 * @param share the fixed share of all votes the college holds, e.g. 2/5 for 40 %
 */
public record College(String id, Fraction share) {

    public static College of(String id, Fraction share) {
        return new College(id, share);
    }
}
