package org.consortium.hub.sdk.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads the example records shipped with the SDK, as fresh mutable trees. */
final class Examples {

  private Examples() {}

  static ObjectNode load(String name) {
    String resource = "org/consortium/hub/sdk/examples/" + name + ".json";
    try (InputStream in = Examples.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("missing example " + resource);
      }
      return (ObjectNode) ContractJson.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode performance() {
    return load("performance");
  }

  static ObjectNode attendance() {
    return load("attendance");
  }

  static ObjectNode work() {
    return load("work");
  }

  static ObjectNode payload(ObjectNode envelope) {
    return (ObjectNode) envelope.get("payload");
  }

  static JsonNode text(String value) {
    return ContractJson.MAPPER.getNodeFactory().textNode(value);
  }
}
