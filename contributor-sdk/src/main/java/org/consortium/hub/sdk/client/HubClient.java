package org.consortium.hub.sdk.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.consortium.hub.sdk.contract.ContractJson;
import org.consortium.hub.sdk.contract.ContractValidator;
import org.consortium.hub.sdk.contract.Envelope;

/**
 * Talks to the hub's contribution API over HTTPS: sends records in batches, reads receipts and
 * lists datasets. Records are checked against the contract before anything is sent, each batch
 * carries an idempotency key derived from its content, and transient failures (429, 5xx, I/O
 * errors) are retried with bounded exponential backoff.
 *
 * <pre>{@code
 * HubClient hub = HubClient.builder()
 *     .baseUrl("http://localhost:8080")
 *     .credentials(Credentials.basic("contributor", "contributor-pass"))
 *     .build();
 * ContributionResult result = hub.contribute(datasetId, envelopes);
 * }</pre>
 *
 * <p>Thread-safe: one client can serve several uploads at once.
 */
public final class HubClient {

  /** Default records per batch; the hub accepts up to 10 000 by default. */
  public static final int DEFAULT_BATCH_SIZE = 1000;

  private final URI baseUrl;
  private final RestTransport transport;
  private final ContractValidator validator;
  private final ObjectMapper json = ContractJson.newMapper();
  private final int batchSize;
  private final Sleeper sleeper;

  private HubClient(Builder b) {
    this.baseUrl = Objects.requireNonNull(b.baseUrl, "baseUrl");
    this.batchSize = b.batchSize;
    this.validator = b.validator != null ? b.validator : new ContractValidator();
    this.sleeper = b.sleeper;
    HttpClient http = b.http != null ? b.http
        : HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    this.transport = new RestTransport(http, b.credentials, b.retryPolicy, b.requestTimeout,
        b.sleeper, b.random, json);
  }

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The hub's base URL. */
  public URI baseUrl() {
    return baseUrl;
  }

  /**
   * Sends {@code records} to dataset {@code datasetId} in batches and returns every receipt.
   * Records that break the contract are not sent; they are listed in the result.
   *
   * @throws HubException when the hub refuses a batch (auth, dataset not approved...) or cannot
   *     be reached within the retry policy; batches sent before that keep their receipts on the
   *     hub and resending them is harmless
   */
  public ContributionResult contribute(String datasetId, Iterable<Envelope> records) {
    return contribute(datasetId, records, ProgressListener.NONE);
  }

  /** As {@link #contribute(String, Iterable)}, reporting progress to {@code listener}. */
  public ContributionResult contribute(String datasetId, Iterable<Envelope> records,
      ProgressListener listener) {
    Contribution contribution = open(datasetId, listener);
    for (Envelope record : records) {
      contribution.add(record);
    }
    return contribution.finish();
  }

  /**
   * Opens a contribution that takes records one at a time, for sources read as a stream such as
   * a large CSV export. Call {@link Contribution#finish()} at the end.
   */
  public Contribution open(String datasetId, ProgressListener listener) {
    return new Contribution(transport, validator, json, baseUrl, datasetId, batchSize,
        listener == null ? ProgressListener.NONE : listener);
  }

  /** The current state of a receipt. */
  public Receipt receipt(String receiptId) {
    URI uri = RestTransport.resolve(baseUrl,
        "/api/v1/receipts/" + URLEncoder.encode(receiptId, StandardCharsets.UTF_8));
    return read(json, get(uri).body(), Receipt.class);
  }

  /**
   * Polls a receipt until the hub has processed every record or {@code timeout} passes, waiting
   * a little longer between polls each time (250 ms up to 5 s).
   *
   * @return the last receipt read: check {@link Receipt#isComplete()}, it may still be pending
   */
  public Receipt awaitProcessed(String receiptId, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    Duration pause = Duration.ofMillis(250);
    while (true) {
      Receipt receipt = receipt(receiptId);
      Duration left = Duration.between(Instant.now(), deadline);
      if (receipt.isComplete() || left.isNegative() || left.isZero()) {
        return receipt;
      }
      try {
        sleeper.sleep(pause.compareTo(left) < 0 ? pause : left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return receipt;
      }
      pause = pause.multipliedBy(2).compareTo(Duration.ofSeconds(5)) > 0
          ? Duration.ofSeconds(5) : pause.multipliedBy(2);
    }
  }

  /** The datasets visible to the caller, following the hub's {@code next} links if any. */
  public List<DatasetInfo> datasets() {
    List<DatasetInfo> out = new ArrayList<>();
    URI next = RestTransport.resolve(baseUrl, "/api/v1/datasets");
    for (int pages = 0; next != null && pages < 1000; pages++) {
      JsonNode page = read(json, get(next).body(), JsonNode.class);
      JsonNode items = page.isArray() ? page : page.path("items");
      for (JsonNode item : items) {
        out.add(json.convertValue(item, DatasetInfo.class));
      }
      JsonNode link = page.path("next");
      next = link.isTextual() && !link.textValue().isBlank() ? baseUrl.resolve(link.textValue()) : null;
    }
    return out;
  }

  private HttpResponse<String> get(URI uri) {
    return transport.send(HttpRequest.newBuilder(uri)
        .header("Accept", "application/json, application/problem+json").GET(), ProgressListener.NONE);
  }

  static <T> T read(ObjectMapper json, String body, Class<T> type) {
    try {
      return json.readValue(body, type);
    } catch (IOException e) {
      throw new HubException(200, "about:blank", "Unreadable answer",
          "the hub answered something that is not a " + type.getSimpleName() + ": "
              + e.getMessage(), List.of());
    }
  }

  /** Configures a {@link HubClient}; only the base URL is required. */
  public static final class Builder {
    private URI baseUrl;
    private Credentials credentials = Credentials.none();
    private int batchSize = DEFAULT_BATCH_SIZE;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Duration requestTimeout = Duration.ofMinutes(2);
    private HttpClient http;
    private ContractValidator validator;
    private Sleeper sleeper = Sleeper.REAL;
    private RandomGenerator random = new Random();

    private Builder() {}

    /** The hub, e.g. {@code https://hub.example.org} or {@code http://localhost:8080}. */
    public Builder baseUrl(String baseUrl) {
      return baseUrl(URI.create(baseUrl));
    }

    /** The hub's base URL. */
    public Builder baseUrl(URI baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /** How to authenticate; none by default. */
    public Builder credentials(Credentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
      return this;
    }

    /** Records per batch, 1 to 10 000; {@value HubClient#DEFAULT_BATCH_SIZE} by default. */
    public Builder batchSize(int batchSize) {
      if (batchSize < 1 || batchSize > 10_000) {
        throw new IllegalArgumentException("batch size must be between 1 and 10000");
      }
      this.batchSize = batchSize;
      return this;
    }

    /** When to retry; {@link RetryPolicy#defaults()} by default. */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /** Longest wait for one answer; 2 minutes by default. */
    public Builder requestTimeout(Duration requestTimeout) {
      this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
      return this;
    }

    /** Your own HTTP client, e.g. with a proxy or a custom trust store. */
    public Builder httpClient(HttpClient http) {
      this.http = http;
      return this;
    }

    /** Shares a validator already built elsewhere (building one compiles every schema). */
    public Builder validator(ContractValidator validator) {
      this.validator = validator;
      return this;
    }

    Builder sleeper(Sleeper sleeper) {
      this.sleeper = sleeper;
      return this;
    }

    Builder random(RandomGenerator random) {
      this.random = random;
      return this;
    }

    /** Builds the client. */
    public HubClient build() {
      return new HubClient(this);
    }
  }
}
