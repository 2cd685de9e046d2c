package org.consortium.hub.sdk.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Looks for e-mail addresses and phone numbers in every text value of a record: a free-text field
 * such as a title or a hall name passes the schema whatever it holds.
 */
final class ContactDetailsScan {

  /**
   * Identifier fields are checked for e-mail addresses only: numeric ids can look like phone
   * numbers, while buyer e-mails used as record ids are a real leak.
   */
  private static final Set<String> ID_FIELDS = Set.of("datasetId", "contributorOrg", "recordId",
      "performanceRecordId", "hubWorkId", "hubProductionId", "wikidata", "isni");

  private ContactDetailsScan() {}

  /** Violations for every text value under {@code root}, with paths under {@code prefix}. */
  static List<Violation> scan(JsonNode root, String prefix) {
    List<Violation> out = new ArrayList<>();
    walk(root, new NodePath(PathType.JSON_PATH), "", prefix, out);
    return out;
  }

  private static void walk(JsonNode node, NodePath path, String field, String prefix,
      List<Violation> out) {
    if (node.isTextual()) {
      check(node.textValue(), path, field, prefix, out);
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        walk(entry.getValue(), path.append(entry.getKey()), entry.getKey(), prefix, out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path.append(i), field, prefix, out);
      }
    }
  }

  private static void check(String text, NodePath path, String field, String prefix,
      List<Violation> out) {
    PersonalDataGuard.findContactDetails(text)
        .filter(kind -> kind == PersonalDataKind.EMAIL || !ID_FIELDS.contains(field))
        .ifPresent(kind -> out.add(new Violation(ErrorTranslator.path(path, prefix),
            kind.refusal() + " (found in the text of field '" + field + "')",
            Violation.PERSONAL_DATA)));
  }
}
