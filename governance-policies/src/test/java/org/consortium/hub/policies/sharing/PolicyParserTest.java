package org.consortium.hub.policies.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.consortium.hub.policies.disclosure.DisclosureRules;
import org.consortium.hub.policies.disclosure.DominanceRule;
import org.junit.jupiter.api.Test;

class PolicyParserTest {

    static final String MINIMAL = """
            policyId: p
            version: 1
            audience: {allMembers: true}
            purposes: [MARKETING]
            finestGranularity: {time: MONTH, place: DEPARTMENT}
            licence: CONSORTIUM_ONLY
            """;

    private static List<String> errors(String doc) {
        ParseResult r = PolicyParser.parse(doc);
        assertThat(r.isValid()).as("expected errors").isFalse();
        return r.errors().stream().map(ValidationError::toString).toList();
    }

    @Test
    void minimalDocumentGetsInseeDefaults() {
        SharingPolicy p = PolicyParser.parse(MINIMAL).orElseThrow();
        assertThat(p.disclosure()).isEqualTo(DisclosureRules.DEFAULTS);
        assertThat(p.disclosure().dominance()).isEqualTo(new DominanceRule(1, 85));
        assertThat(p.embargoDays()).isZero();
        assertThat(p.replaces()).isNull();
        assertThat(p.constraints()).isEmpty();
        assertThat(p.audience().allMembers()).isTrue();
    }

    @Test
    void everyErrorIsReportedWithItsPath() {
        List<String> e = errors("""
                policyId: p
                version: 0
                audience: {allMembers: yes-please, colour: blue}
                purposes: [MARKETING, GOSSIP, MARKETING]
                disclosure:
                  minContributors: 0
                  minCountForPeople: "11"
                  dominance: {n: 1, k: 120}
                finestGranularity: {time: HOUR}
                embargoDays: -1
                licence: CC0
                constraints:
                  - parameters: {x: [1, 2]}
                """);
        assertThat(e).contains(
                "$.version: must be >= 1",
                "$.audience.colour: unknown field",
                "$.audience.allMembers: must be a boolean",
                "$.disclosure.minContributors: must be >= 1",
                "$.disclosure.minCountForPeople: must be an integer",
                "$.disclosure.dominance.k: must be <= 100",
                "$.finestGranularity.place: is required",
                "$.embargoDays: must be >= 0",
                "$.constraints[0].name: is required",
                "$.constraints[0].parameters.x: must be a string, number or boolean");
        assertThat(e).anyMatch(s -> s.startsWith("$.purposes[1]: must be one of PROGRAMMING, MARKETING"));
        assertThat(e).contains("$.purposes[2]: duplicate value MARKETING");
        assertThat(e).anyMatch(s -> s.startsWith("$.finestGranularity.time: must be one of DAY, WEEK"));
        assertThat(e).anyMatch(s -> s.startsWith("$.licence: must be one of LICENCE_OUVERTE_2_0"));
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        assertThat(errors("title: nothing else")).contains("$.policyId: is required", "$.version: is required",
                "$.audience: is required", "$.purposes: is required", "$.finestGranularity: is required",
                "$.licence: is required");
    }

    @Test
    void rawAccessCanNeverBeGranted() {
        List<String> e = errors(MINIMAL + "rawAccess: true\n");
        assertThat(e).singleElement().asString()
                .startsWith("$.rawAccess: unknown field: raw records are visible to their owner only");
        assertThat(errors(MINIMAL.replace("{allMembers: true}", "{allMembers: true, rawRecords: true}")))
                .anyMatch(s -> s.startsWith("$.audience.rawRecords: unknown field: raw records"));
    }

    @Test
    void audienceMustAdmitSomeoneAndPublicTakesNoRoles() {
        assertThat(errors(MINIMAL.replace("{allMembers: true}", "{}")))
                .anyMatch(s -> s.startsWith("$.audience: admits nobody"));
        assertThat(errors(MINIMAL.replace("{allMembers: true}", "{public: true, roles: [analyst]}")))
                .anyMatch(s -> s.startsWith("$.audience.roles: must be empty when public is true"));
    }

