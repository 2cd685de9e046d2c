package org.consortium.hub.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import jakarta.inject.Inject;
import java.util.Set;
import org.consortium.hub.datasets.Dataset;
import org.consortium.hub.datasets.DatasetKind;
import org.consortium.hub.datasets.DatasetSeeds;
import org.consortium.hub.datasets.DatasetStatus;
import org.consortium.hub.governance.BodyService;
import org.consortium.hub.governance.Seat;
import org.consortium.hub.membership.PeopleService;
import org.consortium.hub.membership.PersonRole;
import org.consortium.hub.policies.sharing.PolicyTemplates;
import org.consortium.hub.policies.voting.Fraction;
import org.consortium.hub.policies.voting.Majority;
import org.consortium.hub.policies.voting.Quorum;
import org.consortium.hub.policies.voting.TieBreak;
import org.consortium.hub.policies.voting.VotingRules;
import org.consortium.hub.governance.VotingBody;
import org.consortium.hub.membership.Organisation;
import org.consortium.hub.membership.OrganisationKind;
import org.consortium.hub.membership.OrganisationStatus;
import org.consortium.hub.security.LocalAccount;
import org.consortium.hub.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Seeds a small demo consortium on first start when {@code hub.demo.seed} is true (the
 * embedded default): venues and companies of several kinds and regions, a general assembly
 * and a governance committee with weighted colleges, box-office datasets (three approved under
 * the "members, marketing, monthly by department" template with an initial decision in the
 * log, one proposed under "public open data" with its approval motion open), and one local
 * account per role.
 * Credentials are the README's; they are for demos only.
 */
@ApplicationScoped
public class DemoConsortium {

    private static final Logger LOG = Logger.getLogger(DemoConsortium.class);

    /**
     * One demo account per role, then one org-admin per other organisation holding a committee
     * seat, so that every committee seat can vote: user name, password (always
     * {@code <user>-pass}), roles, organisation, display name.
     */
    public static final List<String[]> ACCOUNTS = List.of(
            new String[] {"admin", "admin-pass", Roles.HUB_ADMIN, null, "Camille Secretariat"},
            new String[] {"committee", "committee-pass", Roles.COMMITTEE, null, "Dominique Chair"},
            new String[] {"orgadmin", "orgadmin-pass", Roles.ORG_ADMIN, "theatre-du-nord", "Alix Administratrice"},
            new String[] {"contributor", "contributor-pass", Roles.CONTRIBUTOR, "theatre-du-nord", "Sacha Billetterie"},
            new String[] {"analyst", "analyst-pass", Roles.ANALYST, "opera-sud", "Noa Marketing"},
            new String[] {"opera-admin", "opera-admin-pass", Roles.ORG_ADMIN, "opera-sud", "Lou Direction"},
            new String[] {"ventdest-admin", "ventdest-admin-pass", Roles.ORG_ADMIN, "compagnie-vent-d-est", "Eden Production"},
            new String[] {"drac-admin", "drac-admin-pass", Roles.ORG_ADMIN, "drac-occitanie", "Claude Conseiller"},
            new String[] {"labo-admin", "labo-admin-pass", Roles.ORG_ADMIN, "labo-publics", "Maxime Chercheur"});

    /**
     * The committee decides by SCIC-style colleges: venues 40 %, companies 30 %, institutions
     * 20 %, partners 10 %; quorum half of the weight (never heads in a weighted body), simple
     * majority, the chair's casting vote on a tie. Every college has a seat below.
     */
    static final VotingRules COMMITTEE_RULES = VotingRules.builder()
            .college("venues", Fraction.percent(40)).college("companies", Fraction.percent(30))
            .college("institutions", Fraction.percent(20)).college("partners", Fraction.percent(10))
            .quorum(Quorum.ofWeight(Fraction.ONE_HALF)).majority(Majority.simple())
            .tieBreak(TieBreak.chairCastingVote()).build();

    /** The assembly: one seat per member, heads, quorum half of the seats, simple majority, a tie rejects. */
    static final VotingRules ASSEMBLY_RULES = VotingRules.builder()
            .quorum(Quorum.ofSeats(Fraction.ONE_HALF)).majority(Majority.simple())
            .tieBreak(TieBreak.reject()).build();

    @Inject
    BodyService bodies;

    @Inject
    PeopleService people;

    @Inject
    DatasetSeeds datasetSeeds;

