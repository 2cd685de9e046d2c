package org.consortium.hub.sdk.csv;

import java.util.Set;

/** Yes/no cells as French and English exports write them. */
final class Flags {

  private static final Set<String> YES = Set.of("oui", "o", "yes", "y", "true", "vrai", "1", "x");
  private static final Set<String> NO = Set.of("non", "n", "no", "false", "faux", "0", "-", "");

  private Flags() {}

  static boolean parse(String text) {
    String s = text == null ? "" : Labels.normalise(text);
    if (YES.contains(s)) {
      return true;
    }
    if (NO.contains(s)) {
      return false;
    }
    throw new IllegalArgumentException("not a yes/no value (expected oui/non, yes/no, 1/0)");
  }
}
