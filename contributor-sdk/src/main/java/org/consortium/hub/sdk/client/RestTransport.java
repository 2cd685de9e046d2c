package org.consortium.hub.sdk.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Sends one HTTP request with authentication and retries. Retries only what can succeed later
 * (429, 5xx, I/O errors); every POST carries an idempotency key, so resending is safe.
 */
final class RestTransport {

  private final HttpClient http;
  private final Credentials credentials;
  private final RetryPolicy retry;
  private final Duration timeout;
  private final Sleeper sleeper;
  private final RandomGenerator random;
  private final ObjectMapper json;

  RestTransport(HttpClient http, Credentials credentials, RetryPolicy retry, Duration timeout,
      Sleeper sleeper, RandomGenerator random, ObjectMapper json) {
    this.http = http;
    this.credentials = credentials;
    this.retry = retry;
    this.timeout = timeout;
    this.sleeper = sleeper;
    this.random = random;
    this.json = json;
  }

  /**
   * Sends until a final answer: a 2xx is returned; another 4xx, or a retryable failure after the
   * last attempt, is thrown as a {@link HubException}.
   *
   * @param requestFactory builds the request without the Authorization header (which may
   *     change between attempts when a token is refreshed)
   */
  HttpResponse<String> send(HttpRequest.Builder requestFactory, ProgressListener listener) {
    boolean reauthenticated = false;
    for (int attempt = 1; ; attempt++) {
      String failure;
      Optional<Duration> retryAfter = Optional.empty();
      HubException last;
      try {
        HttpRequest.Builder builder = requestFactory.copy().timeout(timeout);
        credentials.authorization(http).ifPresent(a -> builder.setHeader("Authorization", a));
        HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
          return response;
        }
        last = Problems.from(response, json);
        if (status == 401 && !reauthenticated) {
          // A token may be revoked or expire early: fetch a fresh one once, then give up.
          reauthenticated = true;
          credentials.invalidate();
          attempt--;
          continue;
        }
        if (status != 429 && status < 500) {
          throw last;
        }
        failure = String.valueOf(status);
        retryAfter = retryAfter(response);
        if (retryAfter.isPresent() && retryAfter.get().compareTo(retry.maxRetryAfter()) > 0) {
          throw last;
        }
      } catch (IOException e) {
        failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        last = new HubException("cannot reach " + requestFactory.build().uri().getHost()
            + " (" + failure + ")", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new HubException("interrupted", e);
      }
      if (attempt >= retry.maxAttempts()) {
        throw last;
      }
      Duration delay = retry.delayBefore(attempt + 1, retryAfter, random);
      listener.retrying(attempt, delay, failure);
      try {
        sleeper.sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new HubException("interrupted while waiting to retry", e);
      }
    }
  }

  /** Retry-After in seconds or as an HTTP date (RFC 9110); ignored when unreadable. */
  static Optional<Duration> retryAfter(HttpResponse<?> response) {
    Optional<String> value = response.headers().firstValue("Retry-After").map(String::strip);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Duration.ofSeconds(Long.parseLong(value.get())));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(value.get(), DateTimeFormatter.RFC_1123_DATE_TIME);
        return Optional.of(Duration.between(ZonedDateTime.now(at.getZone()), at));
      } catch (DateTimeParseException unreadable) {
        return Optional.empty();
      }
    }
  }

  static URI resolve(URI base, String path) {
    String b = base.toString();
    return URI.create((b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + path);
  }
}
