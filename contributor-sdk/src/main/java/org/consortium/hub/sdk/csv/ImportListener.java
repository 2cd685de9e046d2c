package org.consortium.hub.sdk.csv;

/** Hears an import's progress, e.g. to draw a progress bar; every method is optional. */
public interface ImportListener {

  /** A listener that ignores everything. */
  ImportListener NONE = new ImportListener() {};

  /**
   * Called after each row.
   *
   * @param rows data rows read so far
   * @param bytesRead bytes of the file read so far (approximately: the reader buffers ahead)
   * @param totalBytes size of the file, or -1 when unknown
   */
  default void progress(long rows, long bytesRead, long totalBytes) {}

  /**
   * Every row is read; this many more records are still to come (aggregates a layout holds
   * until the end), so that a progress bar can measure what is left to send.
   */
  default void recordsToCome(long records) {}

  /** A row was refused. */
  default void refused(RefusedRow row) {}

  /** Something to know, e.g. a personal-data column dropped. */
  default void warning(String message) {}
}
