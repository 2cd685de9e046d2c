package org.consortium.hub.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

/** HTTP helpers: Keycloak tokens (refreshed before they expire) and latency percentiles. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).build();

    private Http() {
    }

    /** A bearer token of a realm user (password grant on the test client hub-test), renewed every 2 minutes. */
    static final class Token {
        private final Bench.Options o;
        private final String user;
        private String value;
        private long fetchedAt;

        Token(Bench.Options o, String user) {
            this.o = o;
            this.user = user;
        }

        synchronized String get() throws Exception {
            if (value == null || System.currentTimeMillis() - fetchedAt > 120_000) {
                String url = o.get("keycloak", "http://127.0.0.1:8180") + "/realms/" + o.get("realm", "consortium")
                        + "/protocol/openid-connect/token";
                String form = "grant_type=password&client_id=" + enc(o.get("client-id", "hub-test")) + "&client_secret="
                        + enc(o.get("client-secret", "hub-test-secret")) + "&username=" + enc(user) + "&password="
                        + enc(o.get("password-" + user, user + "-pass")) + "&scope=openid";
                HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(url))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("no token for " + user + " from " + url + ": " + r.statusCode() + " "
                            + r.body());
                }
                JsonNode body = JSON.readTree(r.body());
                value = body.get("access_token").asText();
                fetchedAt = System.currentTimeMillis();
            }
            return value;
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** p50, p95, p99, max of latencies in nanoseconds, as milliseconds. */
    static double[] percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new double[] {at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6};
    }

    private static double at(long[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
