package org.consortium.hub.policies.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Keeps the shipped JSON Schema and the hand-written validator describing the same document. */
class SchemaConsistencyTest {

    private static final JsonNode SCHEMA = read();

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(PolicyParser.schema());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Set<String> properties(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.get("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> enumOf(JsonNode node) {
        Set<String> values = new HashSet<>();
        node.get("enum").forEach(v -> values.add(v.asText()));
        return values;
    }

    private static Set<String> names(Class<? extends Enum<?>> type) {
        Set<String> values = new HashSet<>();
        Arrays.stream(type.getEnumConstants()).forEach(e -> values.add(e.name()));
        return values;
    }

    @Test
    void draft202012AndClosedObjects() {
        assertThat(SCHEMA.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(SCHEMA.get("additionalProperties").asBoolean()).isFalse();
        assertThat(SCHEMA.at("/properties/audience/additionalProperties").asBoolean(true)).isFalse();
    }

    @Test
    void sameFieldsAsTheParser() {
        JsonNode props = SCHEMA.get("properties");
        assertThat(properties(SCHEMA)).isEqualTo(PolicyParser.TOP_FIELDS);
        assertThat(properties(props.get("audience"))).isEqualTo(PolicyParser.AUDIENCE_FIELDS);
        assertThat(properties(props.get("disclosure"))).isEqualTo(PolicyParser.DISCLOSURE_FIELDS);
        assertThat(properties(props.at("/disclosure/properties/dominance"))).isEqualTo(PolicyParser.DOMINANCE_FIELDS);
        assertThat(properties(props.get("finestGranularity"))).isEqualTo(PolicyParser.GRANULARITY_FIELDS);
        assertThat(properties(props.at("/constraints/items"))).isEqualTo(PolicyParser.CONSTRAINT_FIELDS);
        assertThat(properties(props.at("/replaces/oneOf/1"))).isEqualTo(PolicyParser.REPLACES_FIELDS);
    }

    @Test
    void sameEnumerations() {
        JsonNode props = SCHEMA.get("properties");
        assertThat(enumOf(props.at("/purposes/items"))).isEqualTo(names(Purpose.class));
        assertThat(enumOf(props.get("licence"))).isEqualTo(names(OutputLicence.class));
        assertThat(enumOf(props.at("/finestGranularity/properties/time"))).isEqualTo(names(TimeGranularity.class));
        assertThat(enumOf(props.at("/finestGranularity/properties/place"))).isEqualTo(names(PlaceGranularity.class));
        assertThat(enumOf(props.at("/audience/properties/organisationKinds/items"))).isEqualTo(names(OrganisationKind.class));
        Set<String> reserved = new HashSet<>();
        props.at("/constraints/items/properties/name/allOf/1/not/enum").forEach(v -> reserved.add(v.asText()));
        assertThat(reserved).isEqualTo(PolicyParser.RESERVED_CONSTRAINT_NAMES);
    }
}
