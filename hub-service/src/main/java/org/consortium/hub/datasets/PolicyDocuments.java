package org.consortium.hub.datasets;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.consortium.hub.policies.sharing.ConstraintRegistry;
import org.consortium.hub.policies.sharing.ParseResult;
import org.consortium.hub.policies.sharing.PolicyParser;
import org.consortium.hub.policies.sharing.PolicyReference;
import org.consortium.hub.policies.sharing.PolicyTemplates;
import org.consortium.hub.policies.sharing.PolicyWriter;
import org.consortium.hub.policies.sharing.SharingPolicy;
import org.consortium.hub.policies.sharing.ValidationError;
import org.consortium.hub.web.problem.RuleViolationProblem;
import org.consortium.hub.web.problem.ValidationProblem;
import org.consortium.hub.web.problem.Violation;

/**
 * Turns what a member submits into a sharing policy, and stored versions back into policies.
 * Validation is the library's ({@link PolicyParser}, {@link ConstraintRegistry}); this class
 * only maps its errors to problems. A document the parser refuses, or one naming a
 * constraint the hub cannot evaluate, answers 422 with one violation per error, located by
 * its JSON path inside the document ({@code $.disclosure.minContributors}).
 */
@ApplicationScoped
public class PolicyDocuments {

    @Inject
    ConstraintRegistry registry;

    /** The policy a request carries; {@code field} names the request member, for violations. */
    public SharingPolicy read(PolicySource source, String field) {
        boolean hasTemplate = source != null && source.template() != null && !source.template().isBlank();
        boolean hasDocument = source != null && source.document() != null && !source.document().isNull();
        if (hasTemplate == hasDocument) {
            throw ValidationProblem.ofField(field, "give exactly one of 'template' (a template name) or 'document'");
        }
        SharingPolicy policy = hasTemplate ? template(source.template().trim(), field) : document(source.document(), field);
        List<ValidationError> unknown = registry.unknownConstraints(policy);
        if (!unknown.isEmpty()) {
            // Refused now rather than adopted and then denying every request.
            String names = policy.constraints().stream().map(c -> c.name())
                    .filter(n -> registry.find(n).isEmpty()).distinct()
                    .map(n -> "'" + n + "'").collect(Collectors.joining(", "));
            throw new RuleViolationProblem("The sharing policy names unknown constraint " + names
                    + "; known constraints: " + String.join(", ", registry.names()), violations(unknown));
        }
        return policy;
    }

    private static SharingPolicy template(String name, String field) {
        return PolicyTemplates.find(name).orElseThrow(() -> ValidationProblem.ofField(field + ".template",
                "unknown template '" + name + "'; known: " + String.join(", ", PolicyTemplates.names())));
    }

    private static SharingPolicy document(JsonNode document, String field) {
        ParseResult result;
        if (document.isTextual()) {
            result = PolicyParser.parse(document.textValue());
        } else if (document.isObject()) {
            result = PolicyParser.parse(document);
        } else {
            throw ValidationProblem.ofField(field + ".document", "must be a JSON object or YAML/JSON text");
        }
        if (result instanceof ParseResult.Valid valid) {
            return valid.policy();
        }
        throw new RuleViolationProblem("The sharing policy document is not valid: " + result.errors().stream()
                .map(ValidationError::toString).collect(Collectors.joining("; ")), violations(result.errors()));
    }

    private static List<Violation> violations(List<ValidationError> errors) {
        return errors.stream().map(e -> new Violation(e.path(), e.message())).toList();
    }

    /**
     * The policy as the hub stores it for a dataset: identified by the dataset, numbered by
     * the hub, replacing the version in force. A submitted document's own id and numbering
     * are not trusted: the hub keeps the history, so it numbers it.
     */
    public static SharingPolicy bind(SharingPolicy p, String datasetId, int version, Integer replacesVersion) {
        PolicyReference replaces = replacesVersion == null ? null : new PolicyReference(datasetId, replacesVersion);
        return new SharingPolicy(datasetId, version, replaces, p.title(), p.audience(), p.purposes(), p.disclosure(),
                p.finestGranularity(), p.embargoDays(), p.licence(), p.constraints());
    }

    /** Canonical JSON, as stored. */
    public static String store(SharingPolicy p) {
        return PolicyWriter.toJson(p);
    }

    /** A stored version; stored documents were valid when written, so a failure is a defect. */
    public static SharingPolicy load(String json) {
        return PolicyParser.parseJson(json).orElseThrow();
    }

    /** Parsed stored documents, by their text: a document never changes once stored. */
    private static final Map<String, SharingPolicy> PARSED = new ConcurrentHashMap<>();
    private static final int MAX_PARSED = 10_000;

    /** {@link #load}, remembering the result: indicator requests read every dataset's policy each time. */
    public static SharingPolicy loadCached(String json) {
        SharingPolicy cached = PARSED.get(json);
        if (cached != null) {
            return cached;
        }
        SharingPolicy parsed = load(json);
        if (PARSED.size() >= MAX_PARSED) {
            PARSED.clear(); // policy versions are few; this only bounds memory if that ever changes
        }
        PARSED.put(json, parsed);
        return parsed;
    }
}
