package org.consortium.hub.sdk.csv;

import java.util.List;
import org.consortium.hub.sdk.contract.Envelope;

/** How rows of one export layout become records. */
interface ExportLayout {

  /** Where records and refusals go. */
  interface Output {
    void emit(List<Envelope> records);

    void refuse(RefusedRow refused);
  }

  /**
   * Handles one row. Records of a row are emitted together or not at all, so that a row is
   * never half imported.
   */
  void row(Row row, Output out) throws RowRefused;

  /** Records held back until the end, at most (for progress). */
  default long heldBack() {
    return 0;
  }

  /** Emits what was held back until the end (aggregates). */
  default void finish(Output out) {}
}
