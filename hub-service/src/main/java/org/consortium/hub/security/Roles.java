package org.consortium.hub.security;

import java.util.Set;

/** The hub-wide role names, identical in local accounts and in Keycloak realm roles. */
public final class Roles {
    /** Secretariat of the consortium: runs the hub, manages bodies and members. */
    public static final String HUB_ADMIN = "hub-admin";
    /** Holds a seat on the governance committee. */
    public static final String COMMITTEE = "committee";
    /** Manages who acts for a member organisation. */
    public static final String ORG_ADMIN = "org-admin";
    /** Sends its organisation's records. */
    public static final String CONTRIBUTOR = "contributor";
    /** Reads aggregated indicators. */
    public static final String ANALYST = "analyst";

    /** Every hub role; a token's other roles (Keycloak defaults) mean nothing to the hub. */
    public static final Set<String> ALL = Set.of(HUB_ADMIN, COMMITTEE, ORG_ADMIN, CONTRIBUTOR, ANALYST);

    private Roles() {
    }
}
