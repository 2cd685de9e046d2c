package org.consortium.hub.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Every manifest parses, every reference resolves, every base file is used. */
class StructureTest {

    static List<Path> yamlFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Repo.KUBERNETES, Repo.COMPOSE.getParent())) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> !p.startsWith(Repo.KUBERNETES.resolve("check")))
                        .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                        .sorted().forEach(files::add);
            }
        }
        return files;
    }

    @Test
    void everyYamlFileParsesAndEveryManifestHasKindAndName() throws IOException {
        List<Path> files = yamlFiles();
        assertThat(files).hasSizeGreaterThan(15);
        for (Path file : files) {
            List<Map<String, Object>> docs = Yaml.loadAll(file);
            assertThat(docs).as("%s has a document", file).isNotEmpty();
            if (file.startsWith(Repo.KUBERNETES) && !file.getFileName().toString().equals("kustomization.yaml")) {
                for (Map<String, Object> doc : docs) {
                    assertThat(Yaml.str(doc, "apiVersion")).as("%s: apiVersion", file).isNotBlank();
                    assertThat(Yaml.str(doc, "kind")).as("%s: kind", file).isNotBlank();
                    assertThat(Yaml.str(doc, "metadata.name")).as("%s: metadata.name", file).isNotBlank();
                }
            }
        }
    }

    @Test
    void everyFileAKustomizationNamesExists() throws IOException {
        try (Stream<Path> walk = Files.walk(Repo.KUBERNETES)) {
            List<Path> kustomizations = walk.filter(p -> !p.startsWith(Repo.KUBERNETES.resolve("check")))
                    .filter(p -> p.getFileName().toString().equals("kustomization.yaml")).toList();
            assertThat(kustomizations).hasSizeGreaterThanOrEqualTo(3);
            for (Path k : kustomizations) {
                Map<String, Object> doc = Yaml.loadAll(k).get(0);
                List<String> refs = new ArrayList<>();
                Yaml.list(doc.get("resources")).forEach(r -> refs.add(String.valueOf(r)));
                Yaml.maps(doc.get("patches")).forEach(p -> refs.add(String.valueOf(p.get("path"))));
                for (String ref : refs) {
                    assertThat(k.getParent().resolve(ref)).as("%s names %s", k, ref).exists();
                }
            }
        }
    }

    @Test
    void baseFilesAreAllListedInTheBaseKustomization() throws IOException {
        Path base = Repo.KUBERNETES.resolve("base");
        List<Object> listed = Yaml.list(Yaml.loadAll(base.resolve("kustomization.yaml")).get(0).get("resources"));
        try (Stream<Path> walk = Files.walk(base)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".yaml") && !p.endsWith("kustomization.yaml")).toList()) {
                assertThat(listed).as("base/kustomization.yaml lists %s", base.relativize(file))
                        .contains(base.relativize(file).toString());
            }
        }
    }

    @Test
    void theDocumentedImageBuildHasItsExtension() throws IOException {
        String readme = Files.readString(Repo.KUBERNETES.resolve("README.md"));
        String pom = Files.readString(Repo.ROOT.resolve("hub-service/pom.xml"));
        assertThat(readme).contains("-Dquarkus.container-image.build=true").contains("quarkus-container-image-jib");
        assertThat(pom).as("hub-service/pom.xml has the extension the README's image build needs")
                .containsPattern("<artifactId>quarkus-container-image-jib</artifactId>");
    }

    @Test
    void realmImportIsUpToDateWithTheRealmFile() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(Repo.REALM),
                "SKIPPED: " + Repo.ROOT.relativize(Repo.REALM) + " is not in this checkout (it comes from the deploy branch)");
        Path script = Repo.KUBERNETES.resolve("base/keycloak/render-realm-import.py");
        Path out = Files.createTempFile("realm-import", ".yaml");
        try {
            Process p;
            try {
                p = new ProcessBuilder("python3", script.toString(), "--realm", Repo.REALM.toString(), "--out", out.toString())
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            } catch (IOException e) {
                Assumptions.abort("SKIPPED: no python3 to regenerate the realm import");
                return;
            }
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as("render-realm-import.py exit status").isZero();
            assertThat(Files.readString(out))
                    .as("base/keycloak/realm-import.yaml is stale: run render-realm-import.py (README.md)")
                    .isEqualTo(Files.readString(Repo.KUBERNETES.resolve("base/keycloak/realm-import.yaml")));
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
