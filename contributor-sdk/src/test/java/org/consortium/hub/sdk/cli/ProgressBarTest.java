package org.consortium.hub.sdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The bar of an upload covers sending: it is not at 100 % while records are still to send. */
class ProgressBarTest {

  @Test
  void aFileReadWholeWithMostRecordsStillToSendIsNotDone() {
    StringWriter err = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(err, true), true).sending();
    bar.progress(50_000, 8_000_000, 8_000_000); // every row read
    bar.recordsToCome(10_000);                  // the sums of ticket lines, built at the end
    for (int i = 0; i < 1_000; i++) {
      bar.built();
    }
    bar.batchSent(1, 1_000, null);
    bar.done(8_000_000);

    String last = err.toString().substring(err.toString().lastIndexOf('\r') + 1);
    assertThat(last).contains(" 55%", "1,000/10,000 records sent");
  }
}
