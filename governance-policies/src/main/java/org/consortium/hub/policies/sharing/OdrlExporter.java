package org.consortium.hub.policies.sharing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.consortium.hub.policies.disclosure.DisclosureRules;

/**
 * Exports a sharing policy as ODRL 2.2 JSON-LD, for dataspace connectors.
 *
 * <p><b>Action.</b> The permission's action is {@code use} on the dataset's aggregated
 * outputs, not {@code aggregate}: in the ODRL vocabulary {@code aggregate} means including
 * the asset in a composite collection, not computing statistics over it. What makes the
 * release statistical is the target (the aggregates asset), the {@code anonymize} duty
 * carrying the disclosure-control parameters and the prohibition to distribute raw records.
 *
 * <p><b>Type.</b> Without a dataset the export is a {@code Set} (a policy not yet bound to
 * an asset); with a dataset and its owner it is an {@code Offer}, which ODRL requires to
 * name an assigner.
 *
 * <p><b>Terms.</b> ODRL terms are used where they fit: {@code purpose}, {@code recipient}
 * (named organisations), {@code delayPeriod} (embargo), {@code attribute}, {@code anonymize}.
 * The rest (organisation kind, membership, roles, granularity, disclosure parameters, extra
 * named constraints) are IRIs under {@link #NS}, declared through {@code profile}. Audience
 * criteria are alternatives, so they go under a logical {@code or}.
 */
public final class OdrlExporter {

    /** Namespace of the hub's own ODRL terms. */
    public static final String NS = "urn:consortium-hub:odrl:";
    /** The ODRL 2.2 JSON-LD context. */
    public static final String CONTEXT = "http://www.w3.org/ns/odrl.jsonld";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private OdrlExporter() {
    }

    /** A {@code Set} policy, not bound to any dataset. */
    public static ObjectNode export(SharingPolicy policy) {
        return build(policy, null, null);
    }

    /** An {@code Offer} of the dataset's aggregates by its owner. */
    public static ObjectNode export(SharingPolicy policy, String datasetId, String ownerOrganisationId) {
        return build(policy, datasetId, ownerOrganisationId);
    }

    /** Pretty-printed JSON text of an export. */
    public static String toJson(ObjectNode odrl) {
        try {
            return MAPPER.writeValueAsString(odrl);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an ODRL tree is always writable", e);
        }
    }

    private static ObjectNode build(SharingPolicy p, String datasetId, String owner) {
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put("@context", CONTEXT);
        doc.put("@type", datasetId == null ? "Set" : "Offer");
        doc.put("uid", NS + "policy:" + p.policyId() + ":" + p.version());
        doc.put("profile", NS + "profile");
        if (owner != null) {
            doc.put("assigner", NS + "organisation:" + owner);
        }
        String asset = datasetId == null ? NS + "policy:" + p.policyId() + ":assets" : NS + "dataset:" + datasetId;

        ObjectNode permission = doc.putArray("permission").addObject();
        permission.put("target", asset + ":aggregates");
        permission.put("action", "use");
        ArrayNode constraints = permission.putArray("constraint");
        constraints.add(constraint("purpose", "isAnyOf", iris("purpose:", p.purposes())));
        audience(p.audience()).ifPresent(constraints::add);
        constraints.add(constraint(NS + "timeGranularity", "isAnyOf",
                iris("time:", coarserOrEqual(TimeGranularity.values(), p.finestGranularity().time()))));
        constraints.add(constraint(NS + "placeGranularity", "isAnyOf",
                iris("place:", coarserOrEqual(PlaceGranularity.values(), p.finestGranularity().place()))));
        if (p.embargoDays() > 0) {
            ObjectNode delay = constraint("delayPeriod", "eq", null);
            delay.putObject("rightOperand").put("@value", "P" + p.embargoDays() + "D").put("@type", "xsd:duration");
            constraints.add(delay);
        }
        for (NamedConstraint c : p.constraints()) {
            ObjectNode extra = constraint(NS + "constraint:" + c.name(), "eq", null);
            ObjectNode value = extra.putObject("rightOperand");
            value.set("@value", MAPPER.valueToTree(new java.util.TreeMap<>(c.parameters())));
            value.put("@type", "@json");
            constraints.add(extra);
        }
        ArrayNode duties = permission.putArray("duty");
        duties.add(disclosureDuty(p.disclosure()));
        licenceDuties(p.licence()).forEach(duties::add);

        ObjectNode prohibition = doc.putArray("prohibition").addObject();
        prohibition.put("target", asset + ":records");
        prohibition.put("action", "distribute");
        prohibition.put(NS + "note", "Raw records are visible to their owner only.");
        return doc;
    }

