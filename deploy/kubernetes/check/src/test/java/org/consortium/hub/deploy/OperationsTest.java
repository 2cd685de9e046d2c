package org.consortium.hub.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Scaling, migrations, shutdown, exposure, certificates, backups, restore, spread and alerts of each overlay. */
class OperationsTest {

    /** Kafka versions that both supported Strimzi releases (1.1 and 1.2) run. */
    static final Set<String> SUPPORTED_KAFKA_VERSIONS = Set.of("4.2.0", "4.2.1", "4.3.0");

    static Stream<String> overlays() throws IOException {
        return ManifestConsistencyTest.overlays();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void kedaScalesTheConsumersOnTheGroupsLagAndTheApiOnCpu(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        Map<String, String> env = r.ingestEnv();
        for (Map<String, Object> deployment : r.hubDeployments()) {
            assertThat(Yaml.at(deployment, "spec.replicas")).as("%s: no spec.replicas on the scaled Deployment %s", overlay,
                    Yaml.str(deployment, "metadata.name")).isNull();
        }
        assertThat(r.hubEnv()).as("%s: the API pods join no consumer group", overlay).containsEntry("HUB_CONSUME_RECORDS", "false");
        assertThat(env).as("%s: the hub-ingest pods consume", overlay).containsEntry("HUB_CONSUME_RECORDS", "true");
        Map<String, Object> hpa = r.named("HorizontalPodAutoscaler", Rendered.HUB);
        assertThat(Yaml.str(hpa, "spec.scaleTargetRef.name")).isEqualTo(Rendered.HUB);
        assertThat(r.all("HorizontalPodAutoscaler")).as("%s: one HPA (KEDA creates the consumers')", overlay).hasSize(1);
        Map<String, Object> kafkaTrigger = Yaml.maps(Yaml.at(r.hubScaler(), "spec.triggers")).stream()
                .filter(t -> "kafka".equals(t.get("type"))).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + ": no kafka trigger"));
        assertThat(Yaml.str(kafkaTrigger, "metadata.consumerGroup")).isEqualTo(env.get("HUB_KAFKA_GROUP_ID"));
        String bootstrap = Yaml.str(kafkaTrigger, "metadata.bootstrapServers");
        String hubBootstrap = env.get("HUB_KAFKA_BOOTSTRAP_SERVERS");
        assertThat(bootstrap).as("%s: KEDA reads the brokers the hub uses", overlay)
                .startsWith(hubBootstrap.substring(0, hubBootstrap.indexOf(':')) + ".")
                .endsWith(hubBootstrap.substring(hubBootstrap.indexOf(':')));
        assertThat(Yaml.str(kafkaTrigger, "metadata.tls")).isEqualTo("enable");
        String auth = Yaml.str(kafkaTrigger, "authenticationRef.name");
        assertThat(r.named("TriggerAuthentication", auth)).isNotNull();
        assertThat(r.maxReplicas()).as("%s: at most four hubs feed one primary (docs/operations.md)", overlay).isLessThanOrEqualTo(4);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theTwoHubDeploymentsDifferOnlyInTheirRole(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        Map<String, Object> api = role(r.hubDeployment(), "api", "false");
        Map<String, Object> ingest = role(r.ingestDeployment(), "ingest", "true");
        assertThat(ingest).as("%s: Deployment hub-ingest = Deployment hub but for the component label and HUB_CONSUME_RECORDS",
                overlay).isEqualTo(api);
    }

