package org.consortium.hub.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** deploy/compose/compose.yaml against the hub's production configuration. */
class ComposeTest {

    static final HubConfig CONFIG = HubConfig.load(Repo.APPLICATION_PROPERTIES);

    static Map<String, Object> services() {
        return Yaml.map(Yaml.loadAll(Repo.COMPOSE).get(0).get("services"));
    }

    static Map<String, String> environment(String service) {
        Map<String, String> env = new TreeMap<>();
        Object raw = Yaml.at(services().get(service), "environment");
        if (raw instanceof Map<?, ?> m) {
            m.forEach((k, v) -> env.put(String.valueOf(k), String.valueOf(v)));
        } else {
            for (Object item : Yaml.list(raw)) {
                String s = String.valueOf(item);
                int eq = s.indexOf('=');
                env.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? "" : s.substring(eq + 1));
            }
        }
        return env;
    }

    /** "${NAME:-default}" as compose resolves it without a .env file. */
    static String value(String composeValue) {
        return composeValue.replaceAll("\\$\\{[A-Z0-9_]+:-([^}]*)}", "$1");
    }

    @Test
    void hubServiceSetsEveryVariableTheHubReads() {
        assertThat(environment("hub").keySet()).containsAll(CONFIG.environmentVariables().keySet());
        assertThat(value(environment("hub").get("HUB_DEMO_SEED"))).isIn("true", "false");
    }

    @Test
    void everyConfiguredTopicIsCreatedBeforeTheHubStarts() {
        Map<String, String> hubEnv = new TreeMap<>();
        environment("hub").forEach((k, v) -> hubEnv.put(k, value(v)));
        Map<String, Object> init = Yaml.map(services().get("kafka-init"));
        String command = String.valueOf(init.get("command")) + init.get("entrypoint");
        Map<String, String> initEnv = environment("kafka-init");
        CONFIG.topicKeys().forEach((key, raw) -> {
            String variable = raw.replaceAll("^\\$\\{(HUB_[A-Z0-9_]+).*", "$1");
            assertThat(variable).as("%s reads an HUB_* variable", key).startsWith("HUB_");
            assertThat(command).as("kafka-init creates the topic of %s", key).contains("$$" + variable);
            assertThat(value(initEnv.get(variable))).as("kafka-init and hub agree on %s", variable)
                    .isEqualTo(hubEnv.get(variable));
        });
        assertThat(Yaml.map(Yaml.at(services().get("hub"), "depends_on"))).containsKeys("postgres", "kafka-init", "keycloak");
        assertThat(Yaml.str(services().get("hub"), "depends_on.kafka-init.condition")).isEqualTo("service_completed_successfully");
    }

    @Test
    void hubPortAndWiringMatchTheOtherServices() {
        Map<String, String> env = new TreeMap<>();
        environment("hub").forEach((k, v) -> env.put(k, value(v)));
        String port = env.get("HUB_HTTP_PORT");
        assertThat(Yaml.list(Yaml.at(services().get("hub"), "ports")).stream().map(String::valueOf))
                .as("published container port = HUB_HTTP_PORT").anyMatch(p -> p.endsWith(":" + port));
        assertThat(env.get("HUB_DB_URL")).startsWith("jdbc:postgresql://postgres:5432/");
        assertThat(env.get("HUB_KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("kafka:9092");
        assertThat(env.get("HUB_OIDC_AUTH_SERVER_URL")).startsWith("http://keycloak:8080/realms/");
        assertThat(Yaml.at(services().get("hub"), "read_only")).isEqualTo(true);
    }

    @Test
    void keycloakImportsTheRealmTheHubUses() throws Exception {
        Object volumes = Yaml.at(services().get("keycloak"), "volumes");
        String mount = Yaml.list(volumes).stream().map(String::valueOf).filter(v -> v.contains("/opt/keycloak/data/import"))
                .findFirst().orElseThrow(() -> new AssertionError("keycloak mounts no realm into data/import"));
        Path source = Repo.COMPOSE.getParent().resolve(mount.substring(0, mount.indexOf(':'))).normalize();
        assertThat(source).isEqualTo(Repo.REALM);
        assertThat(String.valueOf(Yaml.at(services().get("keycloak"), "command"))).contains("--import-realm");
        Assumptions.assumeTrue(Files.isRegularFile(Repo.REALM),
                "SKIPPED: " + Repo.ROOT.relativize(Repo.REALM) + " is not in this checkout (it comes from the deploy branch)");
        Map<String, Object> realm = Yaml.loadAll(Files.readString(Repo.REALM), Repo.REALM.toString()).get(0);
        String clientId = value(environment("hub").get("HUB_OIDC_CLIENT_ID"));
        Map<String, Object> client = ManifestConsistencyTest.client(realm, clientId);
        assertThat(client).as("realm client %s (HUB_OIDC_CLIENT_ID)", clientId).isNotNull();
        assertThat(value(environment("hub").get("HUB_OIDC_AUTH_SERVER_URL"))).endsWith("/realms/" + realm.get("realm"));
        assertThat(value(environment("hub").get("HUB_OIDC_CLIENT_SECRET"))).isEqualTo(client.get("secret"));
    }
}
