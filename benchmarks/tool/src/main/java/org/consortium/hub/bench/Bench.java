package org.consortium.hub.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/**
 * Entry point: {@code java -cp 'target/hub-bench-*.jar:target/libs/*' org.consortium.hub.bench.Bench COMMAND --opt=value...}.
 * The shell scripts in benchmarks/bin call it; see docs/benchmarks.md.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: Bench seed|reset|topics|delete-topics|performances|ingest|copy|peer|check|"
                    + "bulk-load|indicators|contribute [--option=value...]");
            System.exit(2);
        }
        Options o = Options.parse(args);
        int status = switch (args[0]) {
            case "seed" -> Setup.seed(o);
            case "reset" -> Setup.reset(o);
            case "topics" -> Topics.create(o);
            case "delete-topics" -> Topics.delete(o);
            case "performances" -> Ingestion.performances(o);
            case "ingest" -> Ingestion.ingest(o);
            case "copy" -> Ingestion.copy(o);
            case "peer" -> Ingestion.peer(o);
            case "check" -> Checks.check(o);
            case "bulk-load" -> Indicators.bulkLoad(o);
            case "indicators" -> Indicators.run(o);
            case "contribute" -> Contribution.run(o);
            default -> {
                System.err.println("unknown command " + args[0]);
                yield 2;
            }
        };
        System.exit(status);
    }

    /** {@code --name=value} options with defaults from the environment. */
    static final class Options {
        private final Map<String, String> values = new HashMap<>();

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 1; i < args.length; i++) {
                String a = args[i];
                if (!a.startsWith("--") || !a.contains("=")) {
                    throw new IllegalArgumentException("expected --name=value, got " + a);
                }
                o.values.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
            }
            return o;
        }

        String get(String name, String fallback) {
            return values.getOrDefault(name, fallback);
        }

        long getLong(String name, long fallback) {
            return Long.parseLong(get(name, Long.toString(fallback)).replace("_", ""));
        }

        int getInt(String name, int fallback) {
            return (int) getLong(name, fallback);
        }

        Corpus corpus() {
            return new Corpus(getLong("seed", 20260101L), getInt("venues", 300), getInt("performances-per-venue", 20));
        }

        String dbUrl() {
            return get("db-url", "jdbc:postgresql://127.0.0.1:5432/hub_bench");
        }

        String dbUser() {
            return get("db-user", "hub");
        }

        String dbPassword() {
            return get("db-password", "hub");
        }

        String bootstrap() {
            return get("bootstrap", "127.0.0.1:9092");
        }
    }

    // --- output ---------------------------------------------------------------------
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    static void log(String format, Object... args) {
        System.out.println("[" + LocalTime.now().format(CLOCK) + "] " + String.format(format, args));
        System.out.flush();
    }

    /** The machine load, printed with every figure ("load 1.23 0.98 0.75, 2 cpus"). */
    static String load() {
        try {
            String[] l = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return "load " + l[0] + " " + l[1] + " " + l[2] + ", " + Runtime.getRuntime().availableProcessors() + " cpus";
        } catch (IOException e) {
            return "load unknown";
        }
    }

    /** A result line that scripts grep: {@code RESULT key=value ...}. */
    static void result(String name, String format, Object... args) {
        System.out.println("RESULT " + name + " " + String.format(format, args) + " (" + load() + ")");
        System.out.flush();
    }
}