    @Test
    void newVersionMustNameTheOneItReplaces() {
        assertThat(errors(MINIMAL.replace("version: 1", "version: 2")))
                .anyMatch(s -> s.startsWith("$.replaces: is required when version > 1"));
        assertThat(errors(MINIMAL.replace("version: 1", "version: 2\nreplaces: {policyId: p, version: 2}")))
                .contains("$.replaces.version: must be lower than $.version (2)");
        SharingPolicy v2 = PolicyParser.parse(MINIMAL.replace("version: 1", "version: 2\nreplaces: {policyId: p, version: 1}"))
                .orElseThrow();
        assertThat(v2.replaces()).isEqualTo(new PolicyReference("p", 1));
    }

    @Test
    void builtInConstraintNamesAreReserved() {
        assertThat(errors(MINIMAL + "constraints: [{name: purpose}]"))
                .anyMatch(s -> s.startsWith("$.constraints[0].name: 'purpose' is built in"));
    }

    @Test
    void unreadableOrEmptyDocumentsAreErrorsNotExceptions() {
        assertThat(errors("")).containsExactly("$: document is empty");
        assertThat(errors("{\"policyId\": ")).singleElement().asString().startsWith("$: not readable");
        assertThat(errors("- a list")).containsExactly("$: must be an object");
        assertThat(errors("policyId: a\npolicyId: b\n")).singleElement().asString().contains("Duplicate field");
    }

    @Test
    void orElseThrowCarriesTheErrors() {
        assertThatThrownBy(() -> PolicyParser.parse("version: x").orElseThrow())
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("$.version: must be an integer")
                .satisfies(ex -> assertThat(((InvalidPolicyException) ex).errors()).hasSizeGreaterThan(1));
    }

    @Test
    void jsonAndYamlRoundTrip() {
        SharingPolicy original = PolicyParser.parse("""
                policyId: full
                version: 3
                replaces: {policyId: full, version: 2}
                title: Everything set
                audience:
                  roles: [analyst, director]
                  organisationKinds: [VENUE, NETWORK]
                  organisations: [org-b, org-a]
                  allMembers: true
                purposes: [RESEARCH, PROGRAMMING]
                disclosure:
                  minContributors: 5
                  minCountForPeople: 20
                  dominance: {n: 2, k: 90}
                  secondarySuppression: false
                finestGranularity: {time: QUARTER, place: REGION}
                embargoDays: 45
                licence: ODBL
                constraints:
                  - name: excludeOrganisationKinds
                    parameters: {kinds: "TICKETING_VENDOR,OTHER", strict: true, limit: 3}
                """).orElseThrow();
        assertThat(original.constraints().get(0).parameters()).containsEntry("strict", "true").containsEntry("limit", "3");

        String json = PolicyWriter.toJson(original);
        String yaml = PolicyWriter.toYaml(original);
        assertThat(PolicyParser.parse(json).orElseThrow()).isEqualTo(original);
        assertThat(PolicyParser.parseJson(json).orElseThrow()).isEqualTo(original);
        assertThat(PolicyParser.parse(yaml).orElseThrow()).isEqualTo(original);
        // deterministic text, whatever the order of sets in memory
        assertThat(PolicyWriter.toJson(PolicyParser.parse(yaml).orElseThrow())).isEqualTo(json);
    }

    @Test
    void jsonDocumentIsAccepted() {
        ParseResult r = PolicyParser.parse("""
                {"policyId": "j", "version": 1, "audience": {"public": true}, "purposes": ["RESEARCH"],
                 "finestGranularity": {"time": "YEAR", "place": "NATIONAL"}, "licence": "ODBL"}
                """);
        assertThat(r.optionalPolicy()).get().extracting(p -> p.audience().publicAccess()).isEqualTo(true);
    }
}
