package org.consortium.hub.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The namespace, API-version and memory rules hold for every overlay, and each one catches
 * its mistake in a fixture overlay (src/test/resources/fixtures) rendered by kubectl kustomize.
 */
class ManifestRulesTest {

    static final Path FIXTURES = Path.of(System.getProperty("fixtures.dir", "src/test/resources/fixtures")).toAbsolutePath();

    static Stream<String> overlays() throws IOException {
        return ManifestConsistencyTest.overlays();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyNamespacedResourceIsInTheHubsNamespace(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        assertThat(ManifestRules.hubNamespace(r)).isEqualTo("consortium-hub");
        assertThat(r.all("KafkaNodePool")).as("%s: node pools", overlay).isNotEmpty();
        assertThat(ManifestRules.namespaceViolations(r)).as(overlay).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyResourceUsesACurrentApiVersion(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        assertThat(ManifestRules.apiVersionViolations(r)).as(overlay).isEmpty();
        assertThat(r.all("Ingress")).as("%s: the Gateway API replaces Ingress (ingress-nginx is retired)", overlay).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void hubMemoryCoversTheMeasuredPeak(String overlay) {
        assertThat(ManifestRules.memoryViolations(Rendered.overlay(overlay))).as(overlay).isEmpty();
    }

    @Test
    void aNodePoolOutsideTheNamespaceIsReported() {
        Rendered r = Rendered.of(FIXTURES.resolve("node-pool-without-namespace"));
        assertThat(ManifestRules.namespaceViolations(r)).containsExactly(
                "KafkaNodePool/extra-brokers is in namespace (none: the default namespace of whoever applies it), not consortium-hub");
        assertThat(ManifestRules.apiVersionViolations(r)).isEmpty();
        assertThat(ManifestRules.memoryViolations(r)).isEmpty();
    }

    @Test
    void aDeprecatedApiVersionIsReported() {
        Rendered r = Rendered.of(FIXTURES.resolve("deprecated-api-version"));
        assertThat(ManifestRules.apiVersionViolations(r)).containsExactly(
                "KafkaTopic/hub-records-legacy uses kafka.strimzi.io/v1beta2, not a current API version of the supported operators");
        assertThat(ManifestRules.namespaceViolations(r)).isEmpty();
        assertThat(ManifestRules.memoryViolations(r)).isEmpty();
    }

    @Test
    void aMemoryLimitBelowTheMeasuredPeakIsReported() {
        Rendered r = Rendered.of(FIXTURES.resolve("memory-below-peak"));
        assertThat(ManifestRules.memoryViolations(r)).containsExactly(
                "Deployment/hub: hub container memory limits 768Mi is below the measured ingestion peak of 1300 MB (docs/operations.md)");
        assertThat(ManifestRules.namespaceViolations(r)).isEmpty();
        assertThat(ManifestRules.apiVersionViolations(r)).isEmpty();
    }

    @Test
    void memoryQuantitiesAreReadInBytes() {
        assertThat(ManifestRules.bytes("1536Mi")).isEqualTo(1536L << 20);
        assertThat(ManifestRules.bytes("2Gi")).isEqualTo(2L << 30);
        assertThat(ManifestRules.bytes("1.3G")).isEqualTo(1_300_000_000L);
        assertThat(ManifestRules.bytes("768Mi")).isLessThan(ManifestRules.documentedPeakBytes());
        assertThat(List.of(ManifestRules.bytes("1240Mi"), ManifestRules.bytes("1300M")))
                .allMatch(b -> b >= 1_300_000_000L);
    }
}
