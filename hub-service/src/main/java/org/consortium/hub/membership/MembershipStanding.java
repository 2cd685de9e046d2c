package org.consortium.hub.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import org.consortium.hub.security.OrganisationStanding;

/** Answers the security package's question from the organisation's current status (no cache). */
@ApplicationScoped
public class MembershipStanding implements OrganisationStanding {

    @Inject
    OrganisationService organisations;

    @Override
    @Transactional
    public String statusOf(String organisationId) {
        return organisationId == null ? null : organisations.find(organisationId)
                .map(o -> o.status.name().toLowerCase(Locale.ROOT))
                .orElse(null);
    }
}
