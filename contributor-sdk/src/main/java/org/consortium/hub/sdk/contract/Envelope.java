package org.consortium.hub.sdk.contract;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One record as sent to the hub (schema {@code envelope.schema.json}): who sends it, to which
 * dataset, under which stable id and version, and its payload.
 *
 * <p>The payload is kept as JSON so that an envelope can be read, validated and forwarded before
 * its payload is trusted; {@link #typedPayload()} maps it to its Java record once valid.
 *
 * @param datasetId hub dataset the record belongs to
 * @param contributorOrg identifier of the contributing member organisation
 * @param recordType which payload schema applies
 * @param recordId the contributor's own stable id of the record (1 to 128 characters, no spaces)
 * @param version record version, at least 1; a higher version replaces a lower one
 * @param schemaVersion contract version, {@value ContractSchemas#SCHEMA_VERSION} when not given
 * @param deleted true to withdraw the record from every figure
 * @param payload the record; may be {@code null} only when {@code deleted}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"datasetId", "contributorOrg", "recordType", "recordId", "version",
    "schemaVersion", "deleted", "payload"})
public record Envelope(
    String datasetId,
    String contributorOrg,
    RecordType recordType,
    String recordId,
    int version,
    String schemaVersion,
    boolean deleted,
    JsonNode payload) {

  /** Defaults the schema version to the one this SDK implements. */
  public Envelope {
    schemaVersion = schemaVersion == null ? ContractSchemas.SCHEMA_VERSION : schemaVersion;
  }

  /** An envelope carrying {@code payload}; the record type is taken from the payload. */
  public static Envelope of(String datasetId, String contributorOrg, String recordId, int version,
      RecordPayload payload) {
    Objects.requireNonNull(payload, "payload");
    return new Envelope(datasetId, contributorOrg, payload.recordType(), recordId, version,
        ContractSchemas.SCHEMA_VERSION, false, ContractJson.MAPPER.valueToTree(payload));
  }

  /** An envelope withdrawing a record: no payload is needed. */
  public static Envelope deletion(String datasetId, String contributorOrg, RecordType recordType,
      String recordId, int version) {
    return new Envelope(datasetId, contributorOrg, recordType, recordId, version,
        ContractSchemas.SCHEMA_VERSION, true, null);
  }

  /**
   * Reads an envelope from JSON. Call {@link ContractValidator#validate(JsonNode)} first: this
   * only maps, it does not check the contract.
   *
   * @throws IllegalArgumentException when the JSON cannot be mapped at all
   */
  public static Envelope fromJson(JsonNode json) {
    try {
      return ContractJson.MAPPER.treeToValue(json, Envelope.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a contract envelope: " + e.getOriginalMessage(), e);
    }
  }

  /** This envelope as JSON, as the schemas describe it. */
  public JsonNode toJson() {
    return ContractJson.MAPPER.valueToTree(this);
  }

  /**
   * The payload as the Java record of its {@link #recordType()}.
   *
   * @throws IllegalStateException when there is no payload or it does not map to its record type
   */
  @JsonIgnore
  public RecordPayload typedPayload() {
    if (payload == null || payload.isNull()) {
      throw new IllegalStateException("envelope " + recordId + " has no payload");
    }
    if (recordType == null) {
      throw new IllegalStateException("envelope " + recordId + " has no record type");
    }
    try {
      return ContractJson.MAPPER.treeToValue(payload, recordType.payloadClass());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "payload of " + recordId + " is not a valid " + recordType + ": " + e.getOriginalMessage(), e);
    }
  }

  /**
   * The payload as {@code type}.
   *
   * @throws IllegalStateException when the payload is missing or of another record type
   */
  public <T extends RecordPayload> T payloadAs(Class<T> type) {
    RecordPayload typed = typedPayload();
    if (!type.isInstance(typed)) {
      throw new IllegalStateException("envelope " + recordId + " carries a " + recordType
          + ", not a " + type.getSimpleName());
    }
    return type.cast(typed);
  }
}
