package org.consortium.hub.sdk.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.consortium.hub.sdk.contract.Pseudonymiser;

/**
 * Tells first-time buyers from returning ones with a local history of keyed pseudonyms: the
 * venue keeps, in a file of its own, the HMAC of every buyer id it has already reported. A buyer
 * is first-time when absent from the history as it stood before this import. Neither ids nor
 * pseudonyms are ever sent to the hub; only the counts are.
 *
 * <p>New pseudonyms are written only by {@link #commit()}, called once an upload succeeded, so a
 * dry run or a failed upload does not turn new buyers into returning ones.
 */
public final class FirstTimeBuyers {

  private final Path history;
  private final Pseudonymiser pseudonymiser;
  private final Set<String> known;
  private final Set<String> seen = new LinkedHashSet<>();

  private FirstTimeBuyers(Path history, Pseudonymiser pseudonymiser, Set<String> known) {
    this.history = history;
    this.pseudonymiser = pseudonymiser;
    this.known = known;
  }

  /**
   * Opens a history file (missing means no earlier buyers) with the venue's key.
   *
   * @throws IOException when the history cannot be read
   */
  public static FirstTimeBuyers open(Path history, Pseudonymiser pseudonymiser) throws IOException {
    Set<String> known = new HashSet<>();
    if (Files.exists(history)) {
      try (var lines = Files.lines(history, StandardCharsets.US_ASCII)) {
        lines.map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(known::add);
      }
    }
    return new FirstTimeBuyers(history, pseudonymiser, known);
  }

  /**
   * Reads the venue's key from {@code keyFile}, creating a new random key there (readable by
   * its owner only) on first use. Losing the key makes every buyer look new once: keep it.
   */
  public static Pseudonymiser loadOrCreateKey(Path keyFile) throws IOException {
    if (Files.exists(keyFile)) {
      return Pseudonymiser.fromBase64Key(Files.readString(keyFile, StandardCharsets.US_ASCII));
    }
    if (keyFile.toAbsolutePath().getParent() != null) {
      Files.createDirectories(keyFile.toAbsolutePath().getParent());
    }
    String key = Pseudonymiser.generateBase64Key();
    Files.writeString(keyFile, key + "\n", StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW);
    try {
      Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException windows) {
      // Windows has no POSIX permissions; the user profile directory protects the file there.
    }
    return Pseudonymiser.fromBase64Key(key);
  }

  /** Whether this buyer was unknown before this import; remembers the buyer for {@link #commit}. */
  public boolean isFirstTime(String buyerId) {
    String pseudonym = pseudonymiser.pseudonymise(buyerId);
    boolean first = !known.contains(pseudonym);
    if (first) {
      seen.add(pseudonym);
    }
    return first;
  }

  /** New buyers met so far and not yet written to the history. */
  public int newBuyers() {
    return seen.size();
  }

  /** Appends this import's new buyers to the history file. */
  public void commit() throws IOException {
    if (seen.isEmpty()) {
      return;
    }
    if (history.toAbsolutePath().getParent() != null) {
      Files.createDirectories(history.toAbsolutePath().getParent());
    }
    try (BufferedWriter out = Files.newBufferedWriter(history, StandardCharsets.US_ASCII,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
      for (String p : seen) {
        out.write(p);
        out.newLine();
      }
    }
    known.addAll(seen);
    seen.clear();
  }
}
