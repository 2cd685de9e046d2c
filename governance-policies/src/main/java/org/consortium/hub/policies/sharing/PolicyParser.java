package org.consortium.hub.policies.sharing;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.consortium.hub.policies.disclosure.DisclosureRules;
import org.consortium.hub.policies.disclosure.DominanceRule;

/**
 * Reads a sharing policy document (YAML or JSON) and validates its structure by hand,
 * reporting every error with its JSON path rather than stopping at the first. The rules
 * mirror the JSON Schema shipped at {@link #SCHEMA_RESOURCE}; a test keeps the two in step.
 *
 * <p>Unknown fields are errors, so a misspelt field cannot silently fall back to a default.
 * A field that looks like a grant of raw access (any name containing "raw") gets an
 * explicit message: raw records are visible to their owner only.
 */
public final class PolicyParser {

    /** Class-path location of the JSON Schema (draft 2020-12) of the document. */
    public static final String SCHEMA_RESOURCE = "/org/consortium/hub/policies/sharing/sharing-policy.schema.json";

    /** Names reserved for the built-in constraints, which every policy gets anyway. */
    public static final Set<String> RESERVED_CONSTRAINT_NAMES = Set.of(
            StandardConstraints.AUDIENCE, StandardConstraints.PURPOSE,
            StandardConstraints.GRANULARITY, StandardConstraints.EMBARGO);

    static final Set<String> TOP_FIELDS = Set.of("policyId", "version", "replaces", "title", "audience",
            "purposes", "disclosure", "finestGranularity", "embargoDays", "licence", "constraints");
    static final Set<String> REPLACES_FIELDS = Set.of("policyId", "version");
    static final Set<String> AUDIENCE_FIELDS = Set.of("roles", "organisationKinds", "organisations",
            "allMembers", "public");
    static final Set<String> DISCLOSURE_FIELDS = Set.of("minContributors", "minCountForPeople", "dominance",
            "secondarySuppression", "pPercent", "protectionLevel", "coalition");
    static final Set<String> DOMINANCE_FIELDS = Set.of("n", "k");
    static final Set<String> GRANULARITY_FIELDS = Set.of("time", "place");
    static final Set<String> CONSTRAINT_FIELDS = Set.of("name", "parameters");

