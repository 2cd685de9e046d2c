package org.consortium.hub.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Renders a Kustomize directory: with {@code kubectl kustomize} when kubectl is available
 * (system property manifests.kubectl = auto | true | false), otherwise with the small
 * subset of Kustomize these manifests use: resources (files and directories), patches
 * (strategic merge by kind and name, lists of named items merged by name), a
 * configMapGenerator with literals (behavior create or merge), images (newName/newTag)
 * and namespace. Anything else in a kustomization.yaml fails the fallback loudly.
 */
final class Kustomize {

    private static final Set<String> SUPPORTED = Set.of(
            "apiVersion", "kind", "namespace", "resources", "patches", "configMapGenerator", "images");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "StorageClass", "PersistentVolume");
    private static Boolean kubectl;

    private Kustomize() {
    }

    static synchronized boolean kubectlAvailable() {
        if (kubectl == null) {
            String mode = System.getProperty("manifests.kubectl", "auto");
            kubectl = !mode.equals("false") && run(List.of("kubectl", "version", "--client"), null) != null;
            if (!kubectl && mode.equals("true")) {
                throw new IllegalStateException("manifests.kubectl=true but kubectl does not run");
            }
        }
        return kubectl;
    }

    /** The rendered documents of a kustomization directory. */
    static List<Map<String, Object>> render(Path dir) {
        if (kubectlAvailable()) {
            return renderWithKubectl(dir);
        }
        return renderBuiltIn(dir);
    }

    static List<Map<String, Object>> renderWithKubectl(Path dir) {
        String out = run(List.of("kubectl", "kustomize", dir.toString()), dir);
        if (out == null) {
            throw new IllegalStateException("kubectl kustomize " + dir + " failed");
        }
        return Yaml.loadAll(out, "kubectl kustomize " + dir);
    }

    static List<Map<String, Object>> renderBuiltIn(Path dir) {
        Path file = dir.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("No kustomization.yaml in " + dir);
        }
        Map<String, Object> k = Yaml.loadAll(file).get(0);
        for (String key : k.keySet()) {
            if (!SUPPORTED.contains(key)) {
                throw new UnsupportedOperationException(file + ": the built-in renderer does not support '" + key
                        + "'; install kubectl or extend Kustomize.java");
            }
        }
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object r : Yaml.list(k.get("resources"))) {
            Path p = dir.resolve(String.valueOf(r)).normalize();
            if (Files.isDirectory(p)) {
                docs.addAll(renderBuiltIn(p));
            } else if (Files.isRegularFile(p)) {
                Yaml.loadAll(p).forEach(d -> docs.add(Yaml.map(Yaml.copy(d))));
            } else {
                throw new IllegalArgumentException(file + ": resource " + r + " does not exist");
            }
        }
        for (Map<String, Object> gen : Yaml.maps(k.get("configMapGenerator"))) {
            generateConfigMap(file, gen, docs);
        }
        for (Map<String, Object> patch : Yaml.maps(k.get("patches"))) {
            if (!patch.containsKey("path") || patch.size() != 1) {
                throw new UnsupportedOperationException(file + ": only 'patches: - path: FILE' is supported");
            }
            Path p = dir.resolve(String.valueOf(patch.get("path")));
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException(file + ": patch " + p + " does not exist");
            }
            for (Map<String, Object> change : Yaml.loadAll(p)) {
                Map<String, Object> target = find(docs, Yaml.str(change, "kind"), Yaml.str(change, "metadata.name"));
                if (target == null) {
                    throw new IllegalArgumentException(p + ": no " + Yaml.str(change, "kind") + " named "
                            + Yaml.str(change, "metadata.name") + " to patch");
                }
                merge(target, change);
            }
        }
        for (Map<String, Object> image : Yaml.maps(k.get("images"))) {
            setImage(docs, image);
        }
        if (k.containsKey("namespace")) {
            for (Map<String, Object> doc : docs) {
                if (!CLUSTER_SCOPED.contains(Yaml.str(doc, "kind"))) {
                    Yaml.map(doc.computeIfAbsent("metadata", x -> new LinkedHashMap<>())).put("namespace", k.get("namespace"));
                }
            }
        }
        return docs;
    }

    static Map<String, Object> find(List<Map<String, Object>> docs, String kind, String name) {
        for (Map<String, Object> doc : docs) {
            if (Objects.equals(kind, Yaml.str(doc, "kind")) && Objects.equals(name, Yaml.str(doc, "metadata.name"))) {
                return doc;
            }
        }
        return null;
    }

    private static void generateConfigMap(Path file, Map<String, Object> gen, List<Map<String, Object>> docs) {
        String name = String.valueOf(gen.get("name"));
        String behavior = String.valueOf(gen.getOrDefault("behavior", "create"));
        for (String key : gen.keySet()) {
            if (!Set.of("name", "literals", "behavior").contains(key)) {
                throw new UnsupportedOperationException(file + ": configMapGenerator '" + key + "' is not supported");
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        for (Object literal : Yaml.list(gen.get("literals"))) {
            String s = String.valueOf(literal);
            int eq = s.indexOf('=');
            data.put(s.substring(0, eq), s.substring(eq + 1));
        }
        Map<String, Object> existing = find(docs, "ConfigMap", name);
        if (behavior.equals("merge") || behavior.equals("replace")) {
            if (existing == null) {
                throw new IllegalArgumentException(file + ": no ConfigMap " + name + " to " + behavior);
            }
            if (behavior.equals("replace")) {
                existing.put("data", data);
            } else {
                Yaml.map(existing.computeIfAbsent("data", x -> new LinkedHashMap<>())).putAll(data);
            }
            return;
        }
        if (existing != null) {
            throw new IllegalArgumentException(file + ": ConfigMap " + name + " generated twice");
        }
        Map<String, Object> cm = new LinkedHashMap<>();
        cm.put("apiVersion", "v1");
        cm.put("kind", "ConfigMap");
        cm.put("metadata", new LinkedHashMap<>(Map.of("name", name)));
        cm.put("data", data);
        docs.add(cm);
    }

    /** Strategic merge as far as these manifests need it. */
    @SuppressWarnings("unchecked")
    static void merge(Map<String, Object> target, Map<String, Object> patch) {
        patch.forEach((key, value) -> {
            Object current = target.get(key);
            if (current instanceof Map && value instanceof Map) {
                merge((Map<String, Object>) current, (Map<String, Object>) value);
            } else if (current instanceof List && value instanceof List && named((List<Object>) current)
                    && named((List<Object>) value)) {
                List<Object> list = (List<Object>) current;
                for (Object item : (List<Object>) value) {
                    Map<String, Object> patchItem = (Map<String, Object>) item;
                    Map<String, Object> match = null;
                    for (Object candidate : list) {
                        if (Objects.equals(((Map<?, ?>) candidate).get("name"), patchItem.get("name"))) {
                            match = (Map<String, Object>) candidate;
                        }
                    }
                    if (match == null) {
                        list.add(Yaml.copy(patchItem));
                    } else {
                        merge(match, patchItem);
                    }
                }
            } else {
                target.put(key, Yaml.copy(value));
            }
        });
    }

    private static boolean named(List<Object> list) {
        return !list.isEmpty() && list.stream().allMatch(i -> i instanceof Map && ((Map<?, ?>) i).containsKey("name"));
    }

    private static void setImage(List<Map<String, Object>> docs, Map<String, Object> image) {
        String name = String.valueOf(image.get("name"));
        for (Map<String, Object> doc : docs) {
            for (String path : List.of("spec.template.spec.containers", "spec.template.spec.initContainers")) {
                for (Map<String, Object> container : Yaml.maps(Yaml.at(doc, path))) {
                    String current = String.valueOf(container.get("image"));
                    int colon = current.lastIndexOf(':');
                    String repo = colon > current.lastIndexOf('/') ? current.substring(0, colon) : current;
                    String tag = colon > current.lastIndexOf('/') ? current.substring(colon + 1) : null;
                    if (!repo.equals(name)) {
                        continue;
                    }
                    String newRepo = image.containsKey("newName") ? String.valueOf(image.get("newName")) : repo;
                    String newTag = image.containsKey("newTag") ? String.valueOf(image.get("newTag")) : tag;
                    container.put("image", newTag == null ? newRepo : newRepo + ":" + newTag);
                }
            }
        }
    }

    private static String run(List<String> command, Path dir) {
        try {
            Path out = Files.createTempFile("kustomize", ".out");
            try {
                Process p = new ProcessBuilder(command).redirectErrorStream(false)
                        .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    return null;
                }
                return p.exitValue() == 0 ? Files.readString(out, StandardCharsets.UTF_8) : null;
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
