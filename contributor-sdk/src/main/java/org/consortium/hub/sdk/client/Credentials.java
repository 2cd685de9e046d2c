package org.consortium.hub.sdk.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Optional;

/**
 * How {@link HubClient} proves who it is: the embedded hub's local account (HTTP Basic) or, in
 * production, OIDC client credentials exchanged for a bearer token.
 */
public interface Credentials {

  /** HTTP Basic with a local account of an embedded hub, e.g. {@code contributor}. */
  static Credentials basic(String user, String password) {
    return new BasicCredentials(user, password);
  }

  /**
   * OIDC client credentials grant: the token is fetched from {@code tokenUrl} on first use,
   * cached, and fetched again about 30 seconds before it expires.
   */
  static Credentials clientCredentials(URI tokenUrl, String clientId, String clientSecret) {
    return new ClientCredentials(tokenUrl, clientId, clientSecret, Clock.systemUTC());
  }

  /** No credentials at all, for hubs or test servers that do not ask for any. */
  static Credentials none() {
    return http -> Optional.empty();
  }

  /**
   * The value of the {@code Authorization} header, or empty to send none.
   *
   * @throws IOException when a token endpoint cannot be reached
   * @throws HubException when a token endpoint refuses the client
   */
  Optional<String> authorization(HttpClient http) throws IOException, InterruptedException;

  /** Forgets any cached token, after the hub answered 401 to it. */
  default void invalidate() {}
}
