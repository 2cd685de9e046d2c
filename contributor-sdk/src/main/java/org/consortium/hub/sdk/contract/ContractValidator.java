package org.consortium.hub.sdk.contract;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks records against the contract. The same class runs in the SDK before sending and in the
 * hub on receipt, so both sides accept exactly the same records.
 *
 * <p>For an envelope it checks, in order: input no record can hold (nesting too deep, numbers out
 * of range, text that is not one line of valid Unicode), which ends the check there; the envelope
 * schema; the payload against the schema of the envelope's {@code recordType}; the cross-field
 * rules (first-time buyers at most tickets); and e-mail addresses or phone numbers hidden in any
 * text value. Every problem is reported, not just the first, so a contributor can fix a record in
 * one go.
 *
 * <p>Create one instance and share it: schemas are loaded and compiled once in the constructor,
 * and instances are immutable and thread-safe.
 */
public final class ContractValidator {

  private static final String ROOT = "$";
  private static final String PAYLOAD = "$.payload";

  private final SchemaSet schemas;

  /**
   * Loads and compiles the contract's schemas from the classpath.
   *
   * @throws IllegalStateException (from the schema library) when a schema file is missing or
   *     broken, which is a packaging error
   */
  public ContractValidator() {
    this.schemas = new SchemaSet();
  }

  /** Validates one envelope given as JSON; an empty list means the record is valid. */
  public List<Violation> validate(JsonNode envelope) {
    if (envelope == null || envelope.isMissingNode()) {
      return List.of(new Violation(ROOT, "must be an object, not nothing", "type"));
    }
    List<Violation> unsafe = SafeInput.check(envelope, ROOT);
    if (!unsafe.isEmpty()) {
      return tidy(unsafe);
    }
    List<Violation> out = new ArrayList<>(
        ErrorTranslator.translate(schemas.validateEnvelope(SchemaSet.toJackson3(envelope)), ROOT));
    JsonNode payload = envelope.get("payload");
    recordTypeOf(envelope).ifPresent(type -> {
      if (payload != null && payload.isObject()) {
        out.addAll(checkPayload(type, payload, PAYLOAD));
      }
    });
    out.addAll(ContactDetailsScan.scan(envelope, ROOT));
    return tidy(out);
  }

  /**
   * Validates one envelope given as JSON text. Text that is not JSON gives a single
   * {@link Violation#INVALID_JSON} violation.
   */
  public List<Violation> validate(String envelopeJson) {
    JsonNode node;
    try {
      node = ContractJson.MAPPER.readTree(envelopeJson == null ? "" : envelopeJson);
    } catch (JsonProcessingException e) {
      return List.of(invalidJson(e));
    }
    return validate(node);
  }

  /** Validates an envelope built in Java, e.g. with {@link Envelope#of}. */
  public List<Violation> validate(Envelope envelope) {
    return validate(envelope.toJson());
  }

  /**
   * Validates a payload on its own, without an envelope: paths start at the payload
   * ({@code $.tickets}). Useful to check rows while importing a CSV export.
   */
  public List<Violation> validatePayload(RecordType type, JsonNode payload) {
    if (payload == null || !payload.isObject()) {
      return List.of(new Violation(ROOT, "must be an object", "type"));
    }
    List<Violation> unsafe = SafeInput.check(payload, ROOT);
    if (!unsafe.isEmpty()) {
      return tidy(unsafe);
    }
    List<Violation> out = new ArrayList<>(checkPayload(type, payload, ROOT));
    out.addAll(ContactDetailsScan.scan(payload, ROOT));
    return tidy(out);
  }

  /**
   * Validates a batch; result {@code i} is about record {@code i}, so a receipt can name rejected
   * records by index and record id.
   */
  public BatchResult validateBatch(List<JsonNode> envelopes) {
    List<RecordResult> results = new ArrayList<>(envelopes.size());
    for (int i = 0; i < envelopes.size(); i++) {
      JsonNode envelope = envelopes.get(i);
      JsonNode recordId = envelope == null ? null : envelope.get("recordId");
      results.add(new RecordResult(i,
          recordId != null && recordId.isTextual() ? recordId.textValue() : null,
          validate(envelope)));
    }
    return new BatchResult(results);
  }

  private List<Violation> checkPayload(RecordType type, JsonNode payload, String prefix) {
    List<Violation> out = new ArrayList<>(ErrorTranslator.translate(
        schemas.validatePayload(type, SchemaSet.toJackson3(payload)), prefix));
    out.addAll(CrossFieldRules.check(type, payload, prefix));
    return out;
  }

  private static Optional<RecordType> recordTypeOf(JsonNode envelope) {
    JsonNode type = envelope.get("recordType");
    return type != null && type.isTextual() ? RecordType.find(type.textValue()) : Optional.empty();
  }

  /**
   * Drops repeats: one violation per path and code, no personal-data finding repeated at a path
   * that already has one, and no format complaint where the pattern already explains the shape.
   */
  private static List<Violation> tidy(List<Violation> violations) {
    Set<String> patternPaths = new HashSet<>();
    for (Violation v : violations) {
      if ("pattern".equals(v.code())) {
        patternPaths.add(v.path());
      }
    }
    Map<String, Violation> unique = new LinkedHashMap<>();
    for (Violation v : violations) {
      if ("format".equals(v.code()) && patternPaths.contains(v.path())) {
        continue;
      }
      unique.putIfAbsent(v.path() + '\u0000' + v.code(), v);
    }
    return List.copyOf(unique.values());
  }

  /** Says where the JSON breaks without quoting it: the text may hold personal data. */
  private static Violation invalidJson(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    return new Violation(ROOT, "not valid JSON" + where, Violation.INVALID_JSON);
  }
}
