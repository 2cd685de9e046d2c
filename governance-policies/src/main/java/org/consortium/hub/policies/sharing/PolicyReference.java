package org.consortium.hub.policies.sharing;

import java.util.Objects;

/** Points at one version of a policy, e.g. the one a new version replaces. */
public record PolicyReference(String policyId, int version) {
    public PolicyReference {
        Objects.requireNonNull(policyId, "policyId");
    }

    @Override
    public String toString() {
        return policyId + " v" + version;
    }
}
