package org.consortium.hub.sdk.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Where the contract's JSON Schemas (draft 2020-12) live: their {@code $id}s and classpath
 * resources. The hub can serve {@link #schemaText(String)} so that non-Java contributors validate
 * with exactly the same files.
 */
public final class ContractSchemas {

  /** Version of the contract implemented by these schemas and carried in every envelope. */
  public static final String SCHEMA_VERSION = "1.0";

  /** Common prefix of the schemas' {@code $id}s. Resolved from the classpath, never fetched. */
  public static final String ID_BASE = "https://schemas.consortium-hub.org/contract/v1/";

  /** Classpath directory holding the schema files. */
  public static final String RESOURCE_DIRECTORY = "org/consortium/hub/sdk/schemas/v1/";

  /** File name of the envelope schema. */
  public static final String ENVELOPE_SCHEMA_FILE = "envelope.schema.json";

  private ContractSchemas() {}

  /** The {@code $id} of the envelope schema. */
  public static String envelopeSchemaId() {
    return ID_BASE + ENVELOPE_SCHEMA_FILE;
  }

  /** The {@code $id} of the payload schema of {@code type}. */
  public static String payloadSchemaId(RecordType type) {
    return ID_BASE + type.schemaFile();
  }

  /**
   * The text of a schema file, e.g. {@code "performance.schema.json"}.
   *
   * @throws IllegalArgumentException when there is no such schema
   */
  public static String schemaText(String fileName) {
    // The name may come from a URL on the hub: never let it leave the schema directory.
    if (fileName == null || !fileName.matches("[a-z]+\\.schema\\.json")) {
      throw new IllegalArgumentException("no contract schema named " + fileName);
    }
    try (InputStream in = ContractSchemas.class.getClassLoader()
        .getResourceAsStream(RESOURCE_DIRECTORY + fileName)) {
      if (in == null) {
        throw new IllegalArgumentException("no contract schema named " + fileName);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
