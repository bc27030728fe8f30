package org.gcmkg.bench;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.gcmkg.graph.Iris;
import org.gcmkg.pipeline.BuildConfig;
import org.gcmkg.query.LibraryQuery;
import org.gcmkg.serve.GcmServer;
import org.gcmkg.serve.ServerSettings;
import org.gcmkg.store.GraphStore;
import org.gcmkg.store.StoredDataset;

/**
 * The curated query mix under concurrent HTTP clients, against gcmkg's endpoint and against a plain Fuseki
 * serving the same dump from TDB2 (union default graph) on the same machine in the same run. Before the
 * load, every query's answer from both is compared.
 */
public final class ServingBenchmark {
    /**
     * What one server did under load.
     *
     * @param requests  requests answered in the measured window
     * @param errors    requests that failed or did not answer 200
     * @param seconds   length of the measured window
     * @param p50Millis median latency
     * @param p99Millis 99th percentile latency
     */
    public record Load(long requests, long errors, double seconds, double p50Millis, double p99Millis) {
        public double throughput() {
            return requests / seconds;
        }
    }

    /**
     * The comparison.
     *
     * @param gcmkg      gcmkg's endpoint
     * @param plain      plain Fuseki
     * @param queries    queries in the mix
     * @param identical  queries whose answers were identical on both
     * @param mismatches names of the others
     * @param clients    concurrent clients
     */
    public record Result(Load gcmkg, Load plain, int queries, int identical, List<String> mismatches, int clients) {}

    private ServingBenchmark() {}

    public static Result run(BuildConfig config, List<LibraryQuery> mix, int clients, double seconds, Path work,
            Consumer<String> log) throws Exception {
        StoredDataset stored = new GraphStore(work.resolve("served")).rebuild(config, m -> { });
        DatasetGraph plainData = DatabaseMgr.connectDatasetGraph(work.resolve("plain").toString());
        DataLoader loader = LoaderFactory.createLoader(plainData, (fmt, args) -> { });
        loader.startBulk();
        loader.load(stored.dumps().resolve("gcmkg.trig").toString());
        loader.finishBulk();
        plainData.getContext().set(TDB2.symUnionDefaultGraph, true);
        FusekiServer plain = FusekiServer.create().port(0).add("/ds", plainData, false).build().start();
        ServerSettings settings = ServerSettings.defaults(config.reports(), Iris.DEFAULT_BASE).withPort(0)
                .withQueryTimeout(Duration.ofSeconds(60));
        GcmServer gcmkg = GcmServer.start(stored, settings);
        try {
            String ours = gcmkg.endpointUrl();
            String theirs = "http://localhost:" + plain.getHttpPort() + "/ds/sparql";
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<String> mismatches = new ArrayList<>();
            for (LibraryQuery q : mix) {
                ResultSetRewindable a = answer(http, ours, q.text());
                ResultSetRewindable b = answer(http, theirs, q.text());
                if (!ResultSetCompare.equalsByTermAndOrder(a, b)) {
                    mismatches.add(q.name());
                }
            }
            log.accept("answers compared: " + (mix.size() - mismatches.size()) + " of " + mix.size() + " identical");
            Load plainLoad = load(http, theirs, mix, clients, seconds);
            log.accept(String.format("plain Fuseki: %.1f queries/s, p50 %.1f ms, p99 %.1f ms, errors %d",
                    plainLoad.throughput(), plainLoad.p50Millis(), plainLoad.p99Millis(), plainLoad.errors()));
            Load ourLoad = load(http, ours, mix, clients, seconds);
            log.accept(String.format("gcmkg: %.1f queries/s, p50 %.1f ms, p99 %.1f ms, errors %d",
                    ourLoad.throughput(), ourLoad.p50Millis(), ourLoad.p99Millis(), ourLoad.errors()));
            return new Result(ourLoad, plainLoad, mix.size(), mix.size() - mismatches.size(), mismatches, clients);
        } finally {
            gcmkg.close();
            plain.stop();
            GraphStore.release(stored);
        }
    }

    private static HttpRequest request(String endpoint, String query) {
        return HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
    }

    private static ResultSetRewindable answer(HttpClient http, String endpoint, String query) throws Exception {
        HttpResponse<byte[]> r = http.send(request(endpoint, query), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(endpoint + " answered " + r.statusCode() + " to:\n" + query);
        }
        return ResultSetFactory.makeRewindable(ResultSetFactory.fromJSON(new ByteArrayInputStream(r.body())));
    }

    /** Each client asks the mix in its own shuffled order, again and again; a warm-up of a quarter of the window is not counted. */
    private static Load load(HttpClient http, String endpoint, List<LibraryQuery> mix, int clients, double seconds)
            throws Exception {
        List<HttpRequest> requests = mix.stream().map(q -> request(endpoint, q.text())).toList();
        long warmupEnd = System.nanoTime() + (long) (seconds / 4 * 1e9);
        long end = warmupEnd + (long) (seconds * 1e9);
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long seed = c;
            futures.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                List<HttpRequest> order = new ArrayList<>(requests);
                Random random = new Random(seed);
                while (System.nanoTime() < end) {
                    Collections.shuffle(order, random);
                    for (HttpRequest r : order) {
                        long t0 = System.nanoTime();
                        if (t0 >= end) {
                            break;
                        }
                        boolean ok;
                        try {
                            ok = http.send(r, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                        } catch (Exception e) {
                            ok = false;
                        }
                        long t1 = System.nanoTime();
                        if (t0 >= warmupEnd && t1 <= end) {
                            latencies.add(t1 - t0);
                            if (!ok) {
                                errors.incrementAndGet();
                            }
                        }
                    }
                }
                return latencies;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : futures) {
            all.addAll(f.get());
        }
        pool.shutdown();
        Collections.sort(all);
        return new Load(all.size(), errors.get(), seconds, percentile(all, 0.50), percentile(all, 0.99));
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }
}
