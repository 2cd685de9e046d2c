package org.consortium.hub.sdk.kafka;

/** The broker did not acknowledge every record of a send; resending is safe. */
public class KafkaContributionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A failure with its first cause. */
  public KafkaContributionException(String message, Throwable cause) {
    super(message, cause);
  }
}
