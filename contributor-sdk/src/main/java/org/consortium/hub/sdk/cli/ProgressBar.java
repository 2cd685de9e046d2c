package org.consortium.hub.sdk.cli;

import java.io.PrintWriter;
import java.time.Duration;
import org.consortium.hub.sdk.client.ProgressListener;
import org.consortium.hub.sdk.client.Receipt;
import org.consortium.hub.sdk.csv.ImportListener;

/**
 * A one-line progress bar on standard error: percentage of the file read, rows, rows per
 * second and time left. Redrawn at most ten times a second so that drawing never slows an
 * upload; retries are shown on their own line because a person should see the hub struggling.
 */
final class ProgressBar implements ImportListener, ProgressListener {

  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final long started = System.nanoTime();
  private long lastDraw;
  private long rows;
  private long batches;
  private long built;
  private long sent;
  private long lastBytes;
  private long lastTotal;
  private boolean drawn;

  ProgressBar(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  @Override
  public void progress(long rows, long bytesRead, long totalBytes) {
    this.rows = rows;
    this.lastBytes = bytesRead;
    this.lastTotal = totalBytes;
    redraw();
  }

  /** A record was built and handed over for sending. */
  void built() {
    built++;
  }

  /** Records announced but not built yet: the sending half counts them as left to send. */
  private long toCome;

  @Override
  public void recordsToCome(long records) {
    toCome = built + records;
  }

  private void redraw() {
    long bytesRead = lastBytes;
    long totalBytes = lastTotal;
    long now = System.nanoTime();
    if (!enabled || now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    draw(bytesRead, totalBytes, now);
  }

  /**
   * Half the bar is the file read, half the records sent: a layout that sums ticket lines sends
   * most records after the last row, and the bar must not sit at 100 % meanwhile.
   */
  private void draw(long bytesRead, long totalBytes, long now) {
    double seconds = Math.max((now - started) / 1e9, 1e-3);
    double read = totalBytes > 0 ? Math.min(1.0, (double) bytesRead / totalBytes) : 0;
    long expected = Math.max(built, toCome);
    double sending = expected == 0 ? 0 : Math.min(1.0, (double) sent / expected);
    double fraction = batchesExpected ? (read + sending) / 2 : read;
    int filled = (int) Math.round(fraction * WIDTH);
    String left = fraction > 0 && fraction < 1
        ? format(Duration.ofMillis((long) (seconds * (1 - fraction) / fraction * 1000))) : "--:--";
    err.printf("\r[%s%s] %3d%%  %,d rows  %,.0f rows/s  %s left  %,d/%,d records sent ",
        "#".repeat(filled), ".".repeat(WIDTH - filled), Math.round(fraction * 100), rows,
        rows / seconds, left, sent, Math.max(built, toCome));
    err.flush();
    drawn = true;
  }

  /** Ends the bar's line so that the summary starts on a fresh one. */
  void done(long totalBytes) {
    if (enabled) {
      sent = Math.max(sent, batchesExpected ? sent : built);
      draw(totalBytes, totalBytes, System.nanoTime());
      err.println();
      err.flush();
      drawn = false;
    }
  }

  @Override
  public void batchSent(int batchNumber, int records, Receipt receipt) {
    batches = batchNumber;
    sent += records;
    batchesExpected = true;
    redraw();
  }

  /** Whether records are being sent (an upload), so the bar has its sending half. */
  private boolean batchesExpected;

  /** The bar of an upload: half reading, half sending. */
  ProgressBar sending() {
    batchesExpected = true;
    return this;
  }

  @Override
  public void retrying(int attempt, Duration delay, String reason) {
    if (drawn) {
      err.println();
      drawn = false;
    }
    err.printf("attempt %d failed (%s); retrying in %.1f s%n", attempt, reason,
        delay.toMillis() / 1000.0);
    err.flush();
  }

  @Override
  public void warning(String message) {
    if (drawn) {
      err.println();
      drawn = false;
    }
    err.println("warning: " + message);
    err.flush();
  }

  static String format(Duration d) {
    long s = d.getSeconds();
    return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format("%d:%02d", s / 60, s % 60);
  }
}
