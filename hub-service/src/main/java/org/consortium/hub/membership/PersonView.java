package org.consortium.hub.membership;

import java.util.List;

/**
 * A person acting for an organisation.
 *
 * @param localAccount whether the person signs in with a local account (embedded mode)
 */
public record PersonView(String organisationId, String subject, List<PersonRole> roles, boolean localAccount) {
}
