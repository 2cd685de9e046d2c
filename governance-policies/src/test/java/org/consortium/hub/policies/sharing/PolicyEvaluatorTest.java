package org.consortium.hub.policies.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyEvaluatorTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final Granularity MONTH_DEPT = new Granularity(TimeGranularity.MONTH, PlaceGranularity.DEPARTMENT);
    private static final PolicyEvaluator EVALUATOR = new PolicyEvaluator();

    private static SharingPolicy policy(String audienceAndMore) {
        return PolicyParser.parse("""
                policyId: p
                version: 1
                purposes: [MARKETING, PROGRAMMING]
                finestGranularity: {time: MONTH, place: DEPARTMENT}
                licence: CONSORTIUM_ONLY
                """ + audienceAndMore).orElseThrow();
    }

    private static Caller member(String org, OrganisationKind kind, String... roles) {
        return new Caller(Set.of(roles), org, kind, true);
    }

    private static Caller outsider(String org, OrganisationKind kind, String... roles) {
        return new Caller(Set.of(roles), org, kind, false);
    }

    private static PolicyDecision decide(SharingPolicy p, Caller caller, Purpose purpose, Granularity g) {
        DatasetRef dataset = new DatasetRef("ds-1", "owner-org", p, LocalDate.of(2025, 1, 1), null);
        return EVALUATOR.evaluate(new AccessRequest(caller, purpose, dataset, g, TODAY));
    }

    private static PolicyDecision decide(SharingPolicy p, Caller caller) {
        return decide(p, caller, Purpose.MARKETING, MONTH_DEPT);
    }

    @Test
    void allMembersAdmitsMembersOnly() {
        SharingPolicy p = policy("audience: {allMembers: true}");
        PolicyDecision ok = decide(p, member("theatre-a", OrganisationKind.VENUE));
        assertThat(ok.permitted()).isTrue();
        assertThat(ok.reasons()).anyMatch(r -> r.contains("your organisation is a member"));
        assertThat(ok.obligations().granularityFloor()).isEqualTo(MONTH_DEPT);
        assertThat(ok.obligations().disclosure().minContributors()).isEqualTo(3);

        PolicyDecision no = decide(p, outsider("theatre-b", OrganisationKind.VENUE));
        assertThat(no.permitted()).isFalse();
        assertThat(no.failedConstraints()).containsExactly("audience");
        assertThat(no.reasons()).singleElement().asString().contains("not in the policy's audience (all members)");
    }

    @Test
    void organisationKindsAdmitNonMembersOfThatKind() {
        SharingPolicy p = policy("audience: {organisationKinds: [PUBLIC_BODY]}");
        assertThat(decide(p, outsider("ministry", OrganisationKind.PUBLIC_BODY)).permitted()).isTrue();
        assertThat(decide(p, member("theatre-a", OrganisationKind.VENUE)).permitted()).isFalse();
        assertThat(decide(p, Caller.anonymous()).permitted()).isFalse();
    }

    @Test
    void namedOrganisationsAreAdmittedByName() {
        SharingPolicy p = policy("audience: {organisations: [univ-lyon]}");
        assertThat(decide(p, outsider("univ-lyon", OrganisationKind.RESEARCH)).permitted()).isTrue();
        assertThat(decide(p, outsider("univ-paris", OrganisationKind.RESEARCH)).permitted()).isFalse();
    }

    @Test
    void rolesAloneAdmitAndNarrowOrganisationCriteria() {
        SharingPolicy rolesOnly = policy("audience: {roles: [evaluator]}");
        assertThat(decide(rolesOnly, outsider("ministry", OrganisationKind.PUBLIC_BODY, "evaluator")).permitted()).isTrue();
        assertThat(decide(rolesOnly, member("theatre-a", OrganisationKind.VENUE, "analyst")).permitted()).isFalse();

        SharingPolicy membersAnalysts = policy("audience: {allMembers: true, roles: [analyst]}");
        assertThat(decide(membersAnalysts, member("theatre-a", OrganisationKind.VENUE, "analyst")).permitted()).isTrue();
        PolicyDecision contributor = decide(membersAnalysts, member("theatre-a", OrganisationKind.VENUE, "contributor"));
        assertThat(contributor.permitted()).isFalse();
        assertThat(contributor.reasons()).singleElement().asString().contains("none of the roles").contains("analyst");
        assertThat(decide(membersAnalysts, outsider("x", OrganisationKind.VENUE, "analyst")).permitted()).isFalse();
    }

    @Test
    void publicAdmitsAnyone() {
        SharingPolicy p = policy("audience: {public: true}");
        PolicyDecision d = decide(p, Caller.anonymous());
        assertThat(d.permitted()).isTrue();
        assertThat(d.reasons()).contains("The policy's audience is public.");
    }

    @Test
    void ownerIsAlwaysInTheAudienceButOnlyForAggregates() {
        SharingPolicy p = policy("audience: {organisations: [someone-else]}");
        PolicyDecision owner = decide(p, outsider("owner-org", OrganisationKind.VENUE));
        assertThat(owner.permitted()).isTrue();
        assertThat(owner.explanation()).contains("owns this dataset").contains("Aggregates only");
        // the other rules still apply to the owner
        assertThat(decide(p, outsider("owner-org", OrganisationKind.VENUE), Purpose.RESEARCH, MONTH_DEPT).permitted())
                .isFalse();
    }

    @Test
    void purposeMustBeAllowed() {
        SharingPolicy p = policy("audience: {allMembers: true}");
        Caller c = member("theatre-a", OrganisationKind.VENUE);
        assertThat(decide(p, c, Purpose.PROGRAMMING, MONTH_DEPT).permitted()).isTrue();
        PolicyDecision d = decide(p, c, Purpose.RESEARCH, MONTH_DEPT);
        assertThat(d.permitted()).isFalse();
        assertThat(d.failedConstraints()).containsExactly("purpose");
        assertThat(d.reasons()).singleElement().asString()
                .isEqualTo("The purpose RESEARCH is not allowed; the policy allows PROGRAMMING, MARKETING.");
    }

    @Test
    void granularityExactlyAtTheFloorOrCoarserIsPermittedFinerIsDenied() {
        SharingPolicy p = policy("audience: {allMembers: true}");
        Caller c = member("theatre-a", OrganisationKind.VENUE);
        assertThat(decide(p, c, Purpose.MARKETING, MONTH_DEPT).permitted()).isTrue();
        assertThat(decide(p, c, Purpose.MARKETING,
                new Granularity(TimeGranularity.YEAR, PlaceGranularity.NATIONAL)).permitted()).isTrue();

        PolicyDecision weekly = decide(p, c, Purpose.MARKETING,
                new Granularity(TimeGranularity.WEEK, PlaceGranularity.DEPARTMENT));
        assertThat(weekly.permitted()).isFalse();
        assertThat(weekly.failedConstraints()).containsExactly("granularity");
        assertThat(weekly.reasons()).singleElement().asString()
                .contains("time WEEK is finer than MONTH").contains("ask for MONTH × DEPARTMENT or coarser");
        assertThat(weekly.obligations().granularityFloor()).isEqualTo(MONTH_DEPT);

        PolicyDecision byVenue = decide(p, c, Purpose.MARKETING,
                new Granularity(TimeGranularity.YEAR, PlaceGranularity.COMMUNE));
        assertThat(byVenue.reasons()).singleElement().asString().contains("place COMMUNE is finer than DEPARTMENT")
                .doesNotContain("time");
    }

    @Test
    void embargoEndsExactlyOnTheBoundaryDay() {
        SharingPolicy p = policy("audience: {allMembers: true}\nembargoDays: 30");
        Caller c = member("theatre-a", OrganisationKind.VENUE);
        // data up to 2025-05-31 + 30 days → releasable from 2025-06-30
        DatasetRef onBoundary = new DatasetRef("ds", "owner-org", p, null, LocalDate.of(2025, 5, 31));
        DatasetRef dayBefore = new DatasetRef("ds", "owner-org", p, null, LocalDate.of(2025, 6, 1));
        PolicyDecision released = EVALUATOR.evaluate(new AccessRequest(c, Purpose.MARKETING, onBoundary, MONTH_DEPT, TODAY));
        PolicyDecision embargoed = EVALUATOR.evaluate(new AccessRequest(c, Purpose.MARKETING, dayBefore, MONTH_DEPT, TODAY));
        assertThat(released.permitted()).isTrue();
        assertThat(embargoed.permitted()).isFalse();
        assertThat(embargoed.failedConstraints()).containsExactly("embargo");
        assertThat(embargoed.reasons()).singleElement().asString().contains("until 2025-07-01");
    }

    @Test
    void embargoFallsBackToApprovalDateAndDeniesWhenNoDateIsKnown() {
        SharingPolicy p = policy("audience: {allMembers: true}\nembargoDays: 10");
        Caller c = member("theatre-a", OrganisationKind.VENUE);
        DatasetRef approved = new DatasetRef("ds", "owner-org", p, LocalDate.of(2025, 6, 20), null);
        assertThat(EVALUATOR.evaluate(new AccessRequest(c, Purpose.MARKETING, approved, MONTH_DEPT, TODAY)).permitted())
                .isTrue();
        DatasetRef undated = new DatasetRef("ds", "owner-org", p, null, null);
        PolicyDecision d = EVALUATOR.evaluate(new AccessRequest(c, Purpose.MARKETING, undated, MONTH_DEPT, TODAY));
        assertThat(d.permitted()).isFalse();
        assertThat(d.reasons()).singleElement().asString().contains("cannot be checked");
    }

    @Test
    void unknownConstraintDeniesNamingItNeverThrows() {
        SharingPolicy p = policy("audience: {allMembers: true}\nconstraints: [{name: mustBeFullMoon}]");
        PolicyDecision d = decide(p, member("theatre-a", OrganisationKind.VENUE));
        assertThat(d.permitted()).isFalse();
        assertThat(d.failedConstraints()).containsExactly("mustBeFullMoon");
        assertThat(d.reasons()).singleElement().asString().contains("Unknown constraint 'mustBeFullMoon'");
        assertThat(ConstraintRegistry.standard().unknownConstraints(p))
                .containsExactly(new ValidationError("$.constraints[0].name", "unknown constraint 'mustBeFullMoon'"));
    }

    @Test
    void missingBuiltInOrFailingFunctionAlsoDenies() {
        SharingPolicy p = policy("audience: {allMembers: true}\nconstraints: [{name: flaky}]");
        Caller c = member("theatre-a", OrganisationKind.VENUE);
        DatasetRef ds = new DatasetRef("ds", "owner-org", p, null, null);
        AccessRequest request = new AccessRequest(c, Purpose.MARKETING, ds, MONTH_DEPT, TODAY);

        PolicyDecision empty = new PolicyEvaluator(ConstraintRegistry.empty()).evaluate(request);
        assertThat(empty.failedConstraints()).containsExactly("audience", "purpose", "granularity", "embargo", "flaky");

        ConstraintRegistry failing = ConstraintRegistry.standard().with("flaky", (r, params) -> {
            throw new IllegalStateException("boom");
        });
        PolicyDecision d = new PolicyEvaluator(failing).evaluate(request);
        assertThat(d.failedConstraints()).containsExactly("flaky");
        assertThat(d.reasons()).singleElement().asString().contains("'flaky' could not be evaluated");
    }

    @Test
    void customConstraintFromTheRegistry() {
        SharingPolicy p = policy("audience: {allMembers: true}\n"
                + "constraints: [{name: maxRows, parameters: {limit: 10}}]");
        ConstraintRegistry registry = ConstraintRegistry.standard().with("maxRows",
                (r, params) -> Integer.parseInt(params.get("limit")) >= 10
                        ? ConstraintResult.satisfied("Row limit respected.")
                        : ConstraintResult.violated("Too many rows."));
        DatasetRef ds = new DatasetRef("ds", "owner-org", p, null, null);
        PolicyDecision d = new PolicyEvaluator(registry).evaluate(new AccessRequest(
                member("theatre-a", OrganisationKind.VENUE), Purpose.MARKETING, ds, MONTH_DEPT, TODAY));
        assertThat(d.permitted()).isTrue();
        assertThat(d.reasons()).contains("Row limit respected.");
    }

    @Test
    void shippedExtraConstraints() {
        SharingPolicy p = policy("audience: {organisationKinds: [VENUE, TICKETING_VENDOR]}\nconstraints:\n"
                + "  - {name: excludeOrganisationKinds, parameters: {kinds: 'TICKETING_VENDOR, OTHER'}}\n"
                + "  - {name: membersOnly}");
        assertThat(decide(p, member("theatre-a", OrganisationKind.VENUE)).permitted()).isTrue();
        PolicyDecision vendor = decide(p, member("tix", OrganisationKind.TICKETING_VENDOR));
        assertThat(vendor.failedConstraints()).containsExactly("excludeOrganisationKinds");
        assertThat(decide(p, outsider("theatre-b", OrganisationKind.VENUE)).failedConstraints())
                .containsExactly("membersOnly");

        SharingPolicy badKind = policy("audience: {allMembers: true}\n"
                + "constraints: [{name: excludeOrganisationKinds, parameters: {kinds: PIRATE}}]");
        assertThat(decide(badKind, member("theatre-a", OrganisationKind.VENUE)).reasons())
                .singleElement().asString().contains("unknown organisation kind 'PIRATE'");
    }

    @Test
    void denialListsEveryFailedRule() {
        SharingPolicy p = policy("audience: {allMembers: true}\nembargoDays: 365");
        PolicyDecision d = decide(p, Caller.anonymous(), Purpose.RESEARCH,
                new Granularity(TimeGranularity.DAY, PlaceGranularity.VENUE));
        assertThat(d.failedConstraints()).containsExactly("audience", "purpose", "granularity", "embargo");
        assertThat(d.explanation()).startsWith("Denied under p v1:");
    }

    @Test
    void templatesEvaluateAsDescribed() {
        SharingPolicy research = PolicyTemplates.load("research-under-agreement");
        DatasetRef ds = new DatasetRef("ds", "owner-org", research, null, LocalDate.of(2025, 3, 31));
        Granularity quarterDept = new Granularity(TimeGranularity.QUARTER, PlaceGranularity.DEPARTMENT);
        Caller researcher = outsider("research-partner-1", OrganisationKind.RESEARCH, "researcher");
        assertThat(EVALUATOR.evaluate(new AccessRequest(researcher, Purpose.RESEARCH, ds, quarterDept, TODAY))
                .permitted()).isTrue();
        assertThat(EVALUATOR.evaluate(new AccessRequest(researcher, Purpose.MARKETING, ds, quarterDept, TODAY))
                .permitted()).isFalse();
    }
}
