package org.consortium.hub.policies.sharing;

import java.util.Objects;
import java.util.Set;

/**
 * Who may see aggregates. Organisation criteria ({@code publicAccess}, {@code allMembers},
 * {@code organisationKinds}, {@code organisations}) admit an organisation when any of them
 * matches. {@code roles}, when not empty, narrows further to people holding one of those
 * roles; with no organisation criterion, roles alone admit (e.g. a hub-wide evaluator role).
 * So "all members + analyst" reads as "members' analysts", as a committee would read it.
 * A public audience admits everyone and takes no roles.
 *
 * @param roles             person roles, any of which admits (see above)
 * @param organisationKinds organisation kinds admitted
 * @param organisations     organisation ids admitted by name
 * @param allMembers        every member organisation is admitted
 * @param publicAccess      anyone, members or not (written {@code public} in documents)
 */
public record Audience(Set<String> roles, Set<OrganisationKind> organisationKinds, Set<String> organisations,
                       boolean allMembers, boolean publicAccess) {

    public Audience {
        roles = Set.copyOf(Objects.requireNonNull(roles, "roles"));
        organisationKinds = Set.copyOf(Objects.requireNonNull(organisationKinds, "organisationKinds"));
        organisations = Set.copyOf(Objects.requireNonNull(organisations, "organisations"));
    }

    /** True when some organisation criterion is set. */
    public boolean hasOrganisationCriteria() {
        return publicAccess || allMembers || !organisationKinds.isEmpty() || !organisations.isEmpty();
    }

    /** True when the audience admits nobody at all. */
    public boolean isEmpty() {
        return !hasOrganisationCriteria() && roles.isEmpty();
    }
}
