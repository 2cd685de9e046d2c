package org.consortium.hub.sdk.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** Turns an error answer, problem+json or not, into a {@link HubException}. */
final class Problems {

  private Problems() {}

  static HubException from(HttpResponse<String> response, ObjectMapper json) {
    int status = response.statusCode();
    String body = response.body() == null ? "" : response.body();
    try {
      JsonNode problem = json.readTree(body);
      if (problem != null && problem.isObject()) {
        return new HubException(status, text(problem, "type", "about:blank"),
            text(problem, "title", defaultTitle(status)), text(problem, "detail", null),
            violations(problem.get("violations")));
      }
    } catch (IOException notJson) {
      // A proxy or a crashed server may answer HTML: fall through to a plain message.
    }
    return new HubException(status, "about:blank", defaultTitle(status),
        body.isBlank() || body.length() > 300 ? null : body.strip(), List.of());
  }

  /** Accepts violations as strings or as objects with a path (or field) and a message. */
  private static List<String> violations(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node == null || !node.isArray()) {
      return out;
    }
    for (JsonNode v : node) {
      if (v.isTextual()) {
        out.add(v.textValue());
      } else if (v.isObject()) {
        String where = text(v, "path", text(v, "field", text(v, "pointer", "")));
        String what = text(v, "message", v.toString());
        out.add(where.isEmpty() ? what : where + ": " + what);
      }
    }
    return out;
  }

  private static String text(JsonNode node, String field, String fallback) {
    JsonNode v = node.get(field);
    return v != null && v.isValueNode() && !v.isNull() ? v.asText() : fallback;
  }

  static String defaultTitle(int status) {
    return switch (status) {
      case 400 -> "Bad request";
      case 401 -> "Not authenticated";
      case 403 -> "Not allowed";
      case 404 -> "Not found";
      case 409 -> "Conflict";
      case 413 -> "Batch too large";
      case 429 -> "Too many requests";
      default -> status >= 500 ? "Hub error" : "Request refused";
    };
  }
}
