package org.consortium.hub.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.consortium.hub.web.problem.ForbiddenProblem;

/**
 * The one place that says who may do what in the governance, membership and datasets slices.
 * Resources and services call these checks instead of testing roles themselves, so that the
 * authorisation matrix (issue 8) can be read, and changed, here.
 *
 * <p>Ballots on an organisation's seat: the organisation votes through a person who acts for
 * it (the token's {@code member_org} claim or the local account's organisation) <b>and</b>
 * holds the {@code org-admin} or the {@code committee} role. Contributors and analysts act for
 * their organisation too, but only for data: they cannot commit it in a vote. A person seat
 * is voted by that person only (subject equality), whatever their roles.
 */
@ApplicationScoped
public class AccessRules {

    /** The secretariat: manages bodies, rules, motions and emergency suspensions. */
    public void requireHubAdmin(Caller caller) {
        if (!isHubAdmin(caller)) {
            throw new ForbiddenProblem("Only a hub-admin may do this");
        }
    }

    public boolean isHubAdmin(Caller caller) {
        return caller.hasRole(Roles.HUB_ADMIN);
    }

    /** Managing an organisation's people: its own org-admins, or the secretariat. */
    public void requireOrgAdminOf(Caller caller, String organisationId) {
        if (isHubAdmin(caller)) {
            return;
        }
        if (!caller.hasRole(Roles.ORG_ADMIN) || !caller.actsFor(organisationId)) {
            throw new ForbiddenProblem("Only an org-admin acting for '" + organisationId
                    + "' (or a hub-admin) may manage its people");
        }
    }

    /** Whether the caller may cast the ballot of this seat; see the class comment. */
    public boolean maySitIn(Caller caller, SeatHolder seat) {
        if (seat.holderPerson() != null) {
            return seat.holderPerson().equals(caller.subject());
        }
        return caller.actsFor(seat.holderOrganisationId())
                && (caller.hasRole(Roles.ORG_ADMIN) || caller.hasRole(Roles.COMMITTEE));
    }

    /** Casting a ballot: only the seat's holder. Hub-admins get no exception: they run votes, they do not cast them. */
    public void requireSeatHolder(Caller caller, SeatHolder seat) {
        if (!maySitIn(caller, seat)) {
            throw new ForbiddenProblem(seat.holderPerson() != null
                    ? "This seat is held by a person; only that person may vote on it"
                    : "This seat is held by organisation '" + seat.holderOrganisationId()
                            + "'; only a person acting for it as org-admin or committee member may vote on it");
        }
    }

    /**
     * Proposing a dataset, or a new policy for it: an org-admin acting for its owner. Hub-admins
     * get no exception: the owner alone states who may see its data; the secretariat runs the
     * votes on it.
     */
    public void requireDatasetOwnerAdmin(Caller caller, String ownerOrganisationId) {
        if (!caller.hasRole(Roles.ORG_ADMIN) || !caller.actsFor(ownerOrganisationId)) {
            throw new ForbiddenProblem("Only an org-admin acting for '" + ownerOrganisationId
                    + "' may propose datasets or policies for it");
        }
    }

    /**
     * Asking for a dataset's suspension or retirement: its owner's org-admin, or a hub-admin
     * (the secretariat answers for breaches of the consortium's rules).
     */
    public void requireDatasetStewardOrHubAdmin(Caller caller, String ownerOrganisationId) {
        if (isHubAdmin(caller)) {
            return;
        }
        if (!caller.hasRole(Roles.ORG_ADMIN) || !caller.actsFor(ownerOrganisationId)) {
            throw new ForbiddenProblem("Only an org-admin acting for '" + ownerOrganisationId
                    + "' (or a hub-admin) may ask to suspend or retire its dataset");
        }
    }
}
