package org.consortium.hub.sdk.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The walkthrough in docs/contribute.md uses docs/samples; they must be the shipped ones. */
class SamplesInSyncTest {

  @ParameterizedTest
  @ValueSource(strings = {"box-office-summary.csv", "box-office-summary.mapping.yaml",
      "ticket-lines.csv", "ticket-lines.mapping.yaml"})
  void docsSamplesEqualTheShippedSamples(String name) throws Exception {
    Path shipped = Path.of("src/main/resources/org/consortium/hub/sdk/samples", name);
    Path docs = Path.of("../docs/samples", name);
    assertThat(Files.readString(docs)).isEqualTo(Files.readString(shipped));
  }
}