    private static java.util.Optional<ObjectNode> audience(Audience a) {
        if (a.publicAccess()) {
            return java.util.Optional.empty();
        }
        List<ObjectNode> alternatives = new ArrayList<>();
        if (a.allMembers()) {
            alternatives.add(constraint(NS + "membership", "eq", MAPPER.getNodeFactory().textNode(NS + "member")));
        }
        if (!a.organisationKinds().isEmpty()) {
            alternatives.add(constraint(NS + "organisationKind", "isAnyOf", iris("organisationKind:", a.organisationKinds())));
        }
        if (!a.organisations().isEmpty()) {
            alternatives.add(constraint("recipient", "isAnyOf", iriStrings("organisation:", a.organisations())));
        }
        ObjectNode organisations = null;
        if (alternatives.size() == 1) {
            organisations = alternatives.get(0);
        } else if (alternatives.size() > 1) {
            organisations = MAPPER.createObjectNode();
            ArrayNode list = organisations.putObject("or").putArray("@list");
            alternatives.forEach(list::add);
        }
        ObjectNode roles = a.roles().isEmpty() ? null
                : constraint(NS + "role", "isAnyOf", iriStrings("role:", a.roles()));
        if (organisations != null && roles != null) {
            ObjectNode both = MAPPER.createObjectNode();
            both.putObject("and").putArray("@list").add(organisations).add(roles);
            return java.util.Optional.of(both);
        }
        return java.util.Optional.ofNullable(organisations != null ? organisations : roles);
    }

    private static ObjectNode disclosureDuty(DisclosureRules d) {
        ObjectNode duty = MAPPER.createObjectNode();
        ObjectNode action = duty.putArray("action").addObject();
        action.put("rdf:value", "anonymize");
        ArrayNode refinement = action.putArray("refinement");
        refinement.add(intConstraint(NS + "minContributors", "gteq", d.minContributors()));
        refinement.add(intConstraint(NS + "minCountForPeople", "gteq", d.minCountForPeople()));
        refinement.add(intConstraint(NS + "dominanceUnits", "eq", d.dominance().n()));
        refinement.add(intConstraint(NS + "dominancePercent", "lteq", d.dominance().k()));
        ObjectNode secondary = constraint(NS + "secondarySuppression", "eq", null);
        secondary.put("rightOperand", d.secondarySuppression());
        refinement.add(secondary);
        return duty;
    }

    private static List<ObjectNode> licenceDuties(OutputLicence licence) {
        List<ObjectNode> duties = new ArrayList<>();
        if (licence.requiresAttribution()) {
            ObjectNode attribute = MAPPER.createObjectNode().put("action", "attribute");
            attribute.put(NS + "licence", licence.uri());
            duties.add(attribute);
        }
        if (licence == OutputLicence.ODBL) {
            // ODbL's share-alike: derived databases go out under the same licence.
            duties.add(MAPPER.createObjectNode().put("action", "http://creativecommons.org/ns#ShareAlike"));
        }
        return duties;
    }

    private static ObjectNode constraint(String leftOperand, String operator, com.fasterxml.jackson.databind.JsonNode right) {
        ObjectNode c = MAPPER.createObjectNode();
        c.put("leftOperand", leftOperand);
        c.put("operator", operator);
        if (right != null) {
            c.set("rightOperand", right);
        }
        return c;
    }

    private static ObjectNode intConstraint(String leftOperand, String operator, int value) {
        ObjectNode c = constraint(leftOperand, operator, null);
        c.put("rightOperand", value);
        return c;
    }

    private static ArrayNode iris(String kind, Collection<? extends Enum<?>> values) {
        ArrayNode array = MAPPER.createArrayNode();
        values.stream().map(e -> (Enum<?>) e).sorted(java.util.Comparator.comparingInt(Enum::ordinal))
                .forEach(e -> array.addObject().put("@id", NS + kind + e.name()));
        return array;
    }

    private static ArrayNode iriStrings(String kind, Collection<String> values) {
        ArrayNode array = MAPPER.createArrayNode();
        values.stream().sorted().forEach(v -> array.addObject().put("@id", NS + kind + v));
        return array;
    }

    private static <E extends Enum<E>> List<E> coarserOrEqual(E[] levels, E floor) {
        return Arrays.stream(levels).filter(l -> l.compareTo(floor) >= 0).toList();
    }
}
