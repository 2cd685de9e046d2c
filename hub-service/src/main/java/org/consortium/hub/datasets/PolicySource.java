package org.consortium.hub.datasets;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a proposed policy comes from: a shipped template by name, or a document (a JSON
 * object, or YAML/JSON text). Exactly one of the two.
 */
@Schema(description = "A policy: a template name or a document (exactly one)", examples = """
        {"template": "members-marketing-monthly-department"}""")
public record PolicySource(
        @Size(max = 100) @Schema(description = "Name of a shipped template (GET /api/v1/policy/templates)",
                examples = "members-marketing-monthly-department") String template,
        @Schema(description = "A sharing policy document: a JSON object, or YAML or JSON text. Its policyId, "
                + "version and replaces are set by the hub (dataset id, next version, version in force).")
        JsonNode document) {
}
