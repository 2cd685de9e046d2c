package org.consortium.hub.sdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.consortium.hub.sdk.contract.Envelope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HubClientTest {

  private FakeHub hub;
  private final List<Duration> sleeps = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    hub = new FakeHub();
  }

  @AfterEach
  void stop() {
    hub.close();
  }

  private HubClient.Builder client() {
    return HubClient.builder().baseUrl(hub.url()).sleeper(sleeps::add).random(new Random(1));
  }

  @Test
  void splitsIntoBatchesAndReturnsOneReceiptPerBatch() {
    ContributionResult result = client().batchSize(10).build()
        .contribute("ds-1", Records.attendances("ds-1", 25));

    assertThat(hub.calls).hasSize(3);
    assertThat(hub.calls).extracting(c -> c.body().size()).containsExactly(10, 10, 5);
    assertThat(hub.calls.get(0).path()).isEqualTo("/api/v1/datasets/ds-1/contributions");
    assertThat(result.receipts()).hasSize(3);
    assertThat(result.sent()).isEqualTo(25);
    assertThat(result.accepted()).isEqualTo(25);
    assertThat(result.allAccepted()).isTrue();
  }

  @Test
  void refusesInvalidRecordsLocallyAndSendsTheOthers() {
    List<Envelope> records = new ArrayList<>(Records.attendances("ds-1", 3));
    records.add(1, Records.attendance("ds-1", "bad", -5));
    records.add(Records.attendance("other-dataset", "wrong-ds", 1));
    List<Long> heard = new ArrayList<>();

    ContributionResult result = client().build().contribute("ds-1", records, new ProgressListener() {
      @Override
      public void recordRefused(long index, String recordId, List<org.consortium.hub.sdk.contract.Violation> v) {
        heard.add(index);
      }
    });

    assertThat(hub.calls).hasSize(1);
    assertThat(hub.calls.get(0).body().size()).isEqualTo(3);
    assertThat(result.refusedLocally()).extracting(r -> r.recordId()).containsExactly("bad", "wrong-ds");
    assertThat(result.refusedLocally().get(0).violations().toString()).contains("$.payload.tickets");
    assertThat(heard).containsExactly(1L, 4L);
    assertThat(result.allAccepted()).isFalse();
  }

  @Test
  void retriesOn429And503AndDroppedConnectionsWithTheSameIdempotencyKey() {
    hub.faults.add(FakeHub.Fault.status(503));
    hub.faults.add(FakeHub.Fault.drop());
    hub.faults.add(FakeHub.Fault.status(429));
    List<String> retries = new ArrayList<>();

    ContributionResult result = client().build().contribute("ds-1", Records.attendances("ds-1", 2),
        new ProgressListener() {
          @Override
          public void retrying(int attempt, Duration delay, String reason) {
            retries.add(attempt + ":" + reason);
          }
        });

    assertThat(result.receipts()).hasSize(1);
    assertThat(hub.calls).hasSize(1); // faults answer before a call is recorded
    assertThat(retries).hasSize(3);
    assertThat(retries.get(0)).isEqualTo("1:503");
    assertThat(retries.get(2)).isEqualTo("3:429");
    // exponential with equal jitter: each delay within [base/2, base], base 500ms doubling
    assertThat(sleeps.get(0)).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
    assertThat(sleeps.get(1)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
    assertThat(sleeps.get(2)).isBetween(Duration.ofMillis(1000), Duration.ofMillis(2000));
  }

  @Test
  void honoursRetryAfter() {
    hub.faults.add(new FakeHub.Fault(429, Map.of("Retry-After", "7"), "{}"));
    client().build().contribute("ds-1", Records.attendances("ds-1", 1));
    assertThat(sleeps).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void givesUpAfterTheLastAttemptWithTheProblemDetails() {
    for (int i = 0; i < 3; i++) {
      hub.faults.add(new FakeHub.Fault(503, Map.of(), "{\"type\":\"https://hub/problems/unavailable\","
          + "\"title\":\"Unavailable\",\"status\":503,\"detail\":\"broker down\"}"));
    }
    HubClient c = client().retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(40),
        Duration.ofSeconds(1))).build();

    assertThatThrownBy(() -> c.contribute("ds-1", Records.attendances("ds-1", 1)))
        .isInstanceOfSatisfying(HubException.class, e -> {
          assertThat(e.status()).isEqualTo(503);
          assertThat(e.type()).isEqualTo("https://hub/problems/unavailable");
          assertThat(e.detail()).isEqualTo("broker down");
        });
    assertThat(sleeps).hasSize(2);
  }

  @Test
  void doesNotRetryAConflictAndCarriesViolations() {
    hub.faults.add(new FakeHub.Fault(409, Map.of(), "{\"type\":\"https://hub/problems/dataset-not-approved\","
        + "\"title\":\"Dataset not approved\",\"status\":409,\"detail\":\"dataset ds-1 is proposed\","
        + "\"violations\":[{\"path\":\"datasetId\",\"message\":\"not approved\"},\"plain\"]}"));

    assertThatThrownBy(() -> client().build().contribute("ds-1", Records.attendances("ds-1", 1)))
        .isInstanceOfSatisfying(HubException.class, e -> {
          assertThat(e.status()).isEqualTo(409);
          assertThat(e.title()).isEqualTo("Dataset not approved");
          assertThat(e.violations()).containsExactly("datasetId: not approved", "plain");
        });
    assertThat(sleeps).isEmpty();
  }

  @Test
  void splitsABatchTheHubFindsTooLarge() {
    hub.faults.add(FakeHub.Fault.status(413));
    ContributionResult result = client().build().contribute("ds-1", Records.attendances("ds-1", 6));
    assertThat(hub.calls).extracting(c -> c.body().size()).containsExactly(3, 3);
    assertThat(result.sent()).isEqualTo(6);
  }

  @Test
  void idempotencyKeyIsStableForTheSameBatchAndDiffersOtherwise() {
    client().batchSize(2).build().contribute("ds-1", Records.attendances("ds-1", 4));
    client().batchSize(2).build().contribute("ds-1", Records.attendances("ds-1", 4));
    List<String> keys = hub.calls.stream().map(FakeHub.Call::idempotencyKey).toList();

    assertThat(keys).hasSize(4);
    assertThat(keys.get(0)).isEqualTo(keys.get(2)).matches("[0-9a-f]{64}");
    assertThat(keys.get(1)).isEqualTo(keys.get(3)).isNotEqualTo(keys.get(0));
    assertThat(hub.receiptsByKey).hasSize(2); // the resent batches got their first receipts
    byte[] body = "[1]".getBytes();
    assertThat(IdempotencyKeys.of("ds-1", body)).isNotEqualTo(IdempotencyKeys.of("ds-2", body));
  }

  @Test
  void reportsRejectionsFromTheReceipt() {
    hub.rejectRecordId = "A1";
    ContributionResult result = client().build().contribute("ds-1", Records.attendances("ds-1", 3));
    assertThat(result.rejectedByHub()).isEqualTo(1);
    assertThat(result.receipts().get(0).rejected().get(0).reasons()).containsExactly("performance unknown");
  }

  @Test
  void readsReceiptsAndWaitsUntilProcessed() {
    HubClient c = client().build();
    Receipt first = c.receipt("r-9");
    assertThat(first.id()).isEqualTo("r-9");
    assertThat(first.isComplete()).isFalse();

    Receipt done = c.awaitProcessed("r-9", Duration.ofMinutes(1));
    assertThat(done.isComplete()).isTrue();
    assertThat(sleeps).isNotEmpty();
  }

  @Test
  void listsDatasets() {
    assertThat(client().build().datasets()).containsExactly(
        new DatasetInfo("ds-1", "Billetterie 2025", "attendance", "approved", "theatre-du-nord"));
  }

  @Test
  void sendsBasicCredentialsAndReportsAuthFailuresWithoutRetrying() {
    hub.requiredAuthorization = "Basic Y29udHJpYnV0b3I6Y29udHJpYnV0b3ItcGFzcw==";
    assertThat(client().credentials(Credentials.basic("contributor", "contributor-pass")).build()
        .datasets()).hasSize(1);

    HubClient wrong = client().credentials(Credentials.basic("contributor", "nope")).build();
    assertThatThrownBy(wrong::datasets).isInstanceOfSatisfying(HubException.class, e -> {
      assertThat(e.status()).isEqualTo(401);
      assertThat(e.isAuthenticationFailure()).isTrue();
    });
    assertThat(sleeps).isEmpty();
  }

  @Test
  void cachesTheTokenAndRefreshesItThirtySecondsBeforeExpiry() throws Exception {
    MutableClock clock = new MutableClock();
    ClientCredentials creds = new ClientCredentials(URI.create(hub.url() + "/token"), "venue", "s3cret", clock);
    HubClient c = client().credentials(creds).build();

    c.datasets();
    c.datasets();
    assertThat(hub.tokenRequests.get()).isEqualTo(1);

    clock.now = clock.now.plusSeconds(300 - 31);
    c.datasets();
    assertThat(hub.tokenRequests.get()).isEqualTo(1);

    clock.now = clock.now.plusSeconds(2); // now within 30 s of expiry
    c.datasets();
    assertThat(hub.tokenRequests.get()).isEqualTo(2);
  }

  @Test
  void fetchesANewTokenOnceWhenTheHubAnswers401() {
    hub.requiredAuthorization = "Bearer tok-2";
    HubClient c = client().credentials(Credentials.clientCredentials(URI.create(hub.url() + "/token"),
        "venue", "s3cret")).build();
    assertThat(c.datasets()).hasSize(1);
    assertThat(hub.tokenRequests.get()).isEqualTo(2);
  }

  @Test
  void aRefusedClientSecretIsAnAuthenticationFailure() {
    HubClient c = client().credentials(Credentials.clientCredentials(URI.create(hub.url() + "/token"),
        "venue", "wrong")).build();
    assertThatThrownBy(c::datasets).isInstanceOfSatisfying(HubException.class,
        e -> assertThat(e.isAuthenticationFailure()).isTrue());
  }

  @Test
  void unreachableHubIsAHubExceptionWithoutStatus() throws Exception {
    String url = hub.url();
    hub.close();
    HubClient c = HubClient.builder().baseUrl(url).sleeper(sleeps::add)
        .retryPolicy(new RetryPolicy(2, Duration.ZERO, Duration.ZERO, Duration.ZERO)).build();
    assertThatThrownBy(c::datasets).isInstanceOfSatisfying(HubException.class,
        e -> assertThat(e.status()).isEqualTo(HubException.NO_RESPONSE));
    assertThat(sleeps).hasSize(1);
  }

  @Test
  void backoffIsBoundedAndRetryAfterWins() {
    RetryPolicy p = new RetryPolicy(20, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMinutes(2));
    Random r = new Random(3);
    for (int attempt = 2; attempt <= 20; attempt++) {
      assertThat(p.delayBefore(attempt, java.util.Optional.empty(), r))
          .isLessThanOrEqualTo(Duration.ofSeconds(30)).isGreaterThanOrEqualTo(Duration.ofMillis(250));
    }
    assertThat(p.delayBefore(2, java.util.Optional.of(Duration.ofSeconds(9)), r)).isEqualTo(Duration.ofSeconds(9));
    assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** A clock the test moves by hand. */
  static final class MutableClock extends Clock {
    Instant now = Instant.parse("2025-01-01T00:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
