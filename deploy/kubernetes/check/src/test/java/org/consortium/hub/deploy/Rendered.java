package org.consortium.hub.deploy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** The rendered documents of one overlay, with the lookups the checks need. */
final class Rendered {

    /** The API Deployment (and its Service, HPA, container name). */
    static final String HUB = "hub";
    /** The Deployment that consumes the record topics. */
    static final String INGEST = "hub-ingest";
    private static final Map<String, Rendered> CACHE = new ConcurrentHashMap<>();

    final String overlay;
    final List<Map<String, Object>> docs;

    private Rendered(String overlay, List<Map<String, Object>> docs) {
        this.overlay = overlay;
        this.docs = docs;
    }

    static Rendered overlay(String name) {
        return CACHE.computeIfAbsent(name, n -> new Rendered(n, Kustomize.render(overlayDir(n))));
    }

    /** Any kustomization directory, rendered (not cached). */
    static Rendered of(Path dir) {
        return new Rendered(dir.getFileName().toString(), Kustomize.render(dir));
    }

    /** The KEDA ScaledObject that scales the consumers (Deployment hub-ingest). */
    Map<String, Object> hubScaler() {
        return named("ScaledObject", INGEST);
    }

    /** Most consuming replicas. */
    int maxReplicas() {
        return Yaml.integer(hubScaler(), "spec.maxReplicaCount", 100);
    }

    /** Most API replicas (HorizontalPodAutoscaler hub). */
    int apiMaxReplicas() {
        return Yaml.integer(named("HorizontalPodAutoscaler", HUB), "spec.maxReplicas", 100);
    }

    Map<String, Object> ingestDeployment() {
        return named("Deployment", INGEST);
    }

    /** Both hub Deployments: the API, then the consumers. */
    List<Map<String, Object>> hubDeployments() {
        return List.of(hubDeployment(), ingestDeployment());
    }

    /** The container named hub of a Deployment. */
    Map<String, Object> container(Map<String, Object> deployment) {
        return Yaml.maps(Yaml.at(deployment, "spec.template.spec.containers")).stream()
                .filter(c -> HUB.equals(c.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + ": no container 'hub' in Deployment "
                        + Yaml.str(deployment, "metadata.name")));
    }

    Map<String, String> ingestEnv() {
        return env(container(ingestDeployment()));
    }

    static Path overlayDir(String name) {
        return Repo.KUBERNETES.resolve("overlays").resolve(name);
    }

    List<Map<String, Object>> all(String kind) {
        return docs.stream().filter(d -> kind.equals(Yaml.str(d, "kind"))).toList();
    }

    Map<String, Object> one(String kind) {
        List<Map<String, Object>> found = all(kind);
        if (found.size() != 1) {
            throw new AssertionError(overlay + ": expected one " + kind + ", found " + found.size());
        }
        return found.get(0);
    }

    Map<String, Object> named(String kind, String name) {
        Map<String, Object> doc = Kustomize.find(docs, kind, name);
        if (doc == null) {
            throw new AssertionError(overlay + ": no " + kind + " named " + name);
        }
        return doc;
    }

    Map<String, Object> hubDeployment() {
        return named("Deployment", HUB);
    }

    Map<String, Object> hubContainer() {
        return container(hubDeployment());
    }

    /**
     * The hub container's environment: literal values, values from ConfigMaps (env and
     * envFrom), and "secret:NAME/KEY" for values taken from Secrets that the manifests do
     * not contain (created by an operator or by hand).
     */
    Map<String, String> hubEnv() {
        return env(hubContainer());
    }

    /** A container's environment, as {@link #hubEnv()} describes it. */
    Map<String, String> env(Map<String, Object> container) {
        Map<String, String> env = new TreeMap<>();
        for (Map<String, Object> from : Yaml.maps(container.get("envFrom"))) {
            String cm = Yaml.str(from, "configMapRef.name");
            String secret = Yaml.str(from, "secretRef.name");
            Map<String, Object> source = cm != null ? named("ConfigMap", cm) : named("Secret", secret);
            Yaml.map(source.get("data")).forEach((k, v) -> env.put(k, String.valueOf(v)));
            Yaml.map(source.get("stringData")).forEach((k, v) -> env.put(k, String.valueOf(v)));
        }
        for (Map<String, Object> var : Yaml.maps(container.get("env"))) {
            String name = String.valueOf(var.get("name"));
            if (var.containsKey("value")) {
                env.put(name, String.valueOf(var.get("value")));
            } else if (Yaml.at(var, "valueFrom.configMapKeyRef") != null) {
                Map<String, Object> cm = named("ConfigMap", Yaml.str(var, "valueFrom.configMapKeyRef.name"));
                env.put(name, Yaml.str(cm, "data." + Yaml.str(var, "valueFrom.configMapKeyRef.key")));
            } else if (Yaml.at(var, "valueFrom.secretKeyRef") != null) {
                env.put(name, "secret:" + Yaml.str(var, "valueFrom.secretKeyRef.name") + "/"
                        + Yaml.str(var, "valueFrom.secretKeyRef.key"));
            } else {
                throw new AssertionError(overlay + ": env " + name + " has neither a value nor a known valueFrom");
            }
        }
        return env;
    }

    /** Names of Secrets that CloudNativePG creates for the Clusters of this overlay ("NAME-app"). */
    List<String> operatorCreatedSecrets() {
        return all("Cluster").stream()
                .filter(c -> Objects.toString(Yaml.str(c, "apiVersion"), "").startsWith("postgresql.cnpg.io/"))
                .map(c -> Yaml.str(c, "metadata.name") + "-app").toList();
    }
}
