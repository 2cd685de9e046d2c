package org.consortium.hub.sdk.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.consortium.hub.sdk.contract.ContractValidator;
import org.consortium.hub.sdk.contract.Plausibility;
import org.consortium.hub.sdk.contract.Envelope;
import org.consortium.hub.sdk.contract.RecordResult;
import org.consortium.hub.sdk.contract.Violation;

/**
 * An upload in progress to one dataset: records are added one at a time, checked against the
 * contract, and sent in batches as they fill up, so that an export of any size streams through
 * without being held in memory. Not thread-safe; get one from {@link HubClient#open}.
 */
public final class Contribution {

  private final RestTransport transport;
  private final ContractValidator validator;
  private final Plausibility plausibility = new Plausibility();
  private final ObjectMapper json;
  private final URI endpoint;
  private final String datasetId;
  private final int batchSize;
  private final ProgressListener listener;
  private final List<JsonNode> batch = new ArrayList<>();
  private final List<Receipt> receipts = new ArrayList<>();
  private final List<RecordResult> refused = new ArrayList<>();
  private long index;
  private long sent;
  private int batchNumber;
  private boolean finished;

  Contribution(RestTransport transport, ContractValidator validator, ObjectMapper json, URI base,
      String datasetId, int batchSize, ProgressListener listener) {
    this.transport = transport;
    this.validator = validator;
    this.json = json;
    this.datasetId = Objects.requireNonNull(datasetId, "datasetId");
    this.endpoint = RestTransport.resolve(base,
        "/api/v1/datasets/" + URLEncoder.encode(datasetId, StandardCharsets.UTF_8).replace("+", "%20")
            + "/contributions");
    this.batchSize = batchSize;
    this.listener = listener;
  }

  /**
   * Checks a record and queues it; sends a batch when one is full. A record that breaks the
   * contract is reported to the listener and kept out of every batch.
   *
   * @throws HubException when a full batch could not be delivered
   */
  public void add(Envelope envelope) {
    if (finished) {
      throw new IllegalStateException("contribution already finished");
    }
    long at = index++;
    JsonNode node = envelope.toJson();
    List<Violation> violations = new ArrayList<>(validator.validate(node));
    if (violations.isEmpty()) {
      for (Plausibility.Finding f : Plausibility.hard(plausibility.check(node))) {
        violations.add(new Violation(f.path(), "implausible: " + f.message(), "implausible"));
      }
    }
    if (!datasetId.equals(envelope.datasetId())) {
      violations.add(new Violation("$.datasetId",
          "must be the dataset contributed to (" + datasetId + ")", "const"));
    }
    if (!violations.isEmpty()) {
      // RecordResult indices are ints; a contribution beyond 2^31 records is not a use case.
      refused.add(new RecordResult((int) at, envelope.recordId(), violations));
      listener.recordRefused(at, envelope.recordId(), violations);
      return;
    }
    batch.add(node);
    if (batch.size() >= batchSize) {
      flush();
    }
  }

  /**
   * Sends what is left and returns the outcome. Call once, after the last {@link #add}.
   *
   * @throws HubException when the last batch could not be delivered
   */
  public ContributionResult finish() {
    if (!finished) {
      flush();
      finished = true;
    }
    return new ContributionResult(receipts, refused, sent);
  }

  private void flush() {
    if (batch.isEmpty()) {
      return;
    }
    List<JsonNode> toSend = List.copyOf(batch);
    batch.clear();
    send(toSend);
  }

  /** Sends one batch; if the hub finds it too large (413), sends each half instead. */
  private void send(List<JsonNode> records) {
    ArrayNode array = json.createArrayNode();
    records.forEach(array::add);
    byte[] body;
    try {
      body = json.writeValueAsBytes(array);
    } catch (IOException e) {
      throw new IllegalStateException("cannot serialise a batch", e);
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json, application/problem+json")
        .header("Idempotency-Key", IdempotencyKeys.of(datasetId, body))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    HttpResponse<String> response;
    try {
      response = transport.send(request, listener);
    } catch (HubException e) {
      if (e.status() == 413 && records.size() > 1) {
        int half = records.size() / 2;
        send(records.subList(0, half));
        send(records.subList(half, records.size()));
        return;
      }
      throw e;
    }
    Receipt receipt = HubClient.read(json, response.body(), Receipt.class);
    receipts.add(receipt);
    sent += records.size();
    listener.batchSent(++batchNumber, records.size(), receipt);
  }
}
