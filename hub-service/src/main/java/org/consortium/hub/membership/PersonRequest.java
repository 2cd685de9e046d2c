package org.consortium.hub.membership;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The roles a person holds for an organisation (replacing any previous ones). In the embedded
 * mode a password also creates, or resets, the person's local account.
 */
@Schema(description = "A person's roles for the organisation", examples = """
        {"roles": ["contributor", "analyst"], "displayName": "Sacha Billetterie"}""")
public record PersonRequest(
        @NotNull @NotEmpty @Size(max = 3) Set<@NotNull PersonRole> roles,
        @Size(max = 200) @Schema(examples = "Sacha Billetterie") String displayName,
        @Size(min = 8, max = 128) @Schema(description = "Embedded mode only: creates or resets a local account",
                examples = "a-long-passphrase") String password) {
}
