package org.consortium.hub.sdk.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.consortium.hub.sdk.contract.ContractJson;

/**
 * A hub on a loopback port for tests: answers the contribution API like the real one, and
 * injects faults queued by the test (status codes with headers, or dropped connections).
 */
public final class FakeHub implements AutoCloseable {

  /** A recorded contribution request. */
  public record Call(String path, String idempotencyKey, String authorization, JsonNode body) {}

  /** A fault answered instead of the normal response; status 0 drops the connection. */
  public record Fault(int status, Map<String, String> headers, String body) {
    public static Fault drop() {
      return new Fault(0, Map.of(), "");
    }

    public static Fault status(int status) {
      return new Fault(status, Map.of(), "{\"type\":\"about:blank\",\"title\":\"t\",\"status\":" + status + "}");
    }
  }

  private static final ObjectMapper JSON = ContractJson.newMapper();

  private final HttpServer server;
  public final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
  public final Deque<Fault> faults = new ArrayDeque<>();
  public final AtomicInteger tokenRequests = new AtomicInteger();
  public final Map<String, String> receiptsByKey = new HashMap<>();
  public volatile String requiredAuthorization;
  public volatile int tokenLifetimeSeconds = 300;
  /** Record ids the hub rejects, to test receipts with rejections. */
  public volatile String rejectRecordId;

  public FakeHub() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/api/v1/datasets", this::datasets);
    server.createContext("/api/v1/receipts", this::receipt);
    server.createContext("/token", this::token);
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private boolean fault(HttpExchange ex) throws IOException {
    Fault f;
    synchronized (faults) {
      f = faults.poll();
    }
    if (f == null) {
      return false;
    }
    if (f.status() == 0) {
      ex.close(); // no status line at all: the client sees the connection reset
      return true;
    }
    f.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
    send(ex, f.status(), "application/problem+json", f.body());
    return true;
  }

  private boolean authorised(HttpExchange ex) throws IOException {
    String auth = ex.getRequestHeaders().getFirst("Authorization");
    if (requiredAuthorization != null && !requiredAuthorization.equals(auth)) {
      send(ex, 401, "application/problem+json",
          "{\"type\":\"https://hub/problems/unauthenticated\",\"title\":\"Not authenticated\",\"status\":401,\"detail\":\"bad credentials\"}");
      return false;
    }
    return true;
  }

  private void datasets(HttpExchange ex) throws IOException {
    byte[] raw = ex.getRequestBody().readAllBytes();
    if (fault(ex) || !authorised(ex)) {
      return;
    }
    String path = ex.getRequestURI().getPath();
    if (path.endsWith("/contributions") && "POST".equals(ex.getRequestMethod())) {
      JsonNode body = JSON.readTree(raw);
      String key = ex.getRequestHeaders().getFirst("Idempotency-Key");
      calls.add(new Call(path, key, ex.getRequestHeaders().getFirst("Authorization"), body));
      String id;
      synchronized (receiptsByKey) {
        id = receiptsByKey.computeIfAbsent(key, k -> "r-" + (receiptsByKey.size() + 1));
      }
      List<String> rejected = new ArrayList<>();
      int accepted = 0;
      for (int i = 0; i < body.size(); i++) {
        if (body.get(i).path("recordId").asText().equals(rejectRecordId)) {
          rejected.add("{\"index\":" + i + ",\"recordId\":\"" + rejectRecordId
              + "\",\"reasons\":[\"performance unknown\"]}");
        } else {
          accepted++;
        }
      }
      send(ex, 202, "application/json", "{\"id\":\"" + id + "\",\"datasetId\":\"ds-1\",\"status\":\"PENDING\","
          + "\"accepted\":" + accepted + ",\"rejected\":[" + String.join(",", rejected) + "],\"stored\":0,\"pending\":" + accepted + "}");
      return;
    }
    send(ex, 200, "application/json", "{\"items\":[{\"id\":\"ds-1\",\"title\":\"Billetterie 2025\","
        + "\"kind\":\"attendance\",\"status\":\"approved\",\"ownerId\":\"theatre-du-nord\"}],\"total\":1}");
  }

  private final AtomicInteger receiptPolls = new AtomicInteger();

  private void receipt(HttpExchange ex) throws IOException {
    if (fault(ex) || !authorised(ex)) {
      return;
    }
    String id = ex.getRequestURI().getPath().substring("/api/v1/receipts/".length());
    String status = receiptPolls.incrementAndGet() >= 3 ? "COMPLETE" : "PENDING";
    send(ex, 200, "application/json", "{\"id\":\"" + id + "\",\"datasetId\":\"ds-1\",\"status\":\""
        + status + "\",\"accepted\":2,\"rejected\":[],\"stored\":2,\"pending\":0,\"extra\":true}");
  }

  private void token(HttpExchange ex) throws IOException {
    String form = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    if (!form.contains("grant_type=client_credentials") || !form.contains("client_secret=s3cret")) {
      send(ex, 401, "application/json", "{\"error\":\"invalid_client\"}");
      return;
    }
    int n = tokenRequests.incrementAndGet();
    send(ex, 200, "application/json", "{\"access_token\":\"tok-" + n + "\",\"token_type\":\"Bearer\","
        + "\"expires_in\":" + tokenLifetimeSeconds + "}");
  }

  private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, bytes.length);
    ex.getResponseBody().write(bytes);
    ex.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
