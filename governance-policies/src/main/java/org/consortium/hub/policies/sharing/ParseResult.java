package org.consortium.hub.policies.sharing;

import java.util.List;
import java.util.Optional;

/** Either a valid policy or every error found in the document. */
public sealed interface ParseResult permits ParseResult.Valid, ParseResult.Invalid {

    /** The document was valid. */
    record Valid(SharingPolicy policy) implements ParseResult {
        @Override
        public List<ValidationError> errors() {
            return List.of();
        }
    }

    /** The document was refused; errors are in document order. */
    record Invalid(List<ValidationError> errors) implements ParseResult {
        public Invalid {
            errors = List.copyOf(errors);
        }
    }

    default boolean isValid() {
        return this instanceof Valid;
    }

    /** The policy, when valid. */
    default Optional<SharingPolicy> optionalPolicy() {
        return this instanceof Valid v ? Optional.of(v.policy()) : Optional.empty();
    }

    /** The errors; empty when valid. */
    List<ValidationError> errors();

    /** The policy, or an {@link InvalidPolicyException} carrying the errors. */
    default SharingPolicy orElseThrow() {
        if (this instanceof Valid v) {
            return v.policy();
        }
        throw new InvalidPolicyException(errors());
    }
}
