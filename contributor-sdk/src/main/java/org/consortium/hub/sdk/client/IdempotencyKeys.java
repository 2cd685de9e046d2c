package org.consortium.hub.sdk.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Idempotency keys derived from what is sent: the same batch to the same dataset always gets
 * the same key, even from a new process after a crash, so the hub answers a resent batch with
 * its first receipt instead of counting it twice.
 */
final class IdempotencyKeys {

  private IdempotencyKeys() {}

  /** SHA-256 over the dataset id and the exact request body, in hex. */
  static String of(String datasetId, byte[] body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(datasetId.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) '\n');
      sha.update(body);
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is mandatory on every Java platform", e);
    }
  }
}
