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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.consortium.hub.sdk.contract.ContractJson;

/**
 * OIDC client credentials grant with a cached token. Synchronised: a batch upload may run
 * several requests at once and one token fetch is enough for all of them.
 */
final class ClientCredentials implements Credentials {

  /** Refresh this long before expiry, so a token never expires between check and use. */
  static final Duration REFRESH_MARGIN = Duration.ofSeconds(30);
  /** Used when the token endpoint gives no {@code expires_in}: short, so we ask again soon. */
  private static final Duration DEFAULT_LIFETIME = Duration.ofSeconds(60);
  private static final ObjectMapper JSON = ContractJson.newMapper();

  private final URI tokenUrl;
  private final String clientId;
  private final String clientSecret;
  private final Clock clock;
  private String token;
  private Instant refreshAt = Instant.MIN;

  ClientCredentials(URI tokenUrl, String clientId, String clientSecret, Clock clock) {
    this.tokenUrl = Objects.requireNonNull(tokenUrl, "tokenUrl");
    this.clientId = Objects.requireNonNull(clientId, "clientId");
    this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
    this.clock = clock;
  }

  @Override
  public synchronized Optional<String> authorization(HttpClient http)
      throws IOException, InterruptedException {
    if (token == null || !clock.instant().isBefore(refreshAt)) {
      fetch(http);
    }
    return Optional.of("Bearer " + token);
  }

  @Override
  public synchronized void invalidate() {
    token = null;
  }

  private void fetch(HttpClient http) throws IOException, InterruptedException {
    String form = "grant_type=client_credentials&client_id=" + enc(clientId)
        + "&client_secret=" + enc(clientSecret);
    HttpRequest request = HttpRequest.newBuilder(tokenUrl)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json")
        .timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
    Instant asked = clock.instant();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new HubException(response.statusCode(), "about:blank", "Token request refused",
          "the token endpoint " + tokenUrl + " answered " + response.statusCode()
              + ": check the client id and secret", java.util.List.of());
    }
    JsonNode body = JSON.readTree(response.body());
    JsonNode accessToken = body.get("access_token");
    if (accessToken == null || !accessToken.isTextual()) {
      throw new IOException("token endpoint answered without an access_token");
    }
    Duration lifetime = body.hasNonNull("expires_in")
        ? Duration.ofSeconds(body.get("expires_in").asLong()) : DEFAULT_LIFETIME;
    token = accessToken.textValue();
    // Counted from when we asked, not when the answer came: the server's clock started then.
    refreshAt = asked.plus(lifetime).minus(REFRESH_MARGIN);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "ClientCredentials[" + clientId + " @ " + tokenUrl + "]";
  }
}
