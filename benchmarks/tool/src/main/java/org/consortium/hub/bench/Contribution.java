package org.consortium.hub.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The contribution API: {@code --requests} batches of {@code --batch} attendance envelopes
 * (default 1 000) posted by {@code --concurrency} clients as the realm user {@code contributor}
 * (member theatre-du-nord) to its dataset. Each must answer 202 with every record accepted.
 * Prints requests/s, records/s and the latency percentiles.
 */
final class Contribution {

    private Contribution() {
    }

    static int run(Bench.Options o) throws Exception {
        String hub = o.get("hub", "http://127.0.0.1:18080");
        String dataset = o.get("dataset", "theatre-du-nord-billetterie");
        String org = o.get("org", "theatre-du-nord");
        int requests = o.getInt("requests", 300);
        int batch = o.getInt("batch", 1000);
        int concurrency = o.getInt("concurrency", 4);
        int warmup = o.getInt("warmup", 5);
        String run = o.get("run-id", Long.toString(System.currentTimeMillis(), 36));
        Corpus corpus = o.corpus();
        Http.Token token = new Http.Token(o, o.get("user", "contributor"));
        token.get();
        Bench.log("contribution: %d warm-up + %d requests of %d records, %d clients, to %s", warmup, requests, batch,
                concurrency, hub);
        for (int i = 0; i < warmup; i++) {
            post(hub, dataset, body(corpus, org, dataset, run + "w", i, batch), token, run + "-w" + i);
        }
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            futures.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < requests) {
                    try {
                        String body = body(corpus, org, dataset, run, i, batch);
                        long t0 = System.nanoTime();
                        int status = post(hub, dataset, body, token, run + "-" + i);
                        latencies[i] = System.nanoTime() - t0;
                        if (status != 202) {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                        Bench.log("contribution: request %d failed: %s", i, e);
                    }
                    if ((i + 1) % 50 == 0) {
                        Bench.log("contribution: %d/%d requests [%s]", i + 1, requests, Bench.load());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        double[] p = Http.percentiles(latencies);
        Bench.result("contribution", "requests=%d batch=%d clients=%d failures=%d seconds=%.2f requests_per_s=%.1f "
                        + "records_per_s=%.0f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f", requests, batch,
                concurrency, failures.get(), seconds, requests / seconds, (double) requests * batch / seconds, p[0], p[1],
                p[2], p[3]);
        return failures.get() == 0 ? 0 : 1;
    }

    private static String body(Corpus corpus, String org, String dataset, String run, int request, int batch) {
        StringBuilder b = new StringBuilder(batch * 330).append('[');
        for (int i = 0; i < batch; i++) {
            Corpus.Line l = corpus.line((long) request * batch + i);
            if (i > 0) {
                b.append(',');
            }
            b.append(Corpus.attendanceEnvelope(l).replace(l.datasetId(), dataset).replace(Corpus.venueId(l.venue()), org)
                    .replace(l.recordId(), "c-" + run + "-" + request + "-" + i));
        }
        return b.append(']').toString();
    }

    private static int post(String hub, String dataset, String body, Http.Token token, String key) throws Exception {
        HttpResponse<String> r = Http.CLIENT.send(HttpRequest.newBuilder(
                                URI.create(hub + "/api/v1/datasets/" + dataset + "/contributions"))
                        .header("Authorization", "Bearer " + token.get()).header("Content-Type", "application/json")
                        .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 202 || !r.body().contains("\"rejected\":[]")) {
            Bench.log("contribution: answer %d: %s", r.statusCode(),
                    r.body().length() > 500 ? r.body().substring(0, 500) : r.body());
            return r.statusCode() == 202 ? -1 : r.statusCode();
        }
        return 202;
    }
}
