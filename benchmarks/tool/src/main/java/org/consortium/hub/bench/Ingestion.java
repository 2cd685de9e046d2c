package org.consortium.hub.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The ingestion benchmark's three measurements on the same rows: the hub (produce contract
 * envelopes, wait until every record is stored with its rollups), the limit (COPY into an
 * equivalent table) and the peer (produce the same rows as Connect JSON, wait until the
 * Debezium JDBC sink has written them all).
 */
final class Ingestion {

    private Ingestion() {
    }

    static KafkaProducer<String, String> producer(Bench.Options o) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, o.bootstrap());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "10");
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        // Survive a broker restart (fault injection): keep retrying for up to 10 minutes.
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "600000");
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "600000");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(p);
    }

    /** Produces every performance of the corpus and waits until the hub stored them (not timed). */
    static int performances(Bench.Options o) throws Exception {
        Corpus corpus = o.corpus();
        String topic = o.get("topic", "bench.records.performance");
        AtomicReference<Exception> failure = new AtomicReference<>();
        try (KafkaProducer<String, String> producer = producer(o)) {
            for (int v = 0; v < corpus.venues; v++) {
                for (int p = 0; p < corpus.performancesPerVenue; p++) {
                    producer.send(new ProducerRecord<>(topic, Corpus.datasetId(v), corpus.performanceEnvelope(v, p)),
                            (m, e) -> {
                                if (e != null) {
                                    failure.set(e);
                                }
                            });
                }
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        long expected = corpus.performanceCount();
        Bench.log("performances: %d produced to %s; waiting for the hub to store them", expected, topic);
        try (Connection c = Setup.connect(o)) {
            long deadline = System.currentTimeMillis() + o.getLong("timeout-seconds", 3600) * 1000;
            while (true) {
                long stored = Setup.count(c, "select count(*) from performance_fact where dataset_id like 'bench-v%'");
                if (stored >= expected) {
                    Bench.log("performances: %d stored", stored);
                    return 0;
                }
                if (System.currentTimeMillis() > deadline) {
                    Bench.log("performances: only %d of %d stored before the timeout", stored, expected);
                    return 1;
                }
                Thread.sleep(1000);
            }
        }
    }

    /**
     * The hub: produce lines [from, from+lines) as contract envelopes, and wait until the hub's
     * consumer_offset rows (written in the same transaction as the facts and rollups) cover
     * every produced offset. Records/s = lines / (last stored - first produce).
     */
    static int ingest(Bench.Options o) throws Exception {
        Corpus corpus = o.corpus();
        long lines = o.getLong("lines", 1_000_000);
        String topic = o.get("topic", "bench.records.attendance");
        String group = o.get("group", "hub-bench");
        Reconnecting db = new Reconnecting(o);
        try {
            LongSupplier stored = () -> db.storedOffsets(group, topic);
            long before = Math.max(0, stored.getAsLong());
            return measure("hub", lines, o, stored, before,
                    (producer, n) -> new ProducerRecord<>(topic, corpus.line(n).datasetId(),
                            Corpus.attendanceEnvelope(corpus.line(n))));
        } finally {
            db.close();
        }
    }

    /** A connection that is opened again after the database went away (fault injection). */
    static final class Reconnecting {
        private final Bench.Options o;
        private Connection c;

        Reconnecting(Bench.Options o) {
            this.o = o;
        }

        long storedOffsets(String group, String topic) {
            try {
                if (c == null) {
                    c = Setup.connect(o);
                }
                long v = Ingestion.storedOffsets(c, group, topic);
                if (v < 0) {
                    close();
                }
                return v;
            } catch (SQLException e) {
                close();
                return -1;
            }
        }

        void close() {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (SQLException ignored) {
                // already gone
            }
            c = null;
        }
    }

    /** The peer: the same lines as Connect JSON records; stored = rows in bench_peer_attendance. */
    static int peer(Bench.Options o) throws Exception {
        Corpus corpus = o.corpus();
        long lines = o.getLong("lines", 1_000_000);
        String topic = o.get("topic", "bench.peer.attendance");
        try (Connection c = Setup.connect(o)) {
            LongSupplier stored = () -> {
                try {
                    return Setup.count(c, "select count(*) from bench_peer_attendance");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            };
            return measure("peer", lines, o, stored, stored.getAsLong(),
                    (producer, n) -> new ProducerRecord<>(topic, corpus.line(n).datasetId(),
                            Corpus.connectRecord(corpus.line(n))));
        }
    }

    interface RecordFactory {
        ProducerRecord<String, String> record(KafkaProducer<String, String> producer, long n);
    }

    private static int measure(String name, long lines, Bench.Options o, LongSupplier stored, long before,
                               RecordFactory factory) throws Exception {
        long from = o.getLong("from", 0);
        long timeoutMillis = o.getLong("timeout-seconds", 7200) * 1000;
        // Optional pacing (records/s), so that production is still going on when a fault is injected.
        long rate = o.getLong("produce-rate", 0);
        AtomicReference<Exception> failure = new AtomicReference<>();
        AtomicLong acked = new AtomicLong();
        Bench.log("%s: producing %,d attendance lines (from #%d), then waiting until all are stored", name, lines, from);
        long start = System.nanoTime();
        Thread producing = new Thread(() -> {
            try (KafkaProducer<String, String> producer = producer(o)) {
                long began = System.nanoTime();
                for (long n = from; n < from + lines; n++) {
                    if (rate > 0 && (n - from) % 100 == 0) {
                        long due = began + (n - from) * 1_000_000_000L / rate;
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                        }
                    }
                    producer.send(factory.record(producer, n), (m, e) -> {
                        if (e != null) {
                            failure.compareAndSet(null, e);
                        } else {
                            acked.incrementAndGet();
                        }
                    });
                }
                producer.flush();
            } catch (Exception e) {
                failure.compareAndSet(null, e);
            }
        }, "producer");
        producing.start();
        long producedAt = 0;
        long lastPrint = 0;
        long done = 0;
        while (true) {
            long now0 = stored.getAsLong();
            if (now0 >= 0) {
                done = now0 - before; // -1: the database is away; keep the last figure
            }
            long now = System.nanoTime();
            if (producedAt == 0 && !producing.isAlive()) {
                producedAt = now;
            }
            if (failure.get() != null) {
                Bench.log("%s: producing failed: %s", name, failure.get());
                return 1;
            }
            if (done >= lines) {
                break;
            }
            if (now - lastPrint > 5_000_000_000L) {
                double s = (now - start) / 1e9;
                Bench.log("%s: %.0f s, produced %,d, stored %,d (%.0f records/s so far) [%s]", name, s, acked.get(), done,
                        done / s, Bench.load());
                lastPrint = now;
            }
            if ((now - start) / 1_000_000 > timeoutMillis) {
                Bench.log("%s: TIMEOUT with %,d of %,d stored", name, done, lines);
                return 1;
            }
            Thread.sleep(200);
        }
        long end = System.nanoTime();
        producing.join();
        if (producedAt == 0) {
            producedAt = System.nanoTime();
        }
        double seconds = (end - start) / 1e9;
        Bench.result(name, "records=%d seconds=%.2f records_per_s=%.0f produce_seconds=%.2f", lines, seconds,
                lines / seconds, (producedAt - start) / 1e9);
        return 0;
    }

    static long storedOffsets(Connection c, String group, String topic) {
        try (PreparedStatement ps = c.prepareStatement(
                "select coalesce(sum(next_offset), 0) from consumer_offset where group_id = ? and topic = ?")) {
            ps.setString(1, group);
            ps.setString(2, topic);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            // The database may be away during fault injection: report no progress, not a crash.
            return -1;
        }
    }

    /** The limit: COPY (text format) of the same rows into a table like attendance_fact, one transaction. */
    static int copy(Bench.Options o) throws Exception {
        Corpus corpus = o.corpus();
        long lines = o.getLong("lines", 1_000_000);
        String table = o.get("table", "bench_copy_attendance");
        try (Connection c = Setup.connect(o)) {
            c.setAutoCommit(false);
            Bench.log("copy: %,d rows into %s", lines, table);
            long start = System.nanoTime();
            CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " (dataset_id, record_id, "
                    + "performance_record_id, tariff_category, buyer_department, age_band, tickets, revenue_cents, "
                    + "first_time_buyers, rolled) from stdin");
            StringBuilder chunk = new StringBuilder(1 << 20);
            long lastPrint = start;
            for (long n = 0; n < lines; n++) {
                Corpus.copyRow(corpus.line(n), chunk);
                if (chunk.length() > (1 << 20) - 512) {
                    byte[] b = chunk.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(b, 0, b.length);
                    chunk.setLength(0);
                }
                if (System.nanoTime() - lastPrint > 5_000_000_000L) {
                    lastPrint = System.nanoTime();
                    Bench.log("copy: %,d rows sent [%s]", n, Bench.load());
                }
            }
            byte[] b = chunk.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(b, 0, b.length);
            long rows = copy.endCopy();
            c.commit();
            double seconds = (System.nanoTime() - start) / 1e9;
            Bench.result("copy", "records=%d seconds=%.2f records_per_s=%.0f", rows, seconds, rows / seconds);
        }
        return 0;
    }
}
