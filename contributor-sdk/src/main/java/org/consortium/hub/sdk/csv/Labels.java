package org.consortium.hub.sdk.csv;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Maps a venue's own labels ("Plein tarif", "Danse contemporaine") to contract values. Labels
 * are compared without case, accents or extra spaces, since exports are rarely consistent. The
 * contract's own values always work, and a {@code "*"} entry catches every other label.
 *
 * @param <E> the contract enum
 */
final class Labels<E extends Enum<E>> {

  static final String FALLBACK = "*";

  private final Map<String, E> byLabel = new HashMap<>();
  private final E fallback;

  Labels(Map<String, String> labels, E[] values, Function<E, String> jsonValue,
      Function<String, E> parse, String what) {
    for (E value : values) {
      byLabel.put(normalise(jsonValue.apply(value)), value);
    }
    E star = null;
    if (labels != null) {
      for (Map.Entry<String, String> e : labels.entrySet()) {
        E target;
        try {
          target = parse.apply(e.getValue());
        } catch (IllegalArgumentException bad) {
          throw new MappingException(what + " label '" + e.getKey() + "': " + bad.getMessage());
        }
        if (FALLBACK.equals(e.getKey().strip())) {
          star = target;
        } else {
          byLabel.put(normalise(e.getKey()), target);
        }
      }
    }
    this.fallback = star;
  }

  Optional<E> find(String label) {
    if (label == null) {
      return Optional.ofNullable(fallback);
    }
    E found = byLabel.get(normalise(label));
    return Optional.ofNullable(found != null ? found : fallback);
  }

  static String normalise(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .replaceAll("[\\s\\u00A0\\u202F]+", " ").strip().toLowerCase(Locale.ROOT);
  }
}
