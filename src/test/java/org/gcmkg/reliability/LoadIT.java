package org.gcmkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
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
import org.gcmkg.graph.Iris;
import org.gcmkg.pipeline.BuildConfig;
import org.gcmkg.query.QueryLibrary;
import org.gcmkg.serve.GcmServer;
import org.gcmkg.serve.ServerSettings;
import org.gcmkg.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sixty seconds of the curated query mix at 32 concurrent connections against the server on its TDB2 store:
 * no request fails, and the heap after a full collection at the end is not above what it was once warm.
 */
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
        var stored = new GraphStore(tmp.resolve("store")).rebuild(config, m -> { });
        GcmServer server = GcmServer.start(stored, ServerSettings.defaults(config.reports(), Iris.DEFAULT_BASE).withPort(0)
                .withQueryTimeout(Duration.ofSeconds(30)));
        try {
            List<HttpRequest> mix = QueryLibrary.load(Path.of("queries")).stream().filter(q -> !q.isFederated())
                    .map(q -> HttpRequest.newBuilder(URI.create(server.endpointUrl())).timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Accept", "application/sparql-results+json")
                            .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(q.text(), StandardCharsets.UTF_8)))
                            .build()).toList();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            AtomicLong requests = new AtomicLong();
            AtomicLong errors = new AtomicLong();
            List<Long> heap = Collections.synchronizedList(new ArrayList<>());
            long start = System.nanoTime();
            long end = start + SECONDS * 1_000_000_000L;
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                long seed = c;
                clients.add(pool.submit(() -> {
                    Random random = new Random(seed);
                    while (System.nanoTime() < end) {
                        HttpRequest r = mix.get(random.nextInt(mix.size()));
                        try {
                            HttpResponse<Void> response = http.send(r, HttpResponse.BodyHandlers.discarding());
                            if (response.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        requests.incrementAndGet();
                    }
                    return null;
                }));
            }
            Thread.sleep(15_000);
            long warm = heapAfterGc();
            for (Future<?> f : clients) {
                f.get();
            }
            pool.shutdown();
            long after = heapAfterGc();
            double seconds = (System.nanoTime() - start) / 1e9;
            Tally.record(String.format("load: %d requests in %.0f s at %d connections (%.0f/s), errors: %d; heap after GC "
                    + "once warm %d MiB, at the end %d MiB", requests.get(), seconds, CLIENTS, requests.get() / seconds,
                    errors.get(), warm >> 20, after >> 20));
            assertEquals(0, errors.get(), "errors under load");
            assertTrue(requests.get() > 1000, "requests: " + requests.get());
            assertTrue(after <= warm + (64L << 20), "memory stays flat: warm " + (warm >> 20) + " MiB, end " + (after >> 20) + " MiB");
        } finally {
            server.close();
            GraphStore.release(stored);
        }
    }
}
