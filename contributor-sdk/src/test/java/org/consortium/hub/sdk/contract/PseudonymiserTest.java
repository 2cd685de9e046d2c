package org.consortium.hub.sdk.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class PseudonymiserTest {

  private static final byte[] KEY = new byte[32];

  static {
    Arrays.fill(KEY, (byte) 7);
  }

  @Test
  void isHmacSha256OfTheNormalisedId() throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
    String expected = HexFormat.of().formatHex(mac.doFinal("jean@example.org".getBytes(StandardCharsets.UTF_8)));

    assertThat(new Pseudonymiser(KEY).pseudonymise("  Jean@Example.org ")).isEqualTo(expected).hasSize(64);
  }

  @Test
  void sameBuyerSamePseudonymOtherKeyOtherPseudonym() {
    Pseudonymiser venue = new Pseudonymiser(KEY);
    Pseudonymiser otherVenue = Pseudonymiser.fromBase64Key(Pseudonymiser.generateBase64Key());

    assertThat(venue.pseudonymise("C-1042")).isEqualTo(venue.pseudonymise("c-1042"));
    assertThat(venue.pseudonymise("C-1042")).isNotEqualTo(venue.pseudonymise("C-1043"));
    assertThat(otherVenue.pseudonymise("C-1042")).isNotEqualTo(venue.pseudonymise("C-1042"));
  }

  @Test
  void refusesShortKeysAndBlankIds() {
    assertThatThrownBy(() -> new Pseudonymiser(new byte[16])).hasMessageContaining("at least 32 bytes");
    assertThatThrownBy(() -> new Pseudonymiser(KEY).pseudonymise(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void neverPrintsItsKey() {
    assertThat(new Pseudonymiser(KEY)).hasToString("Pseudonymiser[HMAC-SHA256]");
  }
}
