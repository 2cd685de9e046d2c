package org.consortium.hub.sdk.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContractSchemasTest {

  @ParameterizedTest
  @ValueSource(strings = {"envelope", "performance", "attendance", "work"})
  void everySchemaIsDraft202012WithItsIdAndVersion(String name) throws Exception {
    JsonNode schema = ContractJson.MAPPER.readTree(ContractSchemas.schemaText(name + ".schema.json"));

    assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("$id").asText()).isEqualTo(ContractSchemas.ID_BASE + name + ".schema.json");
    assertThat(schema.get("x-schema-version").asText()).isEqualTo(ContractSchemas.SCHEMA_VERSION);
    assertThat(schema.get("additionalProperties").asBoolean(true)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"../../../../META-INF/MANIFEST.MF", "envelope.json", "", "Work.schema.json"})
  void onlySchemaFilesCanBeRead(String name) {
    assertThatThrownBy(() -> ContractSchemas.schemaText(name)).isInstanceOf(IllegalArgumentException.class);
  }
}
