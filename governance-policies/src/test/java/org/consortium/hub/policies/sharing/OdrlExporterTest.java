package org.consortium.hub.policies.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OdrlExporterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode roundTrip(com.fasterxml.jackson.databind.node.ObjectNode odrl) throws Exception {
        return MAPPER.readTree(OdrlExporter.toJson(odrl));
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    @Test
    void membersTemplateAsOffer() throws Exception {
        SharingPolicy p = PolicyTemplates.load("members-marketing-monthly-department");
        JsonNode odrl = roundTrip(OdrlExporter.export(p, "ds-42", "theatre-a"));

        assertThat(odrl.get("@context").asText()).isEqualTo("http://www.w3.org/ns/odrl.jsonld");
        assertThat(odrl.get("@type").asText()).isEqualTo("Offer");
        assertThat(odrl.get("uid").asText()).isEqualTo("urn:consortium-hub:odrl:policy:members-marketing-monthly-department:1");
        assertThat(odrl.get("assigner").asText()).endsWith("organisation:theatre-a");

        JsonNode permission = odrl.get("permission").get(0);
        assertThat(permission.get("action").asText()).isEqualTo("use");
        assertThat(permission.get("target").asText()).isEqualTo("urn:consortium-hub:odrl:dataset:ds-42:aggregates");
        JsonNode constraints = permission.get("constraint");
        JsonNode purpose = constraints.get(0);
        assertThat(purpose.get("leftOperand").asText()).isEqualTo("purpose");
        assertThat(purpose.get("operator").asText()).isEqualTo("isAnyOf");
        assertThat(texts(purpose.get("rightOperand"), "@id"))
                .containsExactly("urn:consortium-hub:odrl:purpose:PROGRAMMING", "urn:consortium-hub:odrl:purpose:MARKETING");
        assertThat(constraints.get(1).get("leftOperand").asText()).isEqualTo("urn:consortium-hub:odrl:membership");
        assertThat(texts(constraints.get(2).get("rightOperand"), "@id"))
                .containsExactly("urn:consortium-hub:odrl:time:MONTH", "urn:consortium-hub:odrl:time:QUARTER",
                        "urn:consortium-hub:odrl:time:YEAR");

        JsonNode anonymize = permission.get("duty").get(0).get("action").get(0);
        assertThat(anonymize.get("rdf:value").asText()).isEqualTo("anonymize");
        assertThat(anonymize.get("refinement").get(0).get("rightOperand").asInt()).isEqualTo(3);
        assertThat(anonymize.get("refinement").get(3).get("rightOperand").asInt()).isEqualTo(85);
        // consortium-only outputs carry no open-licence attribution duty
        assertThat(permission.get("duty")).hasSize(1);

        JsonNode prohibition = odrl.get("prohibition").get(0);
        assertThat(prohibition.get("action").asText()).isEqualTo("distribute");
        assertThat(prohibition.get("target").asText()).endsWith("ds-42:records");
    }

    @Test
    void publicTemplateAsSetWithEmbargoAndAttribution() throws Exception {
        JsonNode odrl = roundTrip(OdrlExporter.export(PolicyTemplates.load("public-open-data-yearly-region")));
        assertThat(odrl.get("@type").asText()).isEqualTo("Set");
        assertThat(odrl.has("assigner")).isFalse();
        JsonNode permission = odrl.get("permission").get(0);
        List<String> left = texts(permission.get("constraint"), "leftOperand");
        assertThat(left).contains("purpose", "delayPeriod")
                .doesNotContain("recipient", "urn:consortium-hub:odrl:membership");
        JsonNode delay = permission.get("constraint").get(left.indexOf("delayPeriod"));
        assertThat(delay.at("/rightOperand/@value").asText()).isEqualTo("P90D");
        JsonNode attribution = permission.get("duty").get(1);
        assertThat(attribution.get("action").asText()).isEqualTo("attribute");
        assertThat(attribution.get("urn:consortium-hub:odrl:licence").asText()).contains("etalab");
    }

    @Test
    void researchTemplateCombinesRecipientAndRoleAndExtraConstraint() throws Exception {
        JsonNode odrl = roundTrip(OdrlExporter.export(PolicyTemplates.load("research-under-agreement"), "ds-1", "o"));
        JsonNode constraints = odrl.at("/permission/0/constraint");
        JsonNode audience = constraints.get(1).at("/and/@list");
        assertThat(audience.get(0).get("leftOperand").asText()).isEqualTo("recipient");
        assertThat(audience.get(0).at("/rightOperand/0/@id").asText())
                .isEqualTo("urn:consortium-hub:odrl:organisation:research-partner-1");
        assertThat(audience.get(1).get("leftOperand").asText()).isEqualTo("urn:consortium-hub:odrl:role");
        JsonNode extra = constraints.get(constraints.size() - 1);
        assertThat(extra.get("leftOperand").asText()).isEqualTo("urn:consortium-hub:odrl:constraint:excludeOrganisationKinds");
        assertThat(extra.at("/rightOperand/@value/kinds").asText()).isEqualTo("TICKETING_VENDOR");
    }

    @Test
    void alternativeAudienceCriteriaAreAnOrAndOdblAddsShareAlike() throws Exception {
        SharingPolicy p = PolicyParser.parse("""
                policyId: mixed
                version: 1
                audience: {allMembers: true, organisationKinds: [PUBLIC_BODY]}
                purposes: [PUBLIC_POLICY_EVALUATION]
                finestGranularity: {time: YEAR, place: NATIONAL}
                licence: ODBL
                """).orElseThrow();
        JsonNode odrl = roundTrip(OdrlExporter.export(p));
        JsonNode or = odrl.at("/permission/0/constraint/1/or/@list");
        assertThat(texts(or, "leftOperand")).containsExactly("urn:consortium-hub:odrl:membership",
                "urn:consortium-hub:odrl:organisationKind");
        assertThat(texts(odrl.at("/permission/0/duty"), "action")).contains("attribute",
                "http://creativecommons.org/ns#ShareAlike");
    }
}
