package org.consortium.hub.policies.sharing;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown by {@link ParseResult#orElseThrow()} for a refused document; carries every error. */
public class InvalidPolicyException extends IllegalArgumentException {

    private final transient List<ValidationError> errors;

    public InvalidPolicyException(List<ValidationError> errors) {
        super("invalid sharing policy: " + errors.stream().map(ValidationError::toString)
                .collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<ValidationError> errors() {
        return errors;
    }
}
