package org.consortium.hub.policies.sharing;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.consortium.hub.policies.disclosure.DisclosureRules;

/**
 * A sharing policy document: who may see a dataset's aggregates, for which purposes, at
 * what granularity, after which embargo, under which disclosure control and licence.
 *
 * <p>Raw records are visible to their owner only. That is not a policy setting: no field
 * here grants record-level access, and the parser refuses any attempt (such as
 * {@code rawAccess: true}). Every permit of a policy is a permit to aggregates.
 *
 * @param policyId          stable identifier shared by all versions
 * @param version           1, 2, …
 * @param replaces          the version this one supersedes, or null for a first version
 * @param title             optional human title, may be null
 * @param audience          who may see aggregates
 * @param purposes          allowed purposes, not empty
 * @param disclosure        disclosure-control parameters
 * @param finestGranularity the finest time and place levels that may be requested
 * @param embargoDays       days after the end of the data period before release
 * @param licence           licence of outputs
 * @param constraints       extra named constraints, all of which must hold
 */
public record SharingPolicy(String policyId, int version, PolicyReference replaces, String title, Audience audience,
                            Set<Purpose> purposes, DisclosureRules disclosure, Granularity finestGranularity,
                            int embargoDays, OutputLicence licence, List<NamedConstraint> constraints) {

    public SharingPolicy {
        Objects.requireNonNull(policyId, "policyId");
        Objects.requireNonNull(audience, "audience");
        purposes = Set.copyOf(Objects.requireNonNull(purposes, "purposes"));
        Objects.requireNonNull(disclosure, "disclosure");
        Objects.requireNonNull(finestGranularity, "finestGranularity");
        Objects.requireNonNull(licence, "licence");
        constraints = List.copyOf(Objects.requireNonNull(constraints, "constraints"));
        if (embargoDays < 0) {
            throw new IllegalArgumentException("embargoDays must be >= 0");
        }
    }

    /** This policy's own reference, for provenance and for the next version's {@code replaces}. */
    public PolicyReference reference() {
        return new PolicyReference(policyId, version);
    }
}
