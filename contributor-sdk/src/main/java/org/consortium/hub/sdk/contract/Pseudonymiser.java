package org.consortium.hub.sdk.contract;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a buyer identifier (customer number, e-mail...) into a keyed HMAC-SHA256 pseudonym, so a
 * venue can tell first-time buyers from returning ones without keeping or sending raw ids.
 *
 * <p>The key is the venue's secret and stays at the venue: without it, a pseudonym cannot be
 * linked back to a buyer by hashing guessed e-mails, which a plain hash would allow. Pseudonyms
 * themselves are used only locally to count {@code firstTimeBuyers}; the contract never carries
 * them. Thread-safe.
 */
public final class Pseudonymiser {

  private static final String ALGORITHM = "HmacSHA256";
  /** Minimum key length: 256 bits, the output size of SHA-256; shorter keys weaken the HMAC. */
  public static final int MIN_KEY_BYTES = 32;

  private final SecretKeySpec key;

  /**
   * A pseudonymiser with a secret key of at least {@value #MIN_KEY_BYTES} bytes.
   *
   * @throws IllegalArgumentException when the key is too short
   */
  public Pseudonymiser(byte[] key) {
    Objects.requireNonNull(key, "key");
    if (key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException(
          "pseudonymisation key must be at least " + MIN_KEY_BYTES + " bytes, got " + key.length);
    }
    this.key = new SecretKeySpec(key.clone(), ALGORITHM);
  }

  /** A pseudonymiser from a Base64-encoded key, as stored in a venue's configuration. */
  public static Pseudonymiser fromBase64Key(String base64Key) {
    return new Pseudonymiser(Base64.getDecoder().decode(base64Key.strip()));
  }

  /** A new random key of {@value #MIN_KEY_BYTES} bytes, Base64-encoded, for a venue to keep. */
  public static String generateBase64Key() {
    byte[] key = new byte[MIN_KEY_BYTES];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  /**
   * The pseudonym of a buyer id: 64 lower-case hex characters. Ids are trimmed, Unicode-normalised
   * and lower-cased first, because ticketing exports spell the same e-mail or customer number
   * with varying case and spaces, and one buyer must get one pseudonym.
   *
   * @throws IllegalArgumentException when the id is blank
   */
  public String pseudonymise(String buyerId) {
    if (buyerId == null || buyerId.isBlank()) {
      throw new IllegalArgumentException("buyer id must not be blank");
    }
    String normalised = Normalizer.normalize(buyerId.strip(), Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT);
    return HexFormat.of().formatHex(newMac().doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
  }

  /** A Mac per call: {@link Mac} instances are not thread-safe and are cheap to create. */
  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      // HmacSHA256 is mandatory on every Java platform; reaching this is a broken JRE.
      throw new IllegalStateException("HMAC-SHA256 unavailable", e);
    }
  }

  /** Never prints the key. */
  @Override
  public String toString() {
    return "Pseudonymiser[HMAC-SHA256]";
  }
}
