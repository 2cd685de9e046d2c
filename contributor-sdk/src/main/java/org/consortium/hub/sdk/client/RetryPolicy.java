package org.consortium.hub.sdk.client;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When and how long to wait before sending a request again after a 429, a 5xx or an I/O error.
 * Exponential backoff with jitter, bounded both in attempts and in delay, so that many venues
 * retrying after a hub restart do not all come back at the same instant.
 *
 * @param maxAttempts attempts in all, including the first; 1 means never retry
 * @param initialDelay delay before the second attempt (before jitter)
 * @param maxDelay no computed delay is longer than this
 * @param maxRetryAfter longest {@code Retry-After} the client agrees to wait; a longer one fails
 *     the request instead of hanging an upload for hours
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay,
    Duration maxRetryAfter) {

  /** Checks the bounds. */
  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    Objects.requireNonNull(initialDelay, "initialDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
      throw new IllegalArgumentException("need 0 <= initialDelay <= maxDelay");
    }
  }

  /** 6 attempts, 500 ms doubling up to 30 s, Retry-After honoured up to 2 minutes. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(6, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMinutes(2));
  }

  /** A single attempt. */
  public static RetryPolicy none() {
    return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);
  }

  /**
   * How long to wait before attempt {@code nextAttempt} (2 for the first retry). The server's
   * {@code Retry-After} wins when given, since it knows its own load; otherwise the delay doubles
   * each time up to {@link #maxDelay()}, and a random part of up to half of it is taken off
   * ("equal jitter"), keeping a floor while spreading clients apart.
   */
  public Duration delayBefore(int nextAttempt, Optional<Duration> retryAfter, RandomGenerator random) {
    if (retryAfter.isPresent()) {
      return retryAfter.get().isNegative() ? Duration.ZERO : retryAfter.get();
    }
    int doublings = Math.min(Math.max(nextAttempt - 2, 0), 30);
    long base = Math.min(maxDelay.toMillis(), initialDelay.toMillis() * (1L << doublings));
    long half = base / 2;
    long jitter = half == 0 ? 0 : random.nextLong(half + 1);
    return Duration.ofMillis(base - jitter);
  }
}
