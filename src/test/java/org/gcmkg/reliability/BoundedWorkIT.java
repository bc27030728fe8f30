package org.gcmkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.gcmkg.TestBuild;
import org.gcmkg.graph.Iris;
import org.gcmkg.pipeline.BuildConfig;
import org.gcmkg.serve.GcmServer;
import org.gcmkg.serve.ServerSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Work the endpoint does not let run on: the heap after a full collection stays flat under a minute of distinct
 * 200 KB queries (the result cache counts its keys), and after the runaway queries of issue 13 (a repetition of
 * paths inside a repetition, a catastrophic regular expression, a long single-level path over the whole graph)
 * the process is idle again within 5 seconds of the timeout. The server runs in this JVM, so the heap and the
 * CPU time measured are the server's (and this client's, which is small and steady).
 */
@Tag("measured")
class BoundedWorkIT {
    /** The server's query timeout: a setting of this test, short so that the queries that reach it end soon. */
    static final Duration TIMEOUT = Duration.ofSeconds(1);
    /**
     * The result cache's budget here: 8 MiB instead of the default 64, so that on a shared 2-core machine (a few
     * such queries a second) it is full within the first 10 s and the rest of the minute shows whether anything
     * grows beyond it.
     */
    static final long CACHE_BYTES = 8L << 20;
    /** A second of process CPU time below this is idle: a runaway query keeps a core busy (1,000 ms a second). */
    static final long IDLE_MILLIS_PER_SECOND = 200;

