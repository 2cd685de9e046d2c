package org.consortium.hub.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules over a rendered deployment that the operators would not report until the day they
 * matter: each returns its violations, one line each, empty when the rule holds.
 */
final class ManifestRules {

    /**
     * API versions served by the operator versions the README supports (Kubernetes 1.31+,
     * Strimzi 1.1/1.2, CloudNativePG 1.30 with the Barman Cloud plugin 0.16, Keycloak operator
     * 26.x, KEDA 2.18+, Gateway API 1.4+, cert-manager 1.18+, Prometheus Operator). Anything
     * else is deprecated or removed (kafka.strimzi.io/v1beta2 since Strimzi 1.0, autoscaling
     * v2beta2, gateway v1beta1, ...) or was never meant.
     */
    static final Set<String> CURRENT_API_VERSIONS = Set.of(
            "v1", "apps/v1", "batch/v1", "policy/v1", "networking.k8s.io/v1", "autoscaling/v2",
            "kafka.strimzi.io/v1",
            "postgresql.cnpg.io/v1", "barmancloud.cnpg.io/v1",
            "k8s.keycloak.org/v2alpha1",
            "keda.sh/v1alpha1",
            "gateway.networking.k8s.io/v1",
            "cert-manager.io/v1",
            "monitoring.coreos.com/v1");

    /** Kinds that live outside any namespace. */
    static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "StorageClass", "PersistentVolume", "ClusterIssuer", "GatewayClass",
            "PriorityClass", "ClusterTriggerAuthentication");

    private static final Pattern PEAK = Pattern.compile("peaks of ([0-9.]+)[–-]([0-9.]+) GB");

    private ManifestRules() {
    }

    /** The hub's namespace: the one Namespace the deployment creates. */
    static String hubNamespace(Rendered r) {
        return Yaml.str(r.one("Namespace"), "metadata.name");
    }

    /** Every namespaced resource is in the hub's namespace (Strimzi, for one, looks for node pools nowhere else). */
    static List<String> namespaceViolations(Rendered r) {
        String namespace = hubNamespace(r);
        List<String> out = new ArrayList<>();
        for (Map<String, Object> doc : r.docs) {
            String kind = Yaml.str(doc, "kind");
            if (CLUSTER_SCOPED.contains(kind)) {
                continue;
            }
            String actual = Yaml.str(doc, "metadata.namespace");
            if (!namespace.equals(actual)) {
                out.add(kind + "/" + Yaml.str(doc, "metadata.name") + " is in namespace "
                        + (actual == null ? "(none: the default namespace of whoever applies it)" : actual)
                        + ", not " + namespace);
            }
        }
        return out;
    }

    /** Every resource uses an API version the supported operators serve. */
    static List<String> apiVersionViolations(Rendered r) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> doc : r.docs) {
            String apiVersion = Yaml.str(doc, "apiVersion");
            if (!CURRENT_API_VERSIONS.contains(apiVersion)) {
                out.add(Yaml.str(doc, "kind") + "/" + Yaml.str(doc, "metadata.name") + " uses " + apiVersion
                        + ", not a current API version of the supported operators");
            }
        }
        return out;
    }

    /** The measured peak of the hub's resident memory while ingesting, in bytes, as docs/operations.md states it. */
    static long documentedPeakBytes() {
        try {
            String doc = Files.readString(Repo.ROOT.resolve("docs/operations.md"));
            Matcher m = PEAK.matcher(doc);
            if (!m.find()) {
                throw new IllegalStateException("docs/operations.md no longer states the hub's memory peak as \"peaks of X–Y GB\"");
            }
            return new BigDecimal(m.group(2)).multiply(BigDecimal.valueOf(1_000_000_000L)).longValueExact();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The hub container's memory limit and request, in both hub Deployments, are at least the documented ingestion peak. */
    static List<String> memoryViolations(Rendered r) {
        long peak = documentedPeakBytes();
        List<String> out = new ArrayList<>();
        for (Map<String, Object> deployment : r.hubDeployments()) {
            Map<String, Object> container = r.container(deployment);
            for (String field : List.of("limits", "requests")) {
                String quantity = Yaml.str(container, "resources." + field + ".memory");
                if (quantity == null || bytes(quantity) < peak) {
                    out.add("Deployment/" + Yaml.str(deployment, "metadata.name") + ": hub container memory " + field + " "
                            + quantity + " is below the measured ingestion peak of " + peak / 1_000_000 + " MB (docs/operations.md)");
                }
            }
        }
        return out;
    }

    /** A Kubernetes quantity ("1536Mi", "2Gi", "1.5G", "800M") in bytes. */
    static long bytes(String quantity) {
        Matcher m = Pattern.compile("([0-9.]+)([KMGT]i?)?").matcher(quantity.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a memory quantity: " + quantity);
        }
        BigDecimal value = new BigDecimal(m.group(1));
        String unit = m.group(2) == null ? "" : m.group(2);
        long factor = switch (unit) {
            case "" -> 1L;
            case "K" -> 1_000L;
            case "M" -> 1_000_000L;
            case "G" -> 1_000_000_000L;
            case "T" -> 1_000_000_000_000L;
            case "Ki" -> 1L << 10;
            case "Mi" -> 1L << 20;
            case "Gi" -> 1L << 30;
            case "Ti" -> 1L << 40;
            default -> throw new IllegalArgumentException("Unknown unit in " + quantity);
        };
        return value.multiply(BigDecimal.valueOf(factor)).longValue();
    }
}
