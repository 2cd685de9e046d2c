package org.consortium.hub.sdk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options shared by every command that talks to the hub. */
final class ConnectionOptions {

  @Option(names = "--url", paramLabel = "URL", description = "Hub base URL (env HUB_URL).")
  String url;

  @Option(names = "--user", paramLabel = "NAME",
      description = "Local account of an embedded hub (env HUB_USER).")
  String user;

  @Option(names = "--password", paramLabel = "SECRET", description = "Its password (env HUB_PASSWORD).")
  String password;

  @Option(names = "--token-url", paramLabel = "URL",
      description = "OIDC token endpoint for client credentials (env HUB_TOKEN_URL).")
  String tokenUrl;

  @Option(names = "--client-id", paramLabel = "ID", description = "OIDC client id (env HUB_CLIENT_ID).")
  String clientId;

  @Option(names = "--client-secret", paramLabel = "SECRET",
      description = "OIDC client secret (env HUB_CLIENT_SECRET).")
  String clientSecret;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Properties file with url, user, password, token-url, client-id, client-secret,"
          + " kafka.* (default: ~/.hub-contribute.properties).")
  Path config;

  HubSettings settings(HubContribute root) throws IOException {
    Map<String, String> options = new HashMap<>();
    put(options, "url", url);
    put(options, "user", user);
    put(options, "password", password);
    put(options, "token-url", tokenUrl);
    put(options, "client-id", clientId);
    put(options, "client-secret", clientSecret);
    Path file = config != null ? config : root.home().resolve(".hub-contribute.properties");
    return HubSettings.resolve(options, root.env(), file, config != null);
  }

  private static void put(Map<String, String> map, String key, String value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}