    private static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}";
    private static final int MAX_EMBARGO_DAYS = 3650;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final ObjectMapper YAML = new YAMLMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private PolicyParser() {
    }

    /** Parses JSON when the text starts with '{', YAML otherwise (YAML being the usual form). */
    public static ParseResult parse(String text) {
        return text != null && text.stripLeading().startsWith("{") ? parseJson(text) : parseYaml(text);
    }

    public static ParseResult parseJson(String json) {
        return read(JSON, json);
    }

    public static ParseResult parseYaml(String yaml) {
        return read(YAML, yaml);
    }

    /** Reads a document from a stream (YAML or JSON), e.g. a class-path resource. */
    public static ParseResult parse(InputStream in) {
        try {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validates an already parsed tree. */
    public static ParseResult parse(JsonNode document) {
        Reader r = new Reader();
        SharingPolicy policy = r.policy(document);
        return r.errors.isEmpty() ? new ParseResult.Valid(policy) : new ParseResult.Invalid(r.errors);
    }

    /** The JSON Schema text. */
    public static String schema() {
        try (InputStream in = PolicyParser.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing: " + SCHEMA_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ParseResult read(ObjectMapper mapper, String text) {
        if (text == null || text.isBlank()) {
            return new ParseResult.Invalid(List.of(new ValidationError("$", "document is empty")));
        }
        try {
            return parse(mapper.readTree(text));
        } catch (JsonProcessingException e) {
            return new ParseResult.Invalid(List.of(new ValidationError("$", "not readable: " + e.getOriginalMessage())));
        }
    }

    /**
     * Walks the tree once, collecting errors; builds the policy only from valid parts (the
     * result is discarded when any error was found).
     */
    private static final class Reader {
        private final List<ValidationError> errors = new ArrayList<>();

        private void error(String path, String message) {
            errors.add(new ValidationError(path, message));
        }

        SharingPolicy policy(JsonNode doc) {
            if (doc == null || !doc.isObject()) {
                error("$", "must be an object");
                return null;
            }
            fields(doc, "$", TOP_FIELDS);
            String policyId = identifier(doc, "policyId", "$");
            Integer version = integer(doc, "version", "$", null, 1, Integer.MAX_VALUE);
            PolicyReference replaces = replaces(doc, policyId, version);
            String title = optionalString(doc, "title", "$");
            Audience audience = audience(doc.get("audience"), "$.audience");
            Set<Purpose> purposes = enumSet(doc, "purposes", "$", Purpose.class, true);
            DisclosureRules disclosure = disclosure(doc.get("disclosure"), "$.disclosure");
            Granularity granularity = granularity(doc.get("finestGranularity"), "$.finestGranularity");
            Integer embargo = integer(doc, "embargoDays", "$", 0, 0, MAX_EMBARGO_DAYS);
            OutputLicence licence = required(doc, "licence", "$") ? enumValue(doc.get("licence"), "$.licence",
                    OutputLicence.class) : null;
            List<NamedConstraint> constraints = constraints(doc.get("constraints"), "$.constraints");
            if (!errors.isEmpty()) {
                return null;
            }
            return new SharingPolicy(policyId, version, replaces, title, audience, purposes, disclosure,
                    granularity, embargo, licence, constraints);
        }

        private PolicyReference replaces(JsonNode doc, String policyId, Integer version) {
            JsonNode node = doc.get("replaces");
            if (node == null || node.isNull()) {
                if (version != null && version > 1) {
                    error("$.replaces", "is required when version > 1: a new version names the one it replaces");
                }
                return null;
            }
            if (!object(node, "$.replaces")) {
                return null;
            }
            fields(node, "$.replaces", REPLACES_FIELDS);
            String id = identifier(node, "policyId", "$.replaces");
            Integer v = integer(node, "version", "$.replaces", null, 1, Integer.MAX_VALUE);
            if (id != null && v != null && id.equals(policyId) && version != null && v >= version) {
                error("$.replaces.version", "must be lower than $.version (" + version + ")");
            }
            return id == null || v == null ? null : new PolicyReference(id, v);
        }

        private Audience audience(JsonNode node, String path) {
            if (node == null || node.isNull()) {
                error(path, "is required");
                return null;
            }
            if (!object(node, path)) {
                return null;
            }
            fields(node, path, AUDIENCE_FIELDS);
            Set<String> roles = stringSet(node, "roles", path);
            Set<OrganisationKind> kinds = enumSet(node, "organisationKinds", path, OrganisationKind.class, false);
            Set<String> organisations = stringSet(node, "organisations", path);
            Boolean allMembers = bool(node, "allMembers", path, false);
            Boolean isPublic = bool(node, "public", path, false);
            if (roles == null || kinds == null || organisations == null || allMembers == null || isPublic == null) {
                return null;
            }
            Audience audience = new Audience(roles, kinds, organisations, allMembers, isPublic);
            if (audience.isEmpty()) {
                error(path, "admits nobody: set public, allMembers, organisationKinds, organisations or roles");
            }
            if (isPublic && !roles.isEmpty()) {
                error(path + ".roles", "must be empty when public is true: a public audience admits everyone");
            }
            return audience;
        }

        private DisclosureRules disclosure(JsonNode node, String path) {
            DisclosureRules d = DisclosureRules.DEFAULTS;
            if (node == null || node.isNull()) {
                return d;
            }
            if (!object(node, path)) {
                return null;
            }
            fields(node, path, DISCLOSURE_FIELDS);
            Integer min = integer(node, "minContributors", path, d.minContributors(), 1, Integer.MAX_VALUE);
            Integer people = integer(node, "minCountForPeople", path, d.minCountForPeople(), 1, Integer.MAX_VALUE);
            DominanceRule dominance = dominance(node.get("dominance"), path + ".dominance");
            Boolean secondary = bool(node, "secondarySuppression", path, d.secondarySuppression());
            Integer p = integer(node, "pPercent", path, d.pPercent(), 0, 100);
            Integer protection = integer(node, "protectionLevel", path, d.protectionLevel(), 0, 100);
            Integer coalition = integer(node, "coalition", path, d.coalition(), 1, 3);
            if (min == null || people == null || dominance == null || secondary == null || p == null
                    || protection == null || coalition == null) {
                return null;
            }
            return new DisclosureRules(min, people, dominance, secondary, p, protection, coalition);
        }

        private DominanceRule dominance(JsonNode node, String path) {
            if (node == null || node.isNull()) {
                return DominanceRule.DEFAULT;
            }
            if (!object(node, path)) {
                return null;
            }
            fields(node, path, DOMINANCE_FIELDS);
            Integer n = integer(node, "n", path, DominanceRule.DEFAULT.n(), 1, Integer.MAX_VALUE);
            Integer k = integer(node, "k", path, DominanceRule.DEFAULT.k(), 1, 100);
            return n == null || k == null ? null : new DominanceRule(n, k);
        }

        private Granularity granularity(JsonNode node, String path) {
            if (node == null || node.isNull()) {
                error(path, "is required");
                return null;
            }
            if (!object(node, path)) {
                return null;
            }
            fields(node, path, GRANULARITY_FIELDS);
            TimeGranularity time = required(node, "time", path)
                    ? enumValue(node.get("time"), path + ".time", TimeGranularity.class) : null;
            PlaceGranularity place = required(node, "place", path)
                    ? enumValue(node.get("place"), path + ".place", PlaceGranularity.class) : null;
            return time == null || place == null ? null : new Granularity(time, place);
        }

        private List<NamedConstraint> constraints(JsonNode node, String path) {
            List<NamedConstraint> result = new ArrayList<>();
            if (node == null || node.isNull()) {
                return result;
            }
            if (!node.isArray()) {
                error(path, "must be an array");
                return result;
            }
            for (int i = 0; i < node.size(); i++) {
                String itemPath = path + "[" + i + "]";
                JsonNode item = node.get(i);
                if (!object(item, itemPath)) {
                    continue;
                }
                fields(item, itemPath, CONSTRAINT_FIELDS);
                String name = identifier(item, "name", itemPath);
                if (name != null && RESERVED_CONSTRAINT_NAMES.contains(name)) {
                    error(itemPath + ".name", "'" + name + "' is built in and always applies; use the policy's own field");
                }
                Map<String, String> parameters = parameters(item.get("parameters"), itemPath + ".parameters");
                if (name != null && parameters != null) {
                    result.add(new NamedConstraint(name, parameters));
                }
            }
            return result;
        }

        private Map<String, String> parameters(JsonNode node, String path) {
            Map<String, String> result = new LinkedHashMap<>();
            if (node == null || node.isNull()) {
                return result;
            }
            if (!object(node, path)) {
                return null;
            }
            boolean ok = true;
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                    error(path + "." + e.getKey(), "must be a string, number or boolean");
                    ok = false;
                } else {
                    result.put(e.getKey(), e.getValue().asText());
                }
            }
            return ok ? result : null;
        }

        // ---- primitives ---------------------------------------------------------------

        private void fields(JsonNode obj, String path, Set<String> known) {
            obj.fieldNames().forEachRemaining(name -> {
                if (known.contains(name)) {
                    return;
                }
                if (name.toLowerCase(Locale.ROOT).contains("raw")) {
                    error(path + "." + name, "unknown field: raw records are visible to their owner only, "
                            + "and no policy can grant access to them");
                } else {
                    error(path + "." + name, "unknown field");
                }
            });
        }

        private boolean object(JsonNode node, String path) {
            if (!node.isObject()) {
                error(path, "must be an object");
                return false;
            }
            return true;
        }

        private boolean required(JsonNode obj, String field, String path) {
            JsonNode v = obj.get(field);
            if (v == null || v.isNull()) {
                error(path + "." + field, "is required");
                return false;
            }
            return true;
        }

        private String identifier(JsonNode obj, String field, String path) {
            if (!required(obj, field, path)) {
                return null;
            }
            JsonNode v = obj.get(field);
            if (!v.isTextual()) {
                error(path + "." + field, "must be a string");
                return null;
            }
            if (!v.asText().matches(ID_PATTERN)) {
                error(path + "." + field, "must be 1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit");
                return null;
            }
            return v.asText();
        }

        private String optionalString(JsonNode obj, String field, String path) {
            JsonNode v = obj.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isTextual()) {
                error(path + "." + field, "must be a string");
                return null;
            }
            return v.asText();
        }

        /** An integer within [min, max]; {@code fallback} when absent, or an error if that is null. */
        private Integer integer(JsonNode obj, String field, String path, Integer fallback, int min, int max) {
            JsonNode v = obj.get(field);
            if (v == null || v.isNull()) {
                if (fallback == null) {
                    error(path + "." + field, "is required");
                }
                return fallback;
            }
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                error(path + "." + field, "must be an integer");
                return null;
            }
            int i = v.intValue();
            if (i < min) {
                error(path + "." + field, "must be >= " + min);
                return null;
            }
            if (i > max) {
                error(path + "." + field, "must be <= " + max);
                return null;
            }
            return i;
        }

        private Boolean bool(JsonNode obj, String field, String path, boolean fallback) {
            JsonNode v = obj.get(field);
            if (v == null || v.isNull()) {
                return fallback;
            }
            if (!v.isBoolean()) {
                error(path + "." + field, "must be a boolean");
                return null;
            }
            return v.booleanValue();
        }

        private <E extends Enum<E>> E enumValue(JsonNode v, String path, Class<E> type) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            if (!v.isTextual()) {
                error(path, "must be one of " + allowed);
                return null;
            }
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(v.asText())) {
                    return e;
                }
            }
            error(path, "must be one of " + allowed + " (got '" + v.asText() + "')");
            return null;
        }

        private <E extends Enum<E>> Set<E> enumSet(JsonNode obj, String field, String path, Class<E> type,
                                                   boolean requiredNonEmpty) {
            JsonNode v = obj.get(field);
            String p = path + "." + field;
            if (v == null || v.isNull()) {
                if (requiredNonEmpty) {
                    error(p, "is required");
                    return null;
                }
                return EnumSet.noneOf(type);
            }
            if (!v.isArray()) {
                error(p, "must be an array");
                return null;
            }
            if (requiredNonEmpty && v.isEmpty()) {
                error(p, "must not be empty");
                return null;
            }
            Set<E> result = EnumSet.noneOf(type);
            boolean ok = true;
            for (int i = 0; i < v.size(); i++) {
                E e = enumValue(v.get(i), p + "[" + i + "]", type);
                if (e == null) {
                    ok = false;
                } else if (!result.add(e)) {
                    error(p + "[" + i + "]", "duplicate value " + e);
                    ok = false;
                }
            }
            return ok ? result : null;
        }

        private Set<String> stringSet(JsonNode obj, String field, String path) {
            JsonNode v = obj.get(field);
            String p = path + "." + field;
            if (v == null || v.isNull()) {
                return Set.of();
            }
            if (!v.isArray()) {
                error(p, "must be an array");
                return null;
            }
            Set<String> result = new LinkedHashSet<>();
            boolean ok = true;
            for (int i = 0; i < v.size(); i++) {
                JsonNode item = v.get(i);
                if (!item.isTextual() || item.asText().isBlank()) {
                    error(p + "[" + i + "]", "must be a non-empty string");
                    ok = false;
                } else if (!result.add(item.asText())) {
                    error(p + "[" + i + "]", "duplicate value " + item.asText());
                    ok = false;
                }
            }
            return ok ? result : null;
        }
    }
}
