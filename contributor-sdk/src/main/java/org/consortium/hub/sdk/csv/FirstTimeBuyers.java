package org.consortium.hub.sdk.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.YearMonth;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.consortium.hub.sdk.contract.Pseudonymiser;

/**
 * Tells first-time buyers from returning ones, with one definition that does not depend on the
 * order of the exports, on how they are split into files, nor on resends: <b>a buyer is new at
 * the venue in the month of the first performance they bought a ticket for there</b>, over the
 * whole history the venue has contributed. Their tickets for performances of that month count as
 * first-time tickets; their tickets for any later month do not.
 *
 * <p>The venue keeps, in a file of its own, each buyer's keyed pseudonym (HMAC-SHA256 with the
 * venue's secret key) and that first month. Neither ids nor pseudonyms are ever sent to the hub;
 * only the counts are. A resend finds the same first months, so it sends the same counts. An
 * export of an earlier month arriving after a later one moves some buyers' first month back:
 * {@link #movedBack()} counts them, and the exports of the months they were counted in must be
 * sent again as a correction.
 *
 * <p>The history is written only by {@link #commit()}, called once an upload succeeded, so a dry
 * run or a failed upload changes nothing. Lines of older histories (a pseudonym alone) are buyers
 * of a month before any export: never new again.
 */
public final class FirstTimeBuyers {

  /** The first month of a buyer whose history line has no month. */
  static final YearMonth BEFORE_ANY = YearMonth.of(1, 1);

  private final Path history;
  private final Pseudonymiser pseudonymiser;
  private final Map<String, YearMonth> known;
  private final Map<String, YearMonth> seen = new LinkedHashMap<>();

  private FirstTimeBuyers(Path history, Pseudonymiser pseudonymiser, Map<String, YearMonth> known) {
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
    Map<String, YearMonth> known = new HashMap<>();
    if (Files.exists(history)) {
      try (var lines = Files.lines(history, StandardCharsets.US_ASCII)) {
        lines.map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(l -> {
          String[] parts = l.split("\\s+");
          YearMonth month = parts.length > 1 ? YearMonth.parse(parts[1]) : BEFORE_ANY;
          known.merge(parts[0], month, FirstTimeBuyers::earlier);
        });
      }
    }
    return new FirstTimeBuyers(history, pseudonymiser, known);
  }

  private static YearMonth earlier(YearMonth a, YearMonth b) {
    return a.isBefore(b) ? a : b;
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

  /** The keyed pseudonym of a buyer id: what the history keeps, never the id. */
  public String pseudonym(String buyerId) {
    return pseudonymiser.pseudonymise(buyerId);
  }

  /** Notes that this buyer bought a ticket for a performance of this month. */
  public void saw(String pseudonym, YearMonth month) {
    seen.merge(pseudonym, month, FirstTimeBuyers::earlier);
  }

  /**
   * The buyer's first month at the venue: the earliest of the history and of what this import
   * has seen so far.
   */
  public YearMonth firstMonth(String pseudonym) {
    YearMonth before = known.get(pseudonym);
    YearMonth now = seen.get(pseudonym);
    return before == null ? now : now == null ? before : earlier(before, now);
  }

  /** Whether this buyer had never bought a ticket at the venue before this import. */
  public boolean isFirstTime(String buyerId) {
    return !known.containsKey(pseudonym(buyerId));
  }

  /** Buyers this import met that the history did not know. */
  public int newBuyers() {
    return (int) seen.keySet().stream().filter(p -> !known.containsKey(p)).count();
  }

  /**
   * Buyers the history knew with a later first month than this import shows: they were counted
   * as new in that later month, whose exports must be sent again as a correction.
   */
  public int movedBack() {
    return (int) seen.entrySet().stream()
        .filter(e -> known.containsKey(e.getKey()) && e.getValue().isBefore(known.get(e.getKey())))
        .count();
  }

  /** Writes the history with this import's buyers and first months (replacing the file whole). */
  public void commit() throws IOException {
    if (seen.isEmpty()) {
      return;
    }
    seen.forEach((p, m) -> known.merge(p, m, FirstTimeBuyers::earlier));
    seen.clear();
    Path dir = history.toAbsolutePath().getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    Path next = history.resolveSibling(history.getFileName() + ".new");
    try (BufferedWriter out = Files.newBufferedWriter(next, StandardCharsets.US_ASCII)) {
      out.write("# keyed pseudonym of a buyer, and the month of their first performance here");
      out.newLine();
      for (Map.Entry<String, YearMonth> e : new TreeMap<>(known).entrySet()) {
        out.write(e.getKey() + (e.getValue().equals(BEFORE_ANY) ? "" : " " + e.getValue()));
        out.newLine();
      }
    }
    Files.move(next, history, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
