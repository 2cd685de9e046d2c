package org.consortium.hub.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each overlay, rendered, against the hub's production configuration and the realm. */
class ManifestConsistencyTest {

    static final HubConfig CONFIG = HubConfig.load(Repo.APPLICATION_PROPERTIES);

    static Stream<String> overlays() throws IOException {
        try (Stream<Path> dirs = Files.list(Repo.KUBERNETES.resolve("overlays"))) {
            List<String> names = dirs.filter(d -> Files.isRegularFile(d.resolve("kustomization.yaml")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
            assertThat(names).as("overlays").contains("pilot", "national");
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyVariableTheHubReadsIsSet(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        assertThat(CONFIG.environmentVariables()).as("HUB_* variables of the production profile").isNotEmpty();
        for (Map<String, String> env : List.of(r.hubEnv(), r.ingestEnv())) {
            assertThat(env.keySet()).as("%s: hub Deployments' env (ConfigMap, Secret refs, values)", overlay)
                    .containsAll(CONFIG.environmentVariables().keySet());
            assertThat(env).as("%s: the demo consortium is never seeded", overlay).containsEntry("HUB_DEMO_SEED", "false");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyConfiguredTopicHasAKafkaTopic(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        String kafka = Yaml.str(r.one("Kafka"), "metadata.name");
        Map<String, String> topics = CONFIG.topics(r.hubEnv());
        assertThat(topics).as("hub.topics.* keys").isNotEmpty();
        topics.forEach((key, topic) -> {
            Map<String, Object> kt = kafkaTopic(r, topic);
            assertThat(kt).as("%s: KafkaTopic for %s = %s", overlay, key, topic).isNotNull();
            assertThat(Yaml.map(Yaml.at(kt, "metadata.labels")).get("strimzi.io/cluster"))
                    .as("%s: cluster label of %s", overlay, topic).isEqualTo(kafka);
            assertThat(Yaml.integer(kt, "spec.replicas", 0)).as("%s: replicas of %s", overlay, topic).isEqualTo(3);
            Map<String, Object> config = Yaml.map(Yaml.at(kt, "spec.config"));
            assertThat(String.valueOf(config.get("min.insync.replicas"))).as("%s: min ISR of %s", overlay, topic).isEqualTo("2");
            // The key is the dataset id: compaction would keep one record per dataset.
            assertThat(String.valueOf(config.get("cleanup.policy"))).as("%s: cleanup.policy of %s", overlay, topic)
                    .isEqualTo("delete");
            assertThat(config).as("%s: retention of %s is chosen explicitly", overlay, topic).containsKey("retention.ms");
            assertThat(Yaml.integer(kt, "spec.partitions", 0)).as("%s: partitions of %s", overlay, topic).isPositive();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyConsumedTopicHasAPartitionForEachReplica(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        Map<String, Object> scaler = r.hubScaler();
        assertThat(Yaml.str(scaler, "spec.scaleTargetRef.name")).isEqualTo(Rendered.INGEST);
        int maxReplicas = r.maxReplicas();
        assertThat(Yaml.integer(scaler, "spec.minReplicaCount", 0)).as("%s: minReplicaCount", overlay)
                .isBetween(1, maxReplicas);
        List<String> consumed = CONFIG.consumedTopics(r.hubEnv());
        assertThat(consumed).as("consumed topics").isNotEmpty();
        for (String topic : consumed) {
            Map<String, Object> kt = kafkaTopic(r, topic);
            assertThat(kt).as("%s: KafkaTopic for consumed topic %s", overlay, topic).isNotNull();
            assertThat(Yaml.integer(kt, "spec.partitions", 0))
                    .as("%s: partitions of %s >= maxReplicaCount (idle consumers otherwise)", overlay, topic)
                    .isGreaterThanOrEqualTo(maxReplicas);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void probesAndPortsMatchTheHub(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        Map<String, Object> c = r.hubContainer();
        int port = Integer.parseInt(r.hubEnv().get("HUB_HTTP_PORT"));
        Map<String, Object> http = Yaml.maps(c.get("ports")).stream().filter(p -> "http".equals(p.get("name")))
                .findFirst().orElseThrow(() -> new AssertionError(overlay + ": no container port named http"));
        assertThat(Yaml.integer(http, "containerPort", 0)).as("%s: containerPort = HUB_HTTP_PORT", overlay).isEqualTo(port);
        Map<String, String> expected = Map.of("startupProbe", "/q/health/started", "livenessProbe", "/q/health/live",
                "readinessProbe", "/q/health/ready");
        expected.forEach((probe, path) -> {
            assertThat(Yaml.str(c, probe + ".httpGet.path")).as("%s: %s path", overlay, probe).isEqualTo(path);
            assertThat(portOf(c, Yaml.at(c, probe + ".httpGet.port"))).as("%s: %s port", overlay, probe).isEqualTo(port);
        });
        Map<String, Object> service = r.named("Service", Rendered.HUB);
        assertThat(Yaml.map(Yaml.at(service, "spec.selector")))
                .isEqualTo(Yaml.map(Yaml.at(r.hubDeployment(), "spec.selector.matchLabels")));
        Map<String, Object> servicePort = Yaml.maps(Yaml.at(service, "spec.ports")).get(0);
        assertThat(portOf(c, servicePort.get("targetPort"))).as("%s: Service targetPort", overlay).isEqualTo(port);
        Map<String, Object> monitor = r.named("PodMonitor", Rendered.HUB);
        Map<String, Object> endpoint = Yaml.maps(Yaml.at(monitor, "spec.podMetricsEndpoints")).get(0);
        assertThat(endpoint.get("path")).as("%s: PodMonitor path", overlay).isEqualTo("/q/metrics");
        assertThat(portOf(c, endpoint.get("port"))).as("%s: PodMonitor port", overlay).isEqualTo(port);
        Map<String, Object> monitored = Yaml.map(Yaml.at(monitor, "spec.selector.matchLabels"));
        for (Map<String, Object> deployment : r.hubDeployments()) {
            assertThat(Yaml.map(Yaml.at(deployment, "spec.template.metadata.labels")).entrySet())
                    .as("%s: PodMonitor scrapes %s", overlay, Yaml.str(deployment, "metadata.name"))
                    .containsAll(monitored.entrySet());
        }
        assertThat(Yaml.map(Yaml.at(r.ingestDeployment(), "spec.template.metadata.labels")).entrySet()
                .containsAll(Yaml.map(Yaml.at(service, "spec.selector")).entrySet()))
                .as("%s: the Service never routes to the consumers", overlay).isFalse();
        Map<String, Object> backend = Yaml.maps(Yaml.at(Yaml.maps(Yaml.at(r.named("HTTPRoute", Rendered.HUB), "spec.rules")).get(0),
                "backendRefs")).get(0);
        assertThat(backend.get("name")).isEqualTo(Rendered.HUB);
        assertThat(backend.get("port")).as("%s: HTTPRoute port = Service port", overlay).isEqualTo(servicePort.get("port"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void hubRunsAsNonRootOnAReadOnlyFilesystem(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        Map<String, Object> pod = Yaml.map(Yaml.at(r.hubDeployment(), "spec.template.spec"));
        Map<String, Object> c = r.hubContainer();
        assertThat(Yaml.at(pod, "securityContext.runAsNonRoot")).as("%s: runAsNonRoot", overlay).isEqualTo(true);
        assertThat(Yaml.integer(pod, "securityContext.runAsUser", 0)).as("%s: runAsUser", overlay).isPositive();
        assertThat(Yaml.at(c, "securityContext.readOnlyRootFilesystem")).isEqualTo(true);
        assertThat(Yaml.at(c, "securityContext.allowPrivilegeEscalation")).isEqualTo(false);
        assertThat(Yaml.list(Yaml.at(c, "securityContext.capabilities.drop"))).contains("ALL");
        String tmpVolume = Yaml.maps(c.get("volumeMounts")).stream().filter(m -> "/tmp".equals(m.get("mountPath")))
                .map(m -> String.valueOf(m.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + ": nothing mounted on /tmp"));
        assertThat(Yaml.maps(pod.get("volumes")).stream().filter(v -> tmpVolume.equals(v.get("name")))
                .anyMatch(v -> v.containsKey("emptyDir"))).as("%s: /tmp is an emptyDir", overlay).isTrue();
        assertThat(Yaml.map(Yaml.at(c, "resources.requests"))).containsKeys("cpu", "memory");
        assertThat(Yaml.map(Yaml.at(c, "resources.limits"))).containsKeys("cpu", "memory");
        String dataDir = r.hubEnv().get("HUB_DATA_DIR");
        assertThat(dataDir).as("%s: HUB_DATA_DIR is on the writable /tmp", overlay).startsWith("/tmp/");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void hubConnectsToTheOperatorManagedServices(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        Map<String, String> env = r.hubEnv();
        // PostgreSQL: the CloudNativePG read-write service and the Secret it generates.
        URI db = URI.create(env.get("HUB_DB_URL").substring("jdbc:".length()));
        assertThat(db.getHost()).as("%s: HUB_DB_URL host", overlay).endsWith("-rw");
        String cluster = db.getHost().substring(0, db.getHost().length() - "-rw".length());
        Map<String, Object> pg = r.named("Cluster", cluster);
        assertThat(Yaml.integer(pg, "spec.instances", 0)).as("%s: instances of %s", overlay, cluster).isEqualTo(3);
        assertThat("/" + Yaml.str(pg, "spec.bootstrap.initdb.database")).isEqualTo(db.getPath());
        assertThat(env.get("HUB_DB_USER")).isEqualTo("secret:" + cluster + "-app/username");
        assertThat(env.get("HUB_DB_PASSWORD")).isEqualTo("secret:" + cluster + "-app/password");
        assertThat(r.all("ScheduledBackup")).as("%s: scheduled backups", overlay)
                .anyMatch(b -> cluster.equals(Yaml.str(b, "spec.cluster.name")));
        // Kafka: the Strimzi bootstrap service on the port of a listener.
        Map<String, Object> kafka = r.one("Kafka");
        String name = Yaml.str(kafka, "metadata.name");
        Set<String> bootstraps = new LinkedHashSet<>();
        Yaml.maps(Yaml.at(kafka, "spec.kafka.listeners"))
                .forEach(l -> bootstraps.add(name + "-kafka-bootstrap:" + l.get("port")));
        assertThat(bootstraps).as("%s: HUB_KAFKA_BOOTSTRAP_SERVERS", overlay).contains(env.get("HUB_KAFKA_BOOTSTRAP_SERVERS"));
        // Keycloak: the operator's service, the realm of the import.
        URI oidc = URI.create(env.get("HUB_OIDC_AUTH_SERVER_URL"));
        Map<String, Object> keycloak = r.one("Keycloak");
        assertThat(oidc.getHost()).isEqualTo(Yaml.str(keycloak, "metadata.name") + "-service");
        String realm = Yaml.str(r.one("KeycloakRealmImport"), "spec.realm.realm");
        assertThat(oidc.getPath()).isEqualTo("/realms/" + realm);
        assertThat(Yaml.str(r.one("KeycloakRealmImport"), "spec.keycloakCRName")).isEqualTo(Yaml.str(keycloak, "metadata.name"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void databaseAcceptsThePoolsOfEveryReplica(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        Map<String, String> env = r.hubEnv();
        String cluster = URI.create(env.get("HUB_DB_URL").substring(5)).getHost().replaceFirst("-rw$", "");
        int maxConnections = Integer.parseInt(Yaml.str(r.named("Cluster", cluster), "spec.postgresql.parameters.max_connections"));
        int maxReplicas = r.apiMaxReplicas() + r.maxReplicas();
        int pool = Integer.parseInt(env.get("HUB_DB_POOL_MAX"));
        assertThat(r.ingestEnv().get("HUB_DB_POOL_MAX")).isEqualTo(env.get("HUB_DB_POOL_MAX"));
        // A rolling update adds one pod (maxSurge 1); keep 10 connections for operators and replication.
        assertThat((maxReplicas + 1) * pool + 10)
                .as("%s: (API maxReplicas + consumer maxReplicaCount + 1) x HUB_DB_POOL_MAX + 10 <= max_connections", overlay)
                .isLessThanOrEqualTo(maxConnections);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void oidcClientMatchesTheRealmImport(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        Map<String, String> env = r.hubEnv();
        Map<String, Object> realm = Yaml.map(Yaml.at(r.one("KeycloakRealmImport"), "spec.realm"));
        Map<String, Object> client = client(realm, env.get("HUB_OIDC_CLIENT_ID"));
        assertThat(client).as("%s: realm import client %s", overlay, env.get("HUB_OIDC_CLIENT_ID")).isNotNull();
        // The client secret is filled at import from the Secret the hub reads.
        String secret = String.valueOf(client.get("secret"));
        assertThat(secret).as("%s: the import holds a placeholder, not a secret", overlay).matches("\\$\\{[A-Z0-9_]+}");
        String placeholder = secret.substring(2, secret.length() - 1);
        Map<String, Object> ref = Yaml.map(Yaml.at(r.one("KeycloakRealmImport"), "spec.placeholders." + placeholder + ".secret"));
        assertThat("secret:" + ref.get("name") + "/" + ref.get("key")).isEqualTo(env.get("HUB_OIDC_CLIENT_SECRET"));
        // Tokens reach the hub with its audience.
        assertThat(Yaml.maps(realm.get("clients")).stream().flatMap(c -> Yaml.maps(c.get("protocolMappers")).stream())
                .filter(m -> "oidc-audience-mapper".equals(m.get("protocolMapper")))
                .map(m -> Yaml.map(m.get("config")).get("included.client.audience")))
                .as("%s: an audience mapper adds HUB_OIDC_AUDIENCE", overlay).contains(env.get("HUB_OIDC_AUDIENCE"));
        assertThat(realm).as("%s: the production import carries no users", overlay).doesNotContainKey("users");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void oidcClientExistsInTheRealmFile(String overlay) throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(Repo.REALM),
                "SKIPPED: " + Repo.ROOT.relativize(Repo.REALM) + " is not in this checkout (it comes from the deploy branch)");
        Map<String, Object> realm = Yaml.loadAll(Files.readString(Repo.REALM), Repo.REALM.toString()).get(0);
        String clientId = Rendered.overlay(overlay).hubEnv().get("HUB_OIDC_CLIENT_ID");
        assertThat(client(realm, clientId)).as("%s: realm file has client %s (HUB_OIDC_CLIENT_ID)", overlay, clientId).isNotNull();
        Map<String, Object> imported = Yaml.map(Yaml.at(Rendered.overlay(overlay).one("KeycloakRealmImport"), "spec.realm"));
        assertThat(imported.get("realm")).isEqualTo(realm.get("realm"));
        assertThat(imported.get("roles")).as("roles of the import = roles of the realm file").isEqualTo(realm.get("roles"));
        for (Map<String, Object> c : Yaml.maps(imported.get("clients"))) {
            assertThat(client(realm, String.valueOf(c.get("clientId")))).as("imported client %s is in the realm file",
                    c.get("clientId")).isNotNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void networkPoliciesConfineTheHub(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        Map<String, Object> hubLabels = Yaml.map(Yaml.at(r.hubDeployment(), "spec.template.metadata.labels"));
        List<Map<String, Object>> egress = new ArrayList<>();
        List<Map<String, Object>> ingress = new ArrayList<>();
        for (Map<String, Object> np : r.all("NetworkPolicy")) {
            Map<String, Object> selector = Yaml.map(Yaml.at(np, "spec.podSelector.matchLabels"));
            if (!hubLabels.entrySet().containsAll(selector.entrySet())) {
                continue;
            }
            List<Object> types = Yaml.list(Yaml.at(np, "spec.policyTypes"));
            if (types.contains("Egress")) {
                egress.addAll(Yaml.maps(Yaml.at(np, "spec.egress")));
            }
            if (types.contains("Ingress")) {
                ingress.addAll(Yaml.maps(Yaml.at(np, "spec.ingress")));
            }
        }
        assertThat(egress).as("%s: egress rules of the hub", overlay).isNotEmpty();
        assertThat(ingress).as("%s: ingress rules of the hub", overlay).isNotEmpty();
        String db = Yaml.str(r.named("Cluster", URI.create(r.hubEnv().get("HUB_DB_URL").substring(5)).getHost()
                .replaceFirst("-rw$", "")), "metadata.name");
        String kafka = Yaml.str(r.one("Kafka"), "metadata.name");
        String keycloak = Yaml.str(r.one("Keycloak"), "metadata.name");
        Set<String> reached = new LinkedHashSet<>();
        for (Map<String, Object> rule : egress) {
            List<Map<String, Object>> to = Yaml.maps(rule.get("to"));
            assertThat(to).as("%s: an egress rule without 'to' opens everything", overlay).isNotEmpty();
            assertThat(Yaml.list(rule.get("ports"))).as("%s: an egress rule without ports", overlay).isNotEmpty();
            for (Map<String, Object> peer : to) {
                Map<String, Object> pods = Yaml.map(Yaml.at(peer, "podSelector.matchLabels"));
                assertThat(peer).as("%s: no ipBlock in the hub's egress", overlay).doesNotContainKey("ipBlock");
                if (db.equals(pods.get("cnpg.io/cluster"))) {
                    reached.add("postgresql");
                } else if (kafka.equals(pods.get("strimzi.io/cluster"))) {
                    reached.add("kafka");
                } else if (keycloak.equals(pods.get("app.kubernetes.io/instance"))) {
                    reached.add("keycloak");
                } else if ("kube-dns".equals(pods.get("k8s-app"))) {
                    reached.add("dns");
                } else {
                    fail(overlay + ": the hub may reach an unexpected peer " + peer);
                }
            }
        }
        assertThat(reached).as("%s: the hub reaches", overlay).containsExactlyInAnyOrder("postgresql", "kafka", "keycloak", "dns");
        for (Map<String, Object> rule : ingress) {
            assertThat(Yaml.list(rule.get("from"))).as("%s: an ingress rule without 'from' opens everything", overlay).isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void kafkaRunsInKraftModeWithEnoughBrokers(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        Map<String, Object> kafka = r.one("Kafka");
        String name = Yaml.str(kafka, "metadata.name");
        // Strimzi 1.x runs KRaft with node pools only; its v1 API has no ZooKeeper section.
        assertThat(Yaml.at(kafka, "spec.zookeeper")).isNull();
        int brokers = 0;
        int controllers = 0;
        for (Map<String, Object> pool : r.all("KafkaNodePool")) {
            assertThat(Yaml.map(Yaml.at(pool, "metadata.labels")).get("strimzi.io/cluster")).isEqualTo(name);
            List<Object> roles = Yaml.list(Yaml.at(pool, "spec.roles"));
            int replicas = Yaml.integer(pool, "spec.replicas", 0);
            brokers += roles.contains("broker") ? replicas : 0;
            controllers += roles.contains("controller") ? replicas : 0;
        }
        assertThat(controllers).as("%s: KRaft controllers (odd, quorum)", overlay).isGreaterThanOrEqualTo(3).isOdd();
        int maxReplication = r.all("KafkaTopic").stream().mapToInt(t -> Yaml.integer(t, "spec.replicas", 0)).max().orElse(0);
        assertThat(brokers).as("%s: brokers >= topic replication", overlay).isGreaterThanOrEqualTo(maxReplication);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void secretsFromOutsideTheManifestsAreDocumented(String overlay) throws IOException {
        Rendered r = Rendered.overlay(overlay);
        String readme = Files.readString(Repo.KUBERNETES.resolve("README.md"));
        List<String> generated = r.operatorCreatedSecrets();
        for (String value : r.hubEnv().values()) {
            if (!value.startsWith("secret:")) {
                continue;
            }
            String secret = value.substring("secret:".length(), value.indexOf('/'));
            if (generated.contains(secret) || Kustomize.find(r.docs, "Secret", secret) != null) {
                continue;
            }
            assertThat(readme).as("%s: Secret %s is not in the manifests: README.md must say how to create it", overlay, secret)
                    .contains("`" + secret + "`");
        }
    }

    static long bytes(String size) {
        String s = size.trim().toUpperCase();
        long unit = switch (s.charAt(s.length() - 1)) {
            case 'K' -> 1L << 10;
            case 'M' -> 1L << 20;
            case 'G' -> 1L << 30;
            default -> 1L;
        };
        return Long.parseLong(unit == 1 ? s : s.substring(0, s.length() - 1)) * unit;
    }

    static Map<String, Object> kafkaTopic(Rendered r, String topic) {
        return r.all("KafkaTopic").stream()
                .filter(t -> topic.equals(Yaml.str(t, "spec.topicName") != null ? Yaml.str(t, "spec.topicName")
                        : Yaml.str(t, "metadata.name")))
                .findFirst().orElse(null);
    }

    static Map<String, Object> client(Map<String, Object> realm, String clientId) {
        return Yaml.maps(realm.get("clients")).stream().filter(c -> clientId.equals(c.get("clientId"))).findFirst().orElse(null);
    }

    private static int portOf(Map<String, Object> container, Object port) {
        if (port instanceof Integer i) {
            return i;
        }
        return Yaml.maps(container.get("ports")).stream().filter(p -> String.valueOf(port).equals(p.get("name")))
                .mapToInt(p -> Yaml.integer(p, "containerPort", -1)).findFirst()
                .orElseThrow(() -> new AssertionError("no container port named " + port));
    }
}
