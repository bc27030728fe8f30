package org.gcmkg.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * Concurrent HTTP clients asking a query mix again and again, each in its own shuffled order, for a fixed
 * time: the load of the serving benchmark and of the reliability suite. A mix is either the same requests
 * each time, or requests made afresh from a number that no other request of the run gets (a distinct text
 * each time, so that no cache answers).
 */
public final class QueryLoad {
    /**
     * What a server did under load.
     *
     * @param requests  requests answered in the measured window
     * @param errors    requests, warm-up included, that failed or did not answer 200
     * @param seconds   length of the measured window
     * @param p50Millis median latency
     * @param p99Millis 99th percentile latency
     */
    public record Result(long requests, long errors, double seconds, double p50Millis, double p99Millis) {
        public double throughput() {
            return requests / seconds;
        }
    }

    private QueryLoad() {}

    /** A query as a form POST asking for SPARQL JSON results. */
    public static HttpRequest post(String endpoint, String query) {
        return HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
    }

    /** Runs {@code clients} clients for a warm-up, not measured, then for {@code seconds}. */
    public static Result run(HttpClient http, List<HttpRequest> mix, int clients, double warmupSeconds, double seconds)
            throws Exception {
        return runMade(
                http,
                mix.stream().<LongFunction<HttpRequest>>map(r -> n -> r).toList(),
                clients,
                warmupSeconds,
                seconds);
    }

    /**
     * As {@link #run}, each request made by its maker from a number counted across all clients: a maker that
     * writes the number into the query asks a text no earlier request asked.
     */
    public static Result runMade(
            HttpClient http, List<LongFunction<HttpRequest>> mix, int clients, double warmupSeconds, double seconds)
            throws Exception {
        AtomicLong counter = new AtomicLong();
        long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
        long end = warmupEnd + (long) (seconds * 1e9);
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long seed = c;
            futures.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                List<LongFunction<HttpRequest>> order = new ArrayList<>(mix);
                Random random = new Random(seed);
                while (System.nanoTime() < end) {
                    Collections.shuffle(order, random);
                    for (LongFunction<HttpRequest> maker : order) {
                        HttpRequest r = maker.apply(counter.incrementAndGet());
                        long t0 = System.nanoTime();
                        if (t0 >= end) {
                            break;
                        }
                        boolean ok;
                        try {
                            ok = http.send(r, HttpResponse.BodyHandlers.discarding())
                                            .statusCode()
                                    == 200;
                        } catch (Exception e) {
                            ok = false;
                        }
                        long t1 = System.nanoTime();
                        if (!ok) {
                            errors.incrementAndGet();
                        }
                        if (t0 >= warmupEnd && t1 <= end) {
                            latencies.add(t1 - t0);
                        }
                    }
                }
                return latencies;
            }));
        }
        List<Long> all = new ArrayList<>();
        try {
            for (Future<List<Long>> f : futures) {
                all.addAll(f.get());
            }
        } finally {
            pool.shutdown();
        }
        Collections.sort(all);
        return new Result(all.size(), errors.get(), seconds, percentile(all, 0.50), percentile(all, 0.99));
    }

    static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }
}
