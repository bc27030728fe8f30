package org.gcmkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.gcmkg.bench.QueryLoad;
import org.gcmkg.deploy.Deployment;
import org.gcmkg.graph.Iris;
import org.gcmkg.pipeline.BuildConfig;
import org.gcmkg.query.QueryLibrary;
import org.gcmkg.serve.GcmServer;
import org.gcmkg.serve.ServerSettings;
import org.gcmkg.store.GraphStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sixty seconds of the curated query mix at 32 concurrent connections against the server on its TDB2 store:
 * no request fails, and the heap after a full collection at the end is not above what it was once warm.
 */
@Tag("measured")
@Tag("soak")
class LoadIT {
    static final int CLIENTS = 32;
    static final long SECONDS = 60;

    @TempDir
    Path tmp;

    static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Test
    void sixtySecondsAtThirtyTwoConnectionsWithoutAnErrorAndFlatMemory() throws Exception {
        BuildConfig config = BuildConfig.defaults(Path.of(""));
        var stored = new Deployment(tmp.resolve("store"), config, m -> {}).rebuild();
        GcmServer server = GcmServer.start(
                stored,
                ServerSettings.defaults(config.reports(), Iris.DEFAULT_BASE)
                        .withPort(0)
                        .withQueryTimeout(Duration.ofSeconds(30)));
        try {
            List<HttpRequest> mix = QueryLibrary.load(Path.of("queries")).stream()
                    .filter(q -> !q.isFederated())
                    .map(q -> QueryLoad.post(server.endpointUrl(), q.text()))
                    .toList();
            HttpClient http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            long start = System.nanoTime();
            CompletableFuture<QueryLoad.Result> load = CompletableFuture.supplyAsync(() -> {
                try {
                    return QueryLoad.run(http, mix, CLIENTS, 0, SECONDS);
                } catch (Exception e) {
                    throw new CompletionException(e);
                }
            });
            Thread.sleep(15_000);
            long warm = heapAfterGc();
            QueryLoad.Result result = load.get();
            long after = heapAfterGc();
            double seconds = (System.nanoTime() - start) / 1e9;
            Tally.record(String.format(
                    "load: %d requests in %.0f s at %d connections (%.0f/s), errors: %d; heap after GC "
                            + "once warm %d MiB, at the end %d MiB",
                    result.requests(),
                    seconds,
                    CLIENTS,
                    result.requests() / seconds,
                    result.errors(),
                    warm >> 20,
                    after >> 20));
            assertEquals(0, result.errors(), "errors under load");
            assertTrue(result.requests() > 1000, "requests: " + result.requests());
            assertTrue(
                    after <= warm + (64L << 20),
                    "memory stays flat: warm " + (warm >> 20) + " MiB, end " + (after >> 20) + " MiB");
        } finally {
            server.close();
            GraphStore.release(stored);
        }
    }
}