    static GcmServer server;
    static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() throws Exception {
        BuildConfig config = BuildConfig.defaults(Path.of(""));
        server = GcmServer.start(
                TestBuild.store(),
                ServerSettings.defaults(config.reports(), Iris.DEFAULT_BASE)
                        .withPort(0)
                        .withQueryTimeout(TIMEOUT)
                        .withServiceAllowList(List.of())
                        .withResultCache(CACHE_BYTES));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> post(String query) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(server.endpointUrl()))
                        .timeout(Duration.ofMinutes(2))
                        .header("Content-Type", "application/sparql-query")
                        .header("Accept", "application/sparql-results+json")
                        .POST(HttpRequest.BodyPublishers.ofString(query))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Heap in use after full collections, in MiB. */
    static long heapAfterCollection() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed() >> 20;
    }

    /**
     * A query of about 200 KB that no other client sends, with an answer of a few bytes: what the cache keeps of it
     * is mostly its key, which is what issue 13 found uncounted (the heap grew by each key).
     */
    static String distinctLargeQuery(Random random) {
        StringBuilder text = new StringBuilder(200_000);
        for (int i = 0; i < 200_000; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return "ASK { FILTER(STRLEN(\"" + text + "\") = 200000) }";
    }

    @Test
    @Tag("soak")
    void theHeapAfterCollectionStaysFlatUnderAMinuteOfDistinctLargeQueries() throws Exception {
        long before = heapAfterCollection();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger wrong = new AtomicInteger();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicBoolean paused = new AtomicBoolean();
        long start = System.nanoTime();
        long end = start + Duration.ofSeconds(60).toNanos();
        List<CompletableFuture<Void>> clients = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            Random random = new Random(13 + c);
            clients.add(CompletableFuture.runAsync(() -> {
                while (System.nanoTime() < end) {
                    if (paused.get()) {
                        Thread.onSpinWait();
                        continue;
                    }
                    inFlight.incrementAndGet();
                    try {
                        HttpResponse<String> r = post(distinctLargeQuery(random));
                        sent.incrementAndGet();
                        if (r.statusCode() != 200 || !r.body().contains("true")) {
                            wrong.incrementAndGet();
                        }
                    } catch (Exception e) {
                        wrong.incrementAndGet();
                    } finally {
                        inFlight.decrementAndGet();
                    }
                }
            }));
        }
        // every 10 s the clients pause, so that what is measured is what stays, not the requests under way
        List<Long> samples = new ArrayList<>();
        for (int second = 10; second < 60; second += 10) {
            Thread.sleep(Math.max(0, start + Duration.ofSeconds(second).toNanos() - System.nanoTime()) / 1_000_000);
            paused.set(true);
            while (inFlight.get() > 0) {
                Thread.sleep(10);
            }
            samples.add(heapAfterCollection());
            paused.set(false);
        }
        CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).join();
        long last = heapAfterCollection();
        samples.add(last);
        long warm = samples.get(0);
        Tally.record("heap under distinct 200 KB queries for 60 s (2 clients, cache of " + (CACHE_BYTES >> 20)
                + " MiB): " + sent.get() + " queries, "
                + wrong.get() + " not answered in full; heap after a full collection before " + before
                + " MiB, every 10 s "
                + samples + " MiB");
        assertEquals(0, wrong.get());
        assertTrue(sent.get() > 100, sent.get() + " queries");
        // the cache holds at most 8 MiB, keys included: it is full after the first 10 s, and nothing else grows
        // (with keys uncounted, each query kept its 200 KB: some 30 MiB more by the end)
        assertTrue(last - warm < 12, "heap grew from " + warm + " MiB after 10 s to " + last + " MiB at the end");
        assertTrue(last - before < 8 + 24, "heap grew from " + before + " MiB to " + last + " MiB");
    }

    /** Process CPU time in milliseconds (all threads, the collector's and the compiler's included). */
    static long cpuMillis() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
    }

    /** Milliseconds from now until the process spends a second below the idle level, looking for 10 s. */
    static long millisUntilIdle() throws InterruptedException {
        long start = System.nanoTime();
        List<long[]> marks = new ArrayList<>();
        marks.add(new long[] {start, cpuMillis()});
        while (System.nanoTime() - start < Duration.ofSeconds(10).toNanos()) {
            Thread.sleep(100);
            long now = System.nanoTime();
            marks.add(new long[] {now, cpuMillis()});
            // the window is the last second
            while (marks.size() > 1 && now - marks.get(1)[0] >= 1_000_000_000L) {
                marks.remove(0);
            }
            long[] first = marks.get(0);
            if (now - first[0] >= 1_000_000_000L
                    && marks.get(marks.size() - 1)[1] - first[1] < IDLE_MILLIS_PER_SECOND) {
                return (first[0] - start) / 1_000_000;
            }
        }
        return 1_000_000; // not idle in the 10 s watched
    }

    /**
     * The runaway queries of issue 13, then long single-level paths over the whole graph (stopped inside the path
     * engine, {@code WatchedPaths}): all idle within 5 s of the timeout, as issue 13's acceptance asks.
     */
    static final List<String> ISSUE_RUNAWAYS = List.of(
            "SELECT * { ?s ((<urn:p>|!<urn:p>)*/(<urn:p>|!<urn:p>)*)* ?o }",
            "ASK { FILTER regex(\"" + "a".repeat(40) + "\", \"(.*a){25}b\") }");

    static final List<String> LONG_PATHS = List.of(
            "SELECT (COUNT(*) AS ?n) { ?s (<urn:p>|!<urn:p>)* ?o }",
            "SELECT (COUNT(*) AS ?n) { ?s (<urn:p>|!<urn:p>)+ ?m . ?m (<urn:p>|!<urn:p>)+ ?o }");

    @Test
    void afterRunawayQueriesTheProcessIsIdleWithinFiveSecondsOfTheTimeout() throws Exception {
        List<String> report = new ArrayList<>();
        List<String> queries = new ArrayList<>(ISSUE_RUNAWAYS);
        queries.addAll(LONG_PATHS);
        for (String query : queries) {
            long t0 = System.nanoTime();
            // two at once: the number that filled this 2-core host before
            CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> send(query));
            CompletableFuture<HttpResponse<String>> second = CompletableFuture.supplyAsync(() -> send(query));
            for (HttpResponse<String> r : List.of(first.join(), second.join())) {
                int status = r.statusCode();
                assertTrue(status == 400 || status == 503 || status == 200, status + " " + r.body());
                assertTrue(status != 503 || r.body().contains("timed out"), r.body());
            }
            long answered = (System.nanoTime() - t0) / 1_000_000;
            long idle = answered + millisUntilIdle();
            long afterTimeout = Math.max(0, idle - TIMEOUT.toMillis());
            String shown = query.length() > 70 ? query.substring(0, 70) + "…" : query;
            report.add(shown + " -> " + first.join().statusCode() + "/"
                    + second.join().statusCode() + " in " + answered + " ms, idle from " + idle + " ms (" + afterTimeout
                    + " ms after the timeout)");
            assertTrue(afterTimeout <= 5_000, shown + ": idle only " + afterTimeout + " ms after the timeout");
        }
        Tally.record(
                "runaway queries (two at once, timeout " + TIMEOUT.toMillis() + " ms): " + String.join("; ", report));
    }

    static HttpResponse<String> send(String query) {
        try {
            return post(query);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
