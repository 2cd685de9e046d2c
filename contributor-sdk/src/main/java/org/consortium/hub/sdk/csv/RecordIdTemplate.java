package org.consortium.hub.sdk.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A record id built from parts, e.g. {@code "{Code séance}-{tariff}"}: braces name a column or
 * a derived key. The result has no whitespace (the contract forbids it), so spaces become dashes.
 */
final class RecordIdTemplate {

  private final String source;
  /** Even positions are literal text, odd positions are names of parts. */
  private final List<String> pieces = new ArrayList<>();

  RecordIdTemplate(String template) {
    if (template == null || template.isBlank()) {
      throw new MappingException("a recordId template is required, e.g. \"{Code séance}\"");
    }
    this.source = template;
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        pieces.add(template.substring(i));
        pieces.add(null);
        break;
      }
      int close = template.indexOf('}', open);
      if (close < 0) {
        throw new MappingException("recordId template '" + template + "' has an unclosed '{'");
      }
      pieces.add(template.substring(i, open));
      pieces.add(template.substring(open + 1, close).strip());
      i = close + 1;
    }
  }

  /** Names used between braces. */
  List<String> names() {
    List<String> out = new ArrayList<>();
    for (int k = 1; k < pieces.size(); k += 2) {
      if (pieces.get(k) != null) {
        out.add(pieces.get(k));
      }
    }
    return out;
  }

  /**
   * The id for one row.
   *
   * @throws IllegalArgumentException when a part is empty, since ids must be stable and unique
   */
  String render(Function<String, String> values) {
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < pieces.size(); k += 2) {
      out.append(pieces.get(k));
      String name = k + 1 < pieces.size() ? pieces.get(k + 1) : null;
      if (name != null) {
        String v = values.apply(name);
        if (v == null || v.isBlank()) {
          throw new IllegalArgumentException("record id part '" + name + "' is empty");
        }
        out.append(v.strip());
      }
    }
    return out.toString().replaceAll("[\\s\\u00A0\\u202F]+", "-");
  }

  @Override
  public String toString() {
    return source;
  }
}
