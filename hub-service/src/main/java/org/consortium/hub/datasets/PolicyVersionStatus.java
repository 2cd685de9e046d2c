package org.consortium.hub.datasets;

/**
 * Where a policy version stands: PENDING while its motion is open (or until one opens),
 * CURRENT once adopted (one per dataset), SUPERSEDED when a later version was adopted,
 * REJECTED when its motion did not adopt it.
 */
public enum PolicyVersionStatus {
    PENDING, CURRENT, SUPERSEDED, REJECTED
}
