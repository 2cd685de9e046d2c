package org.consortium.hub.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.consortium.hub.web.problem.ForbiddenProblem;

/**
 * The one place that says who may do what. Resources and services call these checks instead
 * of testing roles themselves, so that the authorisation matrix can be read, and changed, here
 * (the matrix test, {@code realstack.AuthorizationMatrixTest}, states the expected outcome of
 * every endpoint for every role).
 *
 * <table>
 * <caption>Who may call what (every endpoint needs a signed-in caller)</caption>
 * <tr><th>what</th><th>who</th></tr>
 * <tr><td>read organisations, bodies, rules, motions, ballots, decisions, the dataset catalogue;
 *     apply to join; /me</td><td>any signed-in caller</td></tr>
 * <tr><td>bodies, seats, rules, motions (open, close), emergency suspension, rollup check</td>
 *     <td>hub-admin ({@link #requireHubAdmin})</td></tr>
 * <tr><td>an organisation's people</td><td>its org-admins, or a hub-admin ({@link #requireOrgAdminOf})</td></tr>
 * <tr><td>casting a ballot</td><td>the seat's holder ({@link #requireSeatHolder})</td></tr>
 * <tr><td>contributing records to a dataset</td><td>a contributor acting for the dataset's owner
 *     ({@link #requireContributorFor})</td></tr>
 * <tr><td>works and productions (shared identifiers)</td><td>people and clients acting for an
 *     active member, or a hub-admin ({@link #requireMemberOrHubAdmin}); merges and flags: hub-admin</td></tr>
 * <tr><td>proposing a dataset or a new policy for it</td><td>an org-admin acting for its owner
 *     ({@link #requireDatasetOwnerAdmin})</td></tr>
 * <tr><td>asking to suspend or retire a dataset</td><td>its owner's org-admin, or a hub-admin
 *     ({@link #requireDatasetStewardOrHubAdmin})</td></tr>
 * <tr><td>indicators</td><td>any signed-in caller; each dataset's policy then decides what it
 *     contributes (IndicatorService)</td></tr>
 * <tr><td>a dataset's access log</td><td>its owner's org-admins, or a hub-admin
 *     ({@link #requireAccessLogReader})</td></tr>
 * <tr><td>a contribution receipt</td><td>anyone acting for the submitting organisation, or a
 *     hub-admin ({@link #requireReceiptReader})</td></tr>
 * </table>
 *
 * <p>Contributor and analyst rights end with membership: {@link MemberStandingAugmentor} removes
 * those roles from callers whose organisation is not an active member, before any check here.
 *
 * <p>Ballots on an organisation's seat: the organisation votes through a person who acts for
 * it (the token's {@code member_org} claim or the local account's organisation) <b>and</b>
 * holds the {@code org-admin} or the {@code committee} role. Contributors and analysts act for
 * their organisation too, but only for data: they cannot commit it in a vote. A person seat
 * is voted by that person only (subject equality), whatever their roles.
 */
@ApplicationScoped
public class AccessRules {

    @Inject
    OrganisationStanding standing;

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

    /** Sending records to a dataset: a contributor acting for the organisation that owns it. */
    public void requireContributorFor(Caller caller, String datasetId, String ownerOrganisationId) {
        if (!caller.hasRole(Roles.CONTRIBUTOR)) {
            String status = caller.organisationId() == null ? "member" : standing.statusOf(caller.organisationId());
            throw new ForbiddenProblem("member".equals(status)
                    ? "Only a contributor of the dataset's owner may send records"
                    : "Organisation '" + caller.organisationId() + "' is " + (status == null ? "unknown" : status)
                            + ": only contributors of active members send records");
        }
        if (!caller.actsFor(ownerOrganisationId)) {
            throw new ForbiddenProblem("Dataset '" + datasetId + "' belongs to another organisation; "
                    + "you may only contribute to your own organisation's datasets");
        }
    }

    /** Reading a contribution receipt: whoever acts for the submitting organisation, or a hub-admin. */
    public void requireReceiptReader(Caller caller, String organisationId) {
        if (!isHubAdmin(caller) && !caller.actsFor(organisationId)) {
            throw new ForbiddenProblem("This receipt belongs to another organisation");
        }
    }

    /** Consortium-internal reference data: anyone acting for an active member, or a hub-admin. */
    public void requireMemberOrHubAdmin(Caller caller, String what) {
        if (isHubAdmin(caller)) {
            return;
        }
        if (caller.organisationId() == null || !standing.isActiveMember(caller.organisationId())) {
            throw new ForbiddenProblem("Only people acting for a member organisation (or a hub-admin) may " + what);
        }
    }

    /** A dataset's access log: the org-admins of its owner, or a hub-admin. */
    public void requireAccessLogReader(Caller caller, String ownerOrganisationId) {
        if (!isHubAdmin(caller) && !(caller.hasRole(Roles.ORG_ADMIN) && caller.actsFor(ownerOrganisationId))) {
            throw new ForbiddenProblem("Only the org-admins of the dataset's owner and the secretariat read its access log");
        }
    }

    /** A dataset's data-quality report: whoever acts for its owner, the committee, or a hub-admin. */
    public void requireQualityReader(Caller caller, String ownerOrganisationId) {
        if (!isHubAdmin(caller) && !caller.hasRole(Roles.COMMITTEE) && !caller.actsFor(ownerOrganisationId)) {
            throw new ForbiddenProblem("Only the dataset's owner, the committee and the secretariat read its"
                    + " data-quality report");
        }
    }
}