    /** A Deployment's spec with its role (component label, HUB_CONSUME_RECORDS) checked, then blanked. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> role(Map<String, Object> deployment, String component, String consume) {
        Map<String, Object> spec = Yaml.map(Yaml.copy(deployment.get("spec")));
        String text = new org.yaml.snakeyaml.Yaml().dump(spec);
        assertThat(text).contains("app.kubernetes.io/component: " + component);
        text = text.replace("app.kubernetes.io/component: " + component, "app.kubernetes.io/component: ROLE");
        Map<String, Object> out = Yaml.map(new org.yaml.snakeyaml.Yaml().load(text));
        Map<String, Object> container = Yaml.maps(Yaml.at(out, "template.spec.containers")).get(0);
        Map<String, Object> flag = Yaml.maps(container.get("env")).stream()
                .filter(e -> "HUB_CONSUME_RECORDS".equals(e.get("name"))).findFirst().orElseThrow();
        assertThat(flag.get("value")).isEqualTo(consume);
        flag.put("value", "ROLE");
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void onlyTheMigrationJobMigrates(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        assertThat(r.hubEnv()).containsEntry("HUB_MIGRATE_AT_START", "false").containsKey("HUB_MIGRATION_LOCK_TIMEOUT");
        assertThat(r.ingestEnv()).containsEntry("HUB_MIGRATE_AT_START", "false");
        Map<String, Object> job = r.named("Job", "hub-migrate");
        Map<String, Object> container = Yaml.maps(Yaml.at(job, "spec.template.spec.containers")).get(0);
        assertThat(container.get("image")).as("%s: the Job runs the hub's image", overlay).isEqualTo(r.hubContainer().get("image"));
        assertThat(container.get("envFrom")).isEqualTo(r.hubContainer().get("envFrom"));
        Map<String, Object> env = new java.util.TreeMap<>();
        Yaml.maps(container.get("env")).forEach(e -> env.put(String.valueOf(e.get("name")), e.get("value")));
        assertThat(env).containsEntry("QUARKUS_INIT_AND_EXIT", "true").containsEntry("HUB_MIGRATE_AT_START", "true");
        assertThat(Yaml.integer(job, "spec.parallelism", 1)).as("one runner").isEqualTo(1);
        Map<String, Object> podLabels = Yaml.map(Yaml.at(job, "spec.template.metadata.labels"));
        Map<String, Object> serviceSelector = Yaml.map(Yaml.at(r.named("Service", Rendered.HUB), "spec.selector"));
        assertThat(podLabels.entrySet().containsAll(serviceSelector.entrySet()))
                .as("%s: the Service never routes to the migration pod", overlay).isFalse();
        // `kubectl apply -k ... -l consortium-hub/apply=before-rollout` applies the Job with what it needs.
        List<String> beforeRollout = r.docs.stream()
                .filter(d -> "before-rollout".equals(Yaml.map(Yaml.at(d, "metadata.labels")).get("consortium-hub/apply")))
                .map(d -> Yaml.str(d, "kind") + "/" + Yaml.str(d, "metadata.name")).sorted().toList();
        String configMap = Yaml.str(Yaml.maps(container.get("envFrom")).get(0), "configMapRef.name");
        assertThat(beforeRollout).as("%s: applied before the rollout", overlay)
                .containsExactly("ConfigMap/" + configMap, "Job/hub-migrate", "NetworkPolicy/hub-migrate");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void shutdownFitsInTheGracePeriod(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        for (Map<String, Object> deployment : r.hubDeployments()) {
            Map<String, String> env = r.env(r.container(deployment));
            Duration drain = duration(env.get("HUB_SHUTDOWN_DELAY")).plus(duration(env.get("HUB_SHUTDOWN_TIMEOUT")));
            int grace = Yaml.integer(deployment, "spec.template.spec.terminationGracePeriodSeconds", 30);
            assertThat(Duration.ofSeconds(grace))
                    .as("%s: %s grace period > shutdown delay + timeout, with time for the last batch", overlay,
                            Yaml.str(deployment, "metadata.name"))
                    .isGreaterThanOrEqualTo(drain.plusSeconds(15));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void managementAndKeycloakAdminAreNotPublic(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        for (Map<String, Object> route : r.all("HTTPRoute")) {
            for (Map<String, Object> rule : Yaml.maps(Yaml.at(route, "spec.rules"))) {
                if (Yaml.list(rule.get("backendRefs")).isEmpty()) {
                    continue; // redirects only
                }
                for (Map<String, Object> match : Yaml.maps(rule.get("matches"))) {
                    String type = Yaml.str(match, "path.type");
                    String value = Yaml.str(match, "path.value");
                    assertThat(value).as("%s: HTTPRoute %s routes a path", overlay, Yaml.str(route, "metadata.name")).isNotNull();
                    for (String hidden : List.of("/q/metrics", "/q/swagger-ui", "/q/openapi", "/admin/master/console/")) {
                        boolean exposed = "Exact".equals(type) ? value.equals(hidden) : hidden.startsWith(value);
                        assertThat(exposed).as("%s: HTTPRoute %s exposes %s through %s", overlay,
                                Yaml.str(route, "metadata.name"), hidden, value).isFalse();
                    }
                }
            }
        }
        Map<String, Object> keycloak = r.one("Keycloak");
        assertThat(Yaml.at(keycloak, "spec.ingress.enabled")).as("%s: no operator Ingress", overlay).isEqualTo(false);
        assertThat(Yaml.str(keycloak, "spec.hostname.admin")).as("%s: admin console on its own hostname", overlay).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyCertificateTheManifestsNameIsIssued(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        Set<String> issued = new TreeSet<>();
        r.all("Certificate").forEach(c -> issued.add(Yaml.str(c, "spec.secretName")));
        Set<String> named = new TreeSet<>();
        for (Map<String, Object> gateway : r.all("Gateway")) {
            for (Map<String, Object> listener : Yaml.maps(Yaml.at(gateway, "spec.listeners"))) {
                Yaml.maps(Yaml.at(listener, "tls.certificateRefs")).forEach(c -> named.add(String.valueOf(c.get("name"))));
            }
        }
        for (Map<String, Object> listener : Yaml.maps(Yaml.at(r.one("Kafka"), "spec.kafka.listeners"))) {
            assertThat(listener.get("tls")).as("%s: Kafka listener %s uses TLS", overlay, listener.get("name")).isEqualTo(true);
            named.add(Yaml.str(listener, "configuration.brokerCertChainAndKey.secretName"));
        }
        for (Map<String, Object> cluster : r.all("Cluster")) {
            named.add(Yaml.str(cluster, "spec.certificates.serverTLSSecret"));
            named.add(Yaml.str(cluster, "spec.certificates.serverCASecret"));
        }
        Map<String, Object> keycloak = r.one("Keycloak");
        assertThat(Yaml.at(keycloak, "spec.http.httpEnabled")).as("%s: Keycloak serves HTTPS only", overlay).isEqualTo(false);
        named.add(Yaml.str(keycloak, "spec.http.tlsSecret"));
        Yaml.maps(Yaml.at(r.hubDeployment(), "spec.template.spec.volumes")).stream()
                .filter(v -> v.containsKey("secret")).forEach(v -> named.add(Yaml.str(v, "secret.secretName")));
        r.all("TriggerAuthentication").forEach(t -> Yaml.maps(Yaml.at(t, "spec.secretTargetRef"))
                .forEach(s -> named.add(String.valueOf(s.get("name")))));
        assertThat(named).as("%s: TLS Secrets the manifests name", overlay).doesNotContainNull().hasSizeGreaterThan(5);
        assertThat(issued).as("%s: issued by cert-manager Certificates", overlay).containsAll(named);
        assertThat(r.hubEnv().get("HUB_DB_URL")).as("%s: the hub checks PostgreSQL's certificate", overlay)
                .contains("sslmode=verify-full").contains("sslrootcert=/etc/hub/internal-ca/ca.crt");
        assertThat(r.hubEnv()).containsEntry("HUB_KAFKA_SECURITY_PROTOCOL", "SSL");
        assertThat(r.hubEnv().get("HUB_OIDC_AUTH_SERVER_URL")).startsWith("https://");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyDatabaseIsArchivedAndBackedUp(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        List<Map<String, Object>> clusters = r.all("Cluster");
        assertThat(clusters).hasSize(2);
        Set<String> serverNames = new TreeSet<>();
        for (Map<String, Object> cluster : clusters) {
            String name = Yaml.str(cluster, "metadata.name");
            Map<String, Object> archiver = archiver(cluster);
            assertThat(archiver).as("%s: %s archives its WAL", overlay, name).isNotNull();
            assertThat(r.named("ObjectStore", Yaml.str(archiver, "parameters.barmanObjectName"))).isNotNull();
            serverNames.add(Yaml.str(archiver, "parameters.barmanObjectName") + "/" + Yaml.str(archiver, "parameters.serverName"));
            assertThat(r.all("ScheduledBackup")).as("%s: scheduled backups of %s", overlay, name)
                    .anyMatch(b -> name.equals(Yaml.str(b, "spec.cluster.name")) && "plugin".equals(Yaml.str(b, "spec.method")));
        }
        assertThat(serverNames).as("%s: each cluster its own archive", overlay).hasSize(clusters.size());
    }

    @Test
    void theRestoreComponentRecoversTheHubDatabaseIntoANewArchive() throws IOException {
        Rendered normal = Rendered.overlay("national");
        Map<String, Object> original = normal.named("Cluster", "hub-db");
        Path dir = Path.of("target", "restore-overlay").toAbsolutePath();
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources:
                  - %s
                components:
                  - %s
                """.formatted(dir.relativize(Rendered.overlayDir("national")),
                dir.relativize(Repo.KUBERNETES.resolve("components/restore-hub-db"))));
        Rendered restored = Rendered.of(dir);
        Map<String, Object> cluster = restored.named("Cluster", "hub-db");
        assertThat(Yaml.at(cluster, "spec.bootstrap.initdb")).isNull();
        assertThat(Yaml.str(cluster, "spec.bootstrap.recovery.database")).as("the hub's database, not 'app'")
                .isEqualTo(Yaml.str(original, "spec.bootstrap.initdb.database"));
        assertThat(Yaml.str(cluster, "spec.bootstrap.recovery.owner")).as("the hub's owner, not 'app'")
                .isEqualTo(Yaml.str(original, "spec.bootstrap.initdb.owner"));
        String source = Yaml.str(cluster, "spec.bootstrap.recovery.source");
        Map<String, Object> external = Yaml.maps(Yaml.at(cluster, "spec.externalClusters")).stream()
                .filter(e -> source.equals(e.get("name"))).findFirst().orElseThrow();
        Map<String, Object> originalArchive = archiver(original);
        assertThat(Yaml.str(external, "plugin.parameters.serverName")).as("reads the archive the lost cluster wrote")
                .isEqualTo(Yaml.str(originalArchive, "parameters.serverName"));
        assertThat(Yaml.str(external, "plugin.parameters.barmanObjectName"))
                .isEqualTo(Yaml.str(originalArchive, "parameters.barmanObjectName"));
        assertThat(Yaml.str(archiver(cluster), "parameters.serverName")).as("archives under a new serverName")
                .isNotEqualTo(Yaml.str(originalArchive, "parameters.serverName"));
        assertThat(Yaml.str(cluster, "spec.bootstrap.recovery.recoveryTarget.targetTime")).isNotBlank();
        assertThat(ManifestRules.namespaceViolations(restored)).isEmpty();
        // Everything else stays as it was: the hub's URL, Secret and policies still fit.
        assertThat(restored.hubEnv()).isEqualTo(normal.hubEnv());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void dataServicesSpreadOverZones(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        String zone = "topology.kubernetes.io/zone";
        for (Map<String, Object> pool : r.all("KafkaNodePool")) {
            assertThat(topologyKeys(Yaml.at(pool, "spec.template.pod.topologySpreadConstraints")))
                    .as("%s: node pool %s", overlay, Yaml.str(pool, "metadata.name")).contains(zone);
        }
        assertThat(Yaml.str(r.one("Kafka"), "spec.kafka.rack.topologyKey")).isEqualTo(zone);
        for (Map<String, Object> cluster : r.all("Cluster")) {
            assertThat(topologyKeys(Yaml.at(cluster, "spec.topologySpreadConstraints")))
                    .as("%s: Cluster %s", overlay, Yaml.str(cluster, "metadata.name")).contains(zone);
            assertThat(Yaml.at(cluster, "spec.affinity.enablePodAntiAffinity")).isEqualTo(true);
        }
        assertThat(topologyKeys(Yaml.at(r.one("Keycloak"), "spec.scheduling.topologySpreadConstraints"))).contains(zone);
        assertThat(topologyKeys(Yaml.at(r.hubDeployment(), "spec.template.spec.topologySpreadConstraints"))).contains(zone);
        assertThat(Yaml.str(r.one("Kafka"), "spec.kafka.version")).isIn(SUPPORTED_KAFKA_VERSIONS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void alertsUseOnlyExportedMetrics(String overlay) throws IOException {
        Set<String> exported = exportedMetrics();
        List<String> used = new ArrayList<>();
        for (Map<String, Object> rules : Rendered.overlay(overlay).all("PrometheusRule")) {
            for (Map<String, Object> group : Yaml.maps(Yaml.at(rules, "spec.groups"))) {
                for (Map<String, Object> rule : Yaml.maps(group.get("rules"))) {
                    used.addAll(metricNames(String.valueOf(rule.get("expr"))));
                }
            }
        }
        assertThat(used).as("%s: metrics in alerts", overlay).hasSizeGreaterThan(5);
        assertThat(exported).as("%s: exported metrics (check/src/test/resources/exported-metrics)", overlay).containsAll(used);
    }

    @Test
    void metricNamesAreReadFromPromQl() {
        assertThat(metricNames("time() - max by (cluster) (barman_x{namespace=\"a\", name=~\"b.c\"}) > 26 * 3600"))
                .containsExactly("barman_x");
        assertThat(metricNames("sum(rate(http_a_count{status=~\"5..\"}[5m])) / sum(rate(http_a_count[5m])) > 0.01 and on(pod) up"))
                .containsExactly("http_a_count", "http_a_count", "up");
    }

    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Set<String> KEYWORDS = Set.of("by", "without", "and", "or", "unless", "on", "ignoring",
            "group_left", "group_right", "bool", "offset");

    /** The metric names a PromQL expression reads (label matchers, durations, groupings and functions left out). */
    static List<String> metricNames(String expr) {
        String s = expr.replaceAll("\"[^\"]*\"", "\"\"")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
        List<String> out = new ArrayList<>();
        Matcher m = IDENTIFIER.matcher(s);
        while (m.find()) {
            String word = m.group();
            boolean function = s.substring(m.end()).stripLeading().startsWith("(");
            if (!function && !KEYWORDS.contains(word.toLowerCase(Locale.ROOT))) {
                out.add(word);
            }
        }
        return out;
    }

    static Set<String> exportedMetrics() throws IOException {
        Set<String> out = new TreeSet<>();
        Path dir = Path.of("src/test/resources/exported-metrics").toAbsolutePath();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                Files.readAllLines(file).stream().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .forEach(out::add);
            }
        }
        return out;
    }

    static Map<String, Object> archiver(Map<String, Object> cluster) {
        return Yaml.maps(Yaml.at(cluster, "spec.plugins")).stream()
                .filter(p -> Boolean.TRUE.equals(p.get("isWALArchiver"))).findFirst().orElse(null);
    }

    private static List<String> topologyKeys(Object constraints) {
        return Yaml.maps(constraints).stream().map(c -> String.valueOf(c.get("topologyKey"))).toList();
    }

    static Duration duration(String value) {
        Matcher m = Pattern.compile("(\\d+)(ms|s|m|h)").matcher(value.trim());
        if (!m.matches()) {
            return Duration.parse(value);
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
    }
}
