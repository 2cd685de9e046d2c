package org.consortium.hub.sdk.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Input refused before the schema is applied, because no contract field can hold it and the
 * schema library cannot be trusted with it: nesting deeper than any record, floating-point
 * numbers beyond the range of an integer, and text that is not one line of valid Unicode (in
 * values and in field names alike).
 *
 * <p>Text: control characters (NUL, CR, LF, tab, escape...) and Unicode line breaks forge lines
 * in logs and terminals and PostgreSQL cannot store NUL; an unpaired surrogate is not Unicode at
 * all; U+FFFD is what a decoder leaves of bytes that were not UTF-8, so the text is already
 * damaged. A title, a name or an identifier is one line of text.
 */
final class SafeInput {

  /** The contract's records nest four levels (envelope, payload, work, authors); far more is hostile. */
  static final int MAX_DEPTH = 16;

  /** Doubles at or beyond 2^63 make the schema library fail instead of answering. */
  private static final double LONG_RANGE = 0x1p63;

  private SafeInput() {}

  /** Violations found under {@code root}, with paths under {@code prefix}; empty when safe. */
  static List<Violation> check(JsonNode root, String prefix) {
    List<Violation> out = new ArrayList<>();
    walk(root, new NodePath(PathType.JSON_PATH), 0, prefix, out);
    return out;
  }

  private static void walk(JsonNode node, NodePath path, int depth, String prefix, List<Violation> out) {
    if (node.isContainerNode() && depth >= MAX_DEPTH) {
      out.add(new Violation(ErrorTranslator.path(path, prefix), "is nested more than " + MAX_DEPTH
          + " levels deep; the contract's records nest at most 4", Violation.TOO_DEEP));
    } else if (node.isTextual()) {
      text(node.textValue(), "", path, prefix, out);
    } else if (node.isFloatingPointNumber() && !(Math.abs(node.doubleValue()) < LONG_RANGE)) {
      out.add(new Violation(ErrorTranslator.path(path, prefix),
          "is out of range: the contract's numbers are integers", Violation.OUT_OF_RANGE));
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        NodePath child = path.append(field.getKey());
        text(field.getKey(), "field name ", child, prefix, out);
        walk(field.getValue(), child, depth + 1, prefix, out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path.append(i), depth + 1, prefix, out);
      }
    }
  }

  private static void text(String text, String what, NodePath path, String prefix, List<Violation> out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String problem = null;
      if (isLineBreakOrControl(c)) {
        problem = "must be one line of text without control characters, but holds "
            + codePoint(c) + " at character " + (i + 1);
      } else if (c == '\uFFFD') {
        problem = "holds U+FFFD, the replacement character, at character " + (i + 1)
            + ": the text was not valid UTF-8 or was read with the wrong encoding";
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        problem = "is not valid Unicode: unpaired surrogate " + codePoint(c) + " at character " + (i + 1);
      }
      if (problem != null) {
        out.add(new Violation(ErrorTranslator.path(path, prefix), what + problem, Violation.INVALID_CHARACTER));
        return;
      }
    }
  }

  /** C0 and C1 control characters (CR, LF, NUL, tab, escape, NEL...) and Unicode line and paragraph separators. */
  static boolean isLineBreakOrControl(int c) {
    return Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029';
  }

  private static String codePoint(char c) {
    return String.format("U+%04X", (int) c);
  }
}
