package org.consortium.hub.policies.sharing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.Collection;
import java.util.stream.Stream;
import org.consortium.hub.policies.disclosure.DisclosureRules;

/**
 * Writes a policy back as a document that {@link PolicyParser} reads to an equal policy.
 * Sets are written sorted so that the same policy always gives the same text (useful for
 * hashing a version and for diffs between versions).
 */
public final class PolicyWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper YAML = new YAMLMapper().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES);

    private PolicyWriter() {
    }

    /** The document as a JSON tree. */
    public static ObjectNode toTree(SharingPolicy p) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("policyId", p.policyId());
        doc.put("version", p.version());
        if (p.replaces() != null) {
            doc.putObject("replaces").put("policyId", p.replaces().policyId()).put("version", p.replaces().version());
        }
        if (p.title() != null) {
            doc.put("title", p.title());
        }
        ObjectNode audience = doc.putObject("audience");
        strings(audience.putArray("roles"), p.audience().roles());
        enums(audience.putArray("organisationKinds"), p.audience().organisationKinds());
        strings(audience.putArray("organisations"), p.audience().organisations());
        audience.put("allMembers", p.audience().allMembers());
        audience.put("public", p.audience().publicAccess());
        enums(doc.putArray("purposes"), p.purposes());
        DisclosureRules d = p.disclosure();
        ObjectNode disclosure = doc.putObject("disclosure");
        disclosure.put("minContributors", d.minContributors());
        disclosure.put("minCountForPeople", d.minCountForPeople());
        disclosure.putObject("dominance").put("n", d.dominance().n()).put("k", d.dominance().k());
        disclosure.put("secondarySuppression", d.secondarySuppression());
        disclosure.put("pPercent", d.pPercent());
        disclosure.put("protectionLevel", d.protectionLevel());
        disclosure.put("coalition", d.coalition());
        doc.putObject("finestGranularity")
                .put("time", p.finestGranularity().time().name())
                .put("place", p.finestGranularity().place().name());
        doc.put("embargoDays", p.embargoDays());
        doc.put("licence", p.licence().name());
        ArrayNode constraints = doc.putArray("constraints");
        for (NamedConstraint c : p.constraints()) {
            ObjectNode item = constraints.addObject().put("name", c.name());
            ObjectNode params = item.putObject("parameters");
            c.parameters().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(e -> params.put(e.getKey(), e.getValue()));
        }
        return doc;
    }

    public static String toJson(SharingPolicy p) {
        return write(JSON, p);
    }

    public static String toYaml(SharingPolicy p) {
        return write(YAML, p);
    }

    private static String write(ObjectMapper mapper, SharingPolicy p) {
        try {
            return mapper.writeValueAsString(toTree(p));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a policy tree is always writable", e);
        }
    }

    private static void strings(ArrayNode array, Collection<String> values) {
        values.stream().sorted().forEach(array::add);
    }

    private static void enums(ArrayNode array, Collection<? extends Enum<?>> values) {
        Stream.of(values.toArray(Enum<?>[]::new)).sorted(java.util.Comparator.comparingInt(Enum::ordinal))
                .forEach(e -> array.add(e.name()));
    }
}
