package org.consortium.hub.sdk.contract;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * The kinds of record a contributor can send; the envelope's {@code recordType} selects which
 * payload schema applies.
 */
public enum RecordType {
  PERFORMANCE("performance", "performance.schema.json", PerformancePayload.class),
  ATTENDANCE("attendance", "attendance.schema.json", AttendancePayload.class),
  WORK("work", "work.schema.json", WorkPayload.class);

  private final String jsonValue;
  private final String schemaFile;
  private final Class<? extends RecordPayload> payloadClass;

  RecordType(String jsonValue, String schemaFile, Class<? extends RecordPayload> payloadClass) {
    this.jsonValue = jsonValue;
    this.schemaFile = schemaFile;
    this.payloadClass = payloadClass;
  }

  /** The value used in the envelope's {@code recordType} field. */
  @JsonValue
  public String jsonValue() {
    return jsonValue;
  }

  /** File name of the payload schema, relative to {@link ContractSchemas#RESOURCE_DIRECTORY}. */
  public String schemaFile() {
    return schemaFile;
  }

  /** The Java record a payload of this type maps to. */
  public Class<? extends RecordPayload> payloadClass() {
    return payloadClass;
  }

  /**
   * Looks a record type up by its JSON value.
   *
   * @throws IllegalArgumentException naming the accepted values when {@code value} is unknown
   */
  @JsonCreator
  public static RecordType fromJson(String value) {
    return find(value)
        .orElseThrow(() -> new IllegalArgumentException("unknown record type '" + value
            + "'; expected one of " + Arrays.stream(values()).map(RecordType::jsonValue).toList()));
  }

  /** Looks a record type up by its JSON value, without throwing. */
  public static java.util.Optional<RecordType> find(String value) {
    return Arrays.stream(values()).filter(t -> t.jsonValue.equals(value)).findFirst();
  }

  @Override
  public String toString() {
    return jsonValue;
  }
}
