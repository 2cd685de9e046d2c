package org.consortium.hub.sdk.cli;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.consortium.hub.sdk.client.Credentials;

/**
 * Where the hub is and who we are, from, in order of precedence: command-line options,
 * environment variables ({@code HUB_URL}, {@code HUB_USER}, {@code HUB_PASSWORD},
 * {@code HUB_TOKEN_URL}, {@code HUB_CLIENT_ID}, {@code HUB_CLIENT_SECRET}), then a properties
 * file ({@code ~/.hub-contribute.properties} or {@code --config}) with keys {@code url},
 * {@code user}, {@code password}, {@code token-url}, {@code client-id}, {@code client-secret} and
 * {@code kafka.*} producer properties.
 */
final class HubSettings {

  private final Map<String, String> options;
  private final Map<String, String> env;
  private final Properties file;

  private HubSettings(Map<String, String> options, Map<String, String> env, Properties file) {
    this.options = options;
    this.env = env;
    this.file = file;
  }

  static HubSettings resolve(Map<String, String> options, Map<String, String> env, Path config,
      boolean configExplicit) throws IOException {
    Properties file = new Properties();
    if (config != null && Files.exists(config)) {
      try (Reader r = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
        file.load(r);
      }
    } else if (configExplicit) {
      throw new IOException("config file " + config + " not found");
    }
    return new HubSettings(options, env, file);
  }

  /** A setting by its config-file key; the env var is HUB_ + the key upper-cased. */
  String get(String key) {
    String v = options.get(key);
    if (v == null || v.isBlank()) {
      v = env.get("HUB_" + key.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
    if (v == null || v.isBlank()) {
      v = file.getProperty(key);
    }
    return v == null || v.isBlank() ? null : v.strip();
  }

  /**
   * The hub's URL.
   *
   * @throws IllegalArgumentException when none is configured
   */
  URI url() {
    String url = get("url");
    if (url == null) {
      throw new IllegalArgumentException("no hub URL: pass --url, set HUB_URL, or put url= in "
          + "~/.hub-contribute.properties");
    }
    return URI.create(url);
  }

  /** Client credentials win over a local account when both are configured. */
  Credentials credentials() {
    String tokenUrl = get("token-url");
    String clientId = get("client-id");
    String secret = get("client-secret");
    if (tokenUrl != null || clientId != null) {
      if (tokenUrl == null || clientId == null || secret == null) {
        throw new IllegalArgumentException(
            "client credentials need all of --token-url, --client-id and --client-secret");
      }
      return Credentials.clientCredentials(URI.create(tokenUrl), clientId, secret);
    }
    String user = get("user");
    if (user != null) {
      String password = get("password");
      if (password == null) {
        throw new IllegalArgumentException("--user needs --password (or HUB_PASSWORD)");
      }
      return Credentials.basic(user, password);
    }
    return Credentials.none();
  }

  /** Kafka producer properties from the {@code kafka.} keys of the config file. */
  Properties kafkaProperties() {
    Properties out = new Properties();
    for (String key : file.stringPropertyNames()) {
      if (key.startsWith("kafka.")) {
        out.setProperty(key.substring("kafka.".length()), file.getProperty(key));
      }
    }
    return out;
  }
}
