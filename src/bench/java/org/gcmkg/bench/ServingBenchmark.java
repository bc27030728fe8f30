package org.gcmkg.bench;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.gcmkg.deploy.Deployment;
import org.gcmkg.graph.Iris;
import org.gcmkg.pipeline.BuildConfig;
import org.gcmkg.query.LibraryQuery;
import org.gcmkg.serve.GcmServer;
import org.gcmkg.serve.ServerSettings;
import org.gcmkg.store.GraphStore;
import org.gcmkg.store.StoredDataset;

/**
 * The curated query mix under concurrent HTTP clients, against gcmkg's endpoint and against a plain Fuseki
 * serving the same dump from TDB2 (union default graph) on the same machine in the same run: first as novel
 * texts (every request a text no server has seen, see {@link NovelText}), then repeated (the same texts again
 * and again), then each query alone as a novel text. Before the load, every query's answer from both is
 * compared, as its own text and as a novel one.
 */
public final class ServingBenchmark {
    /**
     * One mix on both servers.
     *
     * @param gcmkg gcmkg's endpoint
     * @param plain plain Fuseki
     */
    public record Load(QueryLoad.Result gcmkg, QueryLoad.Result plain) {}

    /**
     * The comparison.
     *
     * @param novel      the mix with a distinct text each request
     * @param repeated   the mix with the same texts again and again
     * @param medians    each query's single-client median as a novel text
     * @param queries    queries in the mix
     * @param identical  queries whose answers were identical on both, as their text and as a novel one
     * @param mismatches names of the others
     * @param clients    concurrent clients
     */
    public record Result(
            Load novel,
            Load repeated,
            List<SingleClient.Median> medians,
            int queries,
            int identical,
            List<String> mismatches,
            int clients) {}

    private ServingBenchmark() {}

    public static Result run(
            BuildConfig config, List<LibraryQuery> mix, int clients, double seconds, Path work, Consumer<String> log)
            throws Exception {
        StoredDataset stored = new Deployment(work.resolve("served"), config, m -> {}).rebuild();
        DatasetGraph plainData =
                DatabaseMgr.connectDatasetGraph(work.resolve("plain").toString());
        DataLoader loader = LoaderFactory.createLoader(plainData, (fmt, args) -> {});
        loader.startBulk();
        loader.load(stored.dumps().resolve("gcmkg.trig").toString());
        loader.finishBulk();
        plainData.getContext().set(TDB2.symUnionDefaultGraph, true);
        FusekiServer plain = FusekiServer.create()
                .port(0)
                .add("/ds", plainData, false)
                .build()
                .start();
        ServerSettings settings = ServerSettings.defaults(config.reports(), Iris.DEFAULT_BASE)
                .withPort(0)
                .withQueryTimeout(Duration.ofSeconds(60));
        GcmServer gcmkg = GcmServer.start(stored, settings);
        try {
            String ours = gcmkg.endpointUrl();
            String theirs = "http://localhost:" + plain.getHttpPort() + "/ds/sparql";
            HttpClient http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<String> mismatches = new ArrayList<>();
            for (LibraryQuery q : mix) {
                String novel = NovelText.of(q.text(), -1);
                if (!ResultsCompare.equalsByTermAndOrder(answer(http, ours, q.text()), answer(http, theirs, q.text()))
                        || !ResultsCompare.equalsByTermAndOrder(
                                answer(http, ours, novel), answer(http, theirs, novel))) {
                    mismatches.add(q.name());
                }
            }
            log.accept("answers compared: " + (mix.size() - mismatches.size()) + " of " + mix.size() + " identical");
            Load novel = new Load(
                    loadNovel(http, ours, mix, clients, seconds, log, "gcmkg, novel"),
                    loadNovel(http, theirs, mix, clients, seconds, log, "plain Fuseki, novel"));
            Load repeated = new Load(
                    loadRepeated(http, ours, mix, clients, seconds, log, "gcmkg, repeated"),
                    loadRepeated(http, theirs, mix, clients, seconds, log, "plain Fuseki, repeated"));
            List<SingleClient.Median> medians = SingleClient.medians(http, ours, theirs, mix, 1L << 40);
            medians.forEach(m -> log.accept(
                    String.format("%s: %.1f ms, plain %.1f ms", m.query(), m.gcmkgMillis(), m.plainMillis())));
            return new Result(
                    novel, repeated, medians, mix.size(), mix.size() - mismatches.size(), mismatches, clients);
        } finally {
            gcmkg.close();
            plain.stop();
            GraphStore.release(stored);
        }
    }

    private static ResultSetRewindable answer(HttpClient http, String endpoint, String query) throws Exception {
        HttpResponse<byte[]> r = http.send(QueryLoad.post(endpoint, query), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(endpoint + " answered " + r.statusCode() + " to:\n" + query);
        }
        return ResultSetFactory.makeRewindable(ResultSetFactory.fromJSON(new ByteArrayInputStream(r.body())));
    }

    /** A warm-up of a quarter of the window is not counted. */
    private static QueryLoad.Result loadRepeated(
            HttpClient http,
            String endpoint,
            List<LibraryQuery> mix,
            int clients,
            double seconds,
            Consumer<String> log,
            String label)
            throws Exception {
        return logged(
                QueryLoad.run(
                        http,
                        mix.stream()
                                .map(q -> QueryLoad.post(endpoint, q.text()))
                                .toList(),
                        clients,
                        seconds / 4,
                        seconds),
                log,
                label);
    }

    private static QueryLoad.Result loadNovel(
            HttpClient http,
            String endpoint,
            List<LibraryQuery> mix,
            int clients,
            double seconds,
            Consumer<String> log,
            String label)
            throws Exception {
        List<LongFunction<HttpRequest>> makers = mix.stream()
                .<LongFunction<HttpRequest>>map(q -> n -> QueryLoad.post(endpoint, NovelText.of(q.text(), n)))
                .toList();
        return logged(QueryLoad.runMade(http, makers, clients, seconds / 4, seconds), log, label);
    }

    private static QueryLoad.Result logged(QueryLoad.Result r, Consumer<String> log, String label) {
        log.accept(String.format(
                "%s: %.1f queries/s, p50 %.1f ms, p99 %.1f ms, errors %d",
                label, r.throughput(), r.p50Millis(), r.p99Millis(), r.errors()));
        return r;
    }
}