    @ConfigProperty(name = "hub.demo.seed")
    boolean seed;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (!seed || Organisation.count() > 0) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        organisation("theatre-du-nord", "Théâtre du Nord", OrganisationKind.VENUE, "venues", "32", "59", now);
        organisation("opera-sud", "Opéra du Sud", OrganisationKind.VENUE, "venues", "93", "13", now);
        organisation("scene-nationale-loire", "Scène nationale de Loire", OrganisationKind.VENUE, "venues", "52", "44", now);
        organisation("festival-des-remparts", "Festival des Remparts", OrganisationKind.VENUE, "venues", "76", "34", now);
        organisation("compagnie-vent-d-est", "Compagnie Vent d'Est", OrganisationKind.COMPANY, "companies", "44", "67", now);
        organisation("reseau-scenes-ouest", "Réseau des scènes de l'Ouest", OrganisationKind.NETWORK, "partners", "53", "35", now);
        organisation("drac-occitanie", "DRAC Occitanie", OrganisationKind.PUBLIC_BODY, "institutions", "76", "31", now);
        organisation("labo-publics", "Laboratoire Publics et Scènes", OrganisationKind.RESEARCH, "partners", "84", "69", now);

        VotingBody assembly = body("general-assembly", "General assembly", "GENERAL_ASSEMBLY", now);
        int position = 0;
        for (Organisation o : Organisation.<Organisation>listAll()) {
            seat(assembly, position++, o.id, null, o.college, false);
        }
        VotingBody committee = body("governance-committee", "Governance committee", "GOVERNANCE_COMMITTEE", now);
        seat(committee, 0, null, "committee", "institutions", true);
        seat(committee, 1, "theatre-du-nord", null, "venues", false);
        seat(committee, 2, "opera-sud", null, "venues", false);
        seat(committee, 3, "compagnie-vent-d-est", null, "companies", false);
        seat(committee, 4, "drac-occitanie", null, "institutions", false);
        seat(committee, 5, "labo-publics", null, "partners", false);

        dataset("theatre-du-nord-billetterie", "theatre-du-nord", "Billetterie du Théâtre du Nord", DatasetStatus.APPROVED, now);
        dataset("opera-sud-billetterie", "opera-sud", "Billetterie de l'Opéra du Sud", DatasetStatus.APPROVED, now);
        dataset("scene-nationale-loire-billetterie", "scene-nationale-loire", "Billetterie de la Scène nationale de Loire",
                DatasetStatus.APPROVED, now);
        dataset("festival-des-remparts-billetterie", "festival-des-remparts", "Billetterie du Festival des Remparts",
                DatasetStatus.PROPOSED, now);

        for (String[] a : ACCOUNTS) {
            LocalAccount.create(a[0], a[1], a[2], a[3], a[4]).persist();
            if (a[3] != null) {
                people.record(a[3], a[0], Set.of(PersonRole.of(a[2])));
            }
        }
        bodies.putRules(assembly.id, ASSEMBLY_RULES, "demo-seed");
        bodies.putRules(committee.id, COMMITTEE_RULES, "demo-seed");
        // After the rules: the proposed dataset's approval motion opens in the committee.
        datasetSeeds.recordInitialApproval("theatre-du-nord-billetterie", PolicyTemplates.MEMBERS_MARKETING_MONTHLY_DEPARTMENT);
        datasetSeeds.recordInitialApproval("opera-sud-billetterie", PolicyTemplates.MEMBERS_MARKETING_MONTHLY_DEPARTMENT);
        datasetSeeds.recordInitialApproval("scene-nationale-loire-billetterie",
                PolicyTemplates.MEMBERS_MARKETING_MONTHLY_DEPARTMENT);
        datasetSeeds.recordProposal("festival-des-remparts-billetterie", PolicyTemplates.PUBLIC_OPEN_DATA_YEARLY_REGION);
        LOG.infof("Seeded the demo consortium: %d organisations, 2 voting bodies, %d local accounts",
                Organisation.count(), ACCOUNTS.size());
    }

    private static void organisation(String id, String name, OrganisationKind kind, String college,
                                     String region, String department, OffsetDateTime now) {
        Organisation o = new Organisation();
        o.id = id;
        o.legalName = name;
        o.kind = kind;
        o.college = college;
        o.regionCode = region;
        o.departmentCode = department;
        o.status = OrganisationStatus.MEMBER;
        o.createdAt = now;
        o.persist();
    }

    private static void dataset(String id, String owner, String title, DatasetStatus status, OffsetDateTime now) {
        Dataset d = new Dataset();
        d.id = id;
        d.ownerOrganisationId = owner;
        d.kind = DatasetKind.ATTENDANCE;
        d.title = title;
        d.description = "Performances and attendance lines from the box office";
        d.schemaVersion = "1.0";
        d.licence = "CONSORTIUM_ONLY";
        d.status = status;
        d.createdAt = now;
        d.persist();
    }

    private static VotingBody body(String id, String name, String kind, OffsetDateTime now) {
        VotingBody body = new VotingBody();
        body.id = id;
        body.name = name;
        body.kind = kind;
        body.createdAt = now;
        body.persist();
        return body;
    }

    private static void seat(VotingBody body, int position, String org, String person, String college, boolean chair) {
        Seat seat = new Seat();
        seat.id = UUID.randomUUID();
        seat.body = body;
        seat.position = position;
        seat.holderOrganisationId = org;
        seat.holderPerson = person;
        seat.college = college;
        seat.chair = chair;
        body.seats.add(seat);
        seat.persist();
    }
}
