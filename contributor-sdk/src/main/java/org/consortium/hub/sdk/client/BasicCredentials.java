package org.consortium.hub.sdk.client;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/** HTTP Basic credentials; the header is computed once, the password is never printed. */
final class BasicCredentials implements Credentials {

  private final String user;
  private final String header;

  BasicCredentials(String user, String password) {
    this.user = Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    this.header = "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public Optional<String> authorization(HttpClient http) {
    return Optional.of(header);
  }

  @Override
  public String toString() {
    return "Basic[" + user + "]";
  }
}
