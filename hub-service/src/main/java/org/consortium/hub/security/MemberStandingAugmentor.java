package org.consortium.hub.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Runs after every sign-in (token or local account): finds the organisation the caller acts
 * for, records it on the identity ({@link #ORGANISATION_ATTRIBUTE}), and, when that
 * organisation is not an active member (suspended, withdrawn, applicant, rejected or unknown),
 * drops the {@code contributor} and {@code analyst} roles. The status is read on every request,
 * without a cache: a suspension takes effect on the very next call, whatever tokens the
 * member's people and SDK clients still hold. Other roles are kept (an org-admin of a
 * suspended member still manages its people; hub-wide roles have no organisation).
 */
@ApplicationScoped
public class MemberStandingAugmentor implements SecurityIdentityAugmentor {

    /** Identity attribute holding the caller's organisation id (absent for hub-wide callers). */
    public static final String ORGANISATION_ATTRIBUTE = "hub.organisation";

    /** The roles that act on data for an organisation, and end with its membership. */
    static final Set<String> MEMBER_ONLY_ROLES = Set.of(Roles.CONTRIBUTOR, Roles.ANALYST);

    @Inject
    OrganisationStanding standing;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> augment(identity));
    }

    SecurityIdentity augment(SecurityIdentity identity) {
        String organisation = organisationOf(identity);
        if (organisation == null) {
            return identity;
        }
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity)
                .addAttribute(ORGANISATION_ATTRIBUTE, organisation);
        boolean holdsMemberRole = identity.getRoles().stream().anyMatch(MEMBER_ONLY_ROLES::contains);
        if (holdsMemberRole && !standing.isActiveMember(organisation)) {
            // The builder copies the roles; rebuild them without the member-only ones.
            builder = QuarkusSecurityIdentity.builder()
                    .setPrincipal(identity.getPrincipal())
                    .setAnonymous(false)
                    .addCredentials(identity.getCredentials())
                    .addAttributes(identity.getAttributes())
                    .addAttribute(ORGANISATION_ATTRIBUTE, organisation)
                    .addPermissionChecker(identity::checkPermission);
            for (String role : identity.getRoles()) {
                if (!MEMBER_ONLY_ROLES.contains(role)) {
                    builder.addRole(role);
                }
            }
        }
        return builder.build();
    }

    /** The {@code member_org} claim of a token, or the local account's organisation. */
    private static String organisationOf(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            return CallerContext.stringClaim(jwt, CallerContext.ORGANISATION_CLAIM);
        }
        String name = identity.getPrincipal().getName();
        return QuarkusTransaction.joiningExisting().call(() -> {
            LocalAccount account = LocalAccount.findById(name);
            return account == null ? null : account.organisationId;
        });
    }
}
