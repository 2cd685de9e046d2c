package org.consortium.hub.policies.sharing;

import org.consortium.hub.policies.disclosure.DisclosureRules;

/**
 * What the hub must do with any release under a policy. Returned with every decision, a
 * denial included, so that a caller denied for asking too fine can retry at the floor.
 *
 * @param disclosure       disclosure control to apply to every released cell
 * @param granularityFloor the finest granularity allowed: outputs must be at this level or
 *                         coarser on both axes
 * @param licence          the licence released figures carry
 */
public record Obligations(DisclosureRules disclosure, Granularity granularityFloor, OutputLicence licence) {

    /** Obligations stated by a policy. */
    public static Obligations of(SharingPolicy policy) {
        return new Obligations(policy.disclosure(), policy.finestGranularity(), policy.licence());
    }

    /** Plain words. */
    public String describe() {
        return "Aggregates only, at " + granularityFloor + " or coarser; " + disclosure.describe()
                + "; outputs under " + licence + ".";
    }
}
