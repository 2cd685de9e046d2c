package org.consortium.hub.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hub's configuration as the production build sees it: every unprefixed key of
 * application.properties, overridden by its {@code %production.} form. Keys of other
 * profiles ({@code %test}, {@code %it}) are ignored.
 */
final class HubConfig {

    static final String PROFILE = "production";
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^:}]+)(?::([^}]*))?}");

    private final Map<String, String> properties;

    private HubConfig(Map<String, String> properties) {
        this.properties = properties;
    }

    static HubConfig load(Path file) {
        Properties raw = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            raw.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> plain = new TreeMap<>();
        Map<String, String> profiled = new TreeMap<>();
        for (String key : raw.stringPropertyNames()) {
            String value = raw.getProperty(key);
            if (!key.startsWith("%")) {
                plain.put(key, value);
                continue;
            }
            int dot = key.indexOf('.');
            for (String profile : key.substring(1, dot).split(",")) {
                if (profile.trim().equals(PROFILE)) {
                    profiled.put(key.substring(dot + 1), value);
                }
            }
        }
        plain.putAll(profiled);
        return new HubConfig(plain);
    }

    Map<String, String> properties() {
        return properties;
    }

    /** Every HUB_* environment variable that a production setting reads, with its default (or null). */
    Map<String, String> environmentVariables() {
        Map<String, String> out = new TreeMap<>();
        for (String value : properties.values()) {
            Matcher m = EXPRESSION.matcher(value);
            while (m.find()) {
                if (m.group(1).startsWith("HUB_")) {
                    out.put(m.group(1), m.group(2));
                }
            }
        }
        return out;
    }

    /** hub.topics.* keys (performance, attendance, ...) with their raw values. */
    Map<String, String> topicKeys() {
        Map<String, String> out = new TreeMap<>();
        properties.forEach((key, value) -> {
            if (key.startsWith("hub.topics.")) {
                out.put(key, value);
            }
        });
        return out;
    }

    /** A property value with its ${...} expressions resolved against env, then other properties, then defaults. */
    String resolve(String value, Map<String, String> env) {
        Matcher m = EXPRESSION.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (env.containsKey(name)) {
                replacement = env.get(name);
            } else if (properties.containsKey(name)) {
                replacement = resolve(properties.get(name), env);
            } else if (m.group(2) != null) {
                replacement = resolve(m.group(2), env);
            } else {
                throw new IllegalStateException("Unresolvable ${" + name + "} in " + value);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Topic name of every hub.topics.* key, given the environment the hub gets. */
    Map<String, String> topics(Map<String, String> env) {
        Map<String, String> out = new LinkedHashMap<>();
        topicKeys().forEach((key, value) -> out.put(key, resolve(value, env)));
        return out;
    }

    /** Topics the hub consumes (mp.messaging.incoming.*.topic[s]) given the environment. */
    List<String> consumedTopics(Map<String, String> env) {
        TreeSet<String> out = new TreeSet<>();
        properties.forEach((key, value) -> {
            if (key.matches("mp\\.messaging\\.incoming\\.[^.]+\\.topics?")) {
                for (String topic : resolve(value, env).split(",")) {
                    if (!topic.isBlank()) {
                        out.add(topic.trim());
                    }
                }
            }
        });
        return new ArrayList<>(out);
    }
}
