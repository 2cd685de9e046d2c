package org.consortium.hub.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Renders a Kustomize directory with the real Kustomize, {@code kubectl kustomize}, exactly as
 * {@code kubectl apply -k} would: no imitation of its merge rules can be trusted to place
 * resources in the same namespace or to apply the same patches.
 */
final class Kustomize {

    private Kustomize() {
    }

    /** The rendered documents of a kustomization directory. */
    static List<Map<String, Object>> render(Path dir) {
        Path out;
        Path err;
        try {
            out = Files.createTempFile("kustomize", ".out");
            err = Files.createTempFile("kustomize", ".err");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Process p;
            try {
                p = new ProcessBuilder("kubectl", "kustomize", dir.toString())
                        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            } catch (IOException e) {
                throw new IllegalStateException("kubectl is needed to render " + dir
                        + " (kubectl kustomize); install it (deploy/kubernetes/README.md, \"Checks without a cluster\")", e);
            }
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("kubectl kustomize " + dir + " did not finish within 120 s");
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + dir + " failed: " + Files.readString(err, StandardCharsets.UTF_8));
            }
            return Yaml.loadAll(Files.readString(out, StandardCharsets.UTF_8), "kubectl kustomize " + dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            try {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            } catch (IOException ignored) {
                // temporary files only
            }
        }
    }

    static Map<String, Object> find(List<Map<String, Object>> docs, String kind, String name) {
        for (Map<String, Object> doc : docs) {
            if (Objects.equals(kind, Yaml.str(doc, "kind")) && Objects.equals(name, Yaml.str(doc, "metadata.name"))) {
                return doc;
            }
        }
        return null;
    }
}
