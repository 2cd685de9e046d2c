package org.consortium.hub.sdk.contract;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/**
 * Turns the schema library's errors into {@link Violation}s with plain-words messages and
 * envelope-relative paths, and recognises personal data in refused values.
 *
 * <p>Messages never repeat a text value: it may be the personal data being refused.
 */
final class ErrorTranslator {

  private ErrorTranslator() {}

  /**
   * Translates errors found in a node located at {@code prefix} ({@code "$"} for the envelope,
   * {@code "$.payload"} for its payload).
   */
  static List<Violation> translate(List<Error> errors, String prefix) {
    List<Violation> out = new ArrayList<>(errors.size());
    for (Error error : errors) {
      out.add(translate(error, prefix));
    }
    return out;
  }

  private static Violation translate(Error error, String prefix) {
    String keyword = error.getKeyword() == null ? "schema" : error.getKeyword();
    NodePath location = error.getInstanceLocation();
    String property = error.getProperty();
    return switch (keyword) {
      case "required" -> new Violation(path(location.append(property), prefix),
          "required field '" + property + "' is missing"
              + ("payload".equals(property) ? " (only a deleted record may omit its payload)" : ""),
          keyword);
      case "additionalProperties" -> unknownField(path(location.append(property), prefix), property);
      default -> valueViolation(error, keyword, path(location, prefix));
    };
  }

  private static Violation unknownField(String path, String property) {
    String name = shown(property);
    return PersonalDataGuard.classifyFieldName(property)
        .map(kind -> new Violation(path, kind.refusal() + " (field '" + name
            + "' is not part of the contract)", Violation.PERSONAL_DATA))
        .orElseGet(() -> new Violation(path, "unknown field '" + name
            + "' is not part of the contract (schema " + ContractSchemas.SCHEMA_VERSION + ")",
            "additionalProperties"));
  }

  private static Violation valueViolation(Error error, String keyword, String path) {
    Optional<Violation> personal = personalValue(error, path);
    if (personal.isPresent()) {
      return personal.get();
    }
    return new Violation(path, message(error, keyword), keyword);
  }

  /** A refused text value that is itself personal data gets the personal-data message. */
  private static Optional<Violation> personalValue(Error error, String path) {
    JsonNode value = error.getInstanceNode();
    if (value == null || !value.isString()) {
      return Optional.empty();
    }
    String text = value.asString();
    Optional<PersonalDataKind> contact = PersonalDataGuard.findContactDetails(text);
    if (contact.isPresent()) {
      return Optional.of(new Violation(path, contact.get().refusal(), Violation.PERSONAL_DATA));
    }
    String field = lastName(error.getInstanceLocation());
    if ("buyerDepartment".equals(field) && PersonalDataGuard.isPostcode(text)) {
      return Optional.of(new Violation(path, PersonalDataKind.POSTCODE.refusal()
          + "; send only the department code, such as '75', '2A' or '971'", Violation.PERSONAL_DATA));
    }
    if ("ageBand".equals(field) && PersonalDataGuard.isDate(text)) {
      return Optional.of(new Violation(path, PersonalDataKind.BIRTH_DATE.refusal()
          + "; send an age band such as '25-34'", Violation.PERSONAL_DATA));
    }
    return Optional.empty();
  }

  private static String message(Error error, String keyword) {
    if (error.isCustomMessage()) {
      return error.getMessage();
    }
    JsonNode rule = error.getSchemaNode();
    Object[] args = error.getArguments();
    return switch (keyword) {
      case "type" -> "must be " + article(String.valueOf(args[1])) + ", not " + article(String.valueOf(args[0]));
      case "enum" -> "must be one of " + String.join(", ",
          StreamSupport.stream(rule.spliterator(), false).map(JsonNode::asString).toList());
      case "const" -> "must be '" + rule.asString() + "'";
      case "minimum" -> "must be at least " + rule.asString() + numberSeen(error);
      case "maximum" -> "must be at most " + rule.asString() + numberSeen(error);
      case "minLength" -> rule.asInt() == 1 ? "must not be empty"
          : "must be at least " + rule.asInt() + " characters long";
      case "maxLength" -> "must be at most " + rule.asInt() + " characters long";
      case "maxItems" -> "must have at most " + rule.asInt() + " items";
      case "pattern" -> "is not in the expected format";
      case "format" -> "must be a valid " + rule.asString();
      default -> error.getMessage();
    };
  }

  /** Numbers are safe to repeat and help find the offending line in an export. */
  private static String numberSeen(Error error) {
    JsonNode value = error.getInstanceNode();
    return value != null && value.isNumber() ? " (got " + value.asString() + ")" : "";
  }

  private static String article(String jsonType) {
    return switch (jsonType) {
      case "integer", "object", "array" -> "an " + jsonType;
      case "null" -> "null";
      default -> "a " + jsonType;
    };
  }

  private static String lastName(NodePath location) {
    for (int i = location.getNameCount() - 1; i >= 0; i--) {
      if (location.getElement(i) instanceof String name) {
        return name;
      }
    }
    return "";
  }

  /** Re-roots a path found in a sub-tree under {@code prefix}, fit to be shown (see {@link #shown}). */
  static String path(NodePath location, String prefix) {
    String relative = location.toString();
    return shown(prefix + relative.substring(1));
  }

  /** Longest path or field name repeated in a message; a hostile one may be megabytes long. */
  static final int SHOWN_LENGTH = 200;

  /**
   * A field name or path as a message may repeat it: control characters, line breaks and
   * surrogates shown as {@code <U+XXXX>}, so that a reason stays one line in a log or a header,
   * and cut at {@link #SHOWN_LENGTH} characters.
   */
  static String shown(String text) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    for (; i < text.length() && out.length() < SHOWN_LENGTH; i++) {
      char c = text.charAt(i);
      if (SafeInput.isLineBreakOrControl(c) || Character.isSurrogate(c) || c == '\uFFFD') {
        out.append(String.format("<U+%04X>", (int) c));
      } else {
        out.append(c);
      }
    }
    if (i < text.length()) {
      out.append("... (").append(text.length()).append(" characters)");
    }
    return out.toString();
  }
}
