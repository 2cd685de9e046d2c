package org.consortium.hub.sdk.contract;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The contract's compiled schemas, loaded once from the classpath.
 *
 * <p>networknt's validator 3.x works on Jackson 3 trees while the SDK and the hub use Jackson 2;
 * this class is the only place that sees Jackson 3, so no Jackson 3 type leaks into the public
 * API. Immutable after construction and thread-safe: compiled schemas are initialised eagerly so
 * that no lazy loading happens under concurrent validation.
 */
final class SchemaSet {

  /** Custom messages written next to the rule they explain, in the schema files themselves. */
  static final String ERROR_MESSAGE_KEYWORD = "errorMessage";

  private static final JsonMapper JACKSON3 = JsonMapper.builder().build();

  private final Schema envelope;
  private final Map<RecordType, Schema> payloads = new EnumMap<>(RecordType.class);

  SchemaSet() {
    SchemaRegistryConfig config = SchemaRegistryConfig.builder()
        .pathType(PathType.JSON_PATH)
        // date-time is only an annotation in draft 2020-12 unless assertions are switched on.
        .formatAssertionsEnabled(true)
        .errorMessageKeyword(ERROR_MESSAGE_KEYWORD)
        .build();
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        builder -> builder.schemaRegistryConfig(config)
            // The hub must never fetch schemas over the network: $ids resolve to the classpath.
            .schemaLoader(loader -> loader.fetchRemoteResources(false)
                .schemaIdResolvers(ids -> ids.mapPrefix(ContractSchemas.ID_BASE,
                    "classpath:" + ContractSchemas.RESOURCE_DIRECTORY))));
    envelope = load(registry, ContractSchemas.envelopeSchemaId());
    for (RecordType type : RecordType.values()) {
      payloads.put(type, load(registry, ContractSchemas.payloadSchemaId(type)));
    }
  }

  private static Schema load(SchemaRegistry registry, String id) {
    Schema schema = registry.getSchema(SchemaLocation.of(id));
    schema.initializeValidators();
    return schema;
  }

  /** Converts a Jackson 2 tree into the Jackson 3 tree the schema library needs. */
  static JsonNode toJackson3(com.fasterxml.jackson.databind.JsonNode node) {
    try {
      return JACKSON3.readTree(ContractJson.MAPPER.writeValueAsBytes(node));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      // Serialising an in-memory tree cannot fail short of a bug in Jackson.
      throw new IllegalStateException("cannot convert JSON tree", e);
    }
  }

  List<Error> validateEnvelope(JsonNode envelopeNode) {
    return envelope.validate(envelopeNode);
  }

  List<Error> validatePayload(RecordType type, JsonNode payloadNode) {
    return payloads.get(type).validate(payloadNode);
  }
}
