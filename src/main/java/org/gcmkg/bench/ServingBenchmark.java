package org.gcmkg.bench;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
     * The comparison.
     *
     * @param gcmkg      gcmkg's endpoint
     * @param plain      plain Fuseki
     * @param queries    queries in the mix
     * @param identical  queries whose answers were identical on both
     * @param mismatches names of the others
     * @param clients    concurrent clients
     */
    public record Result(QueryLoad.Result gcmkg, QueryLoad.Result plain, int queries, int identical, List<String> mismatches, int clients) {}

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
            QueryLoad.Result plainLoad = load(http, theirs, mix, clients, seconds);
            log.accept(String.format("plain Fuseki: %.1f queries/s, p50 %.1f ms, p99 %.1f ms, errors %d",
                    plainLoad.throughput(), plainLoad.p50Millis(), plainLoad.p99Millis(), plainLoad.errors()));
            QueryLoad.Result ourLoad = load(http, ours, mix, clients, seconds);
            log.accept(String.format("gcmkg: %.1f queries/s, p50 %.1f ms, p99 %.1f ms, errors %d",
                    ourLoad.throughput(), ourLoad.p50Millis(), ourLoad.p99Millis(), ourLoad.errors()));
            return new Result(ourLoad, plainLoad, mix.size(), mix.size() - mismatches.size(), mismatches, clients);
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
    private static QueryLoad.Result load(HttpClient http, String endpoint, List<LibraryQuery> mix, int clients,
            double seconds) throws Exception {
        return QueryLoad.run(http, mix.stream().map(q -> QueryLoad.post(endpoint, q.text())).toList(), clients,
                seconds / 4, seconds);
    }
}
