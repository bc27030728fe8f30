package org.gcmkg.serve;

import static org.gcmkg.serve.EndpointCasesIT.JSON;
import static org.gcmkg.serve.EndpointCasesIT.assertRefused;
import static org.gcmkg.serve.EndpointCasesIT.get;
import static org.gcmkg.serve.EndpointCasesIT.send;
import static org.gcmkg.serve.EndpointCasesIT.unique;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.gcmkg.TestBuild;
import org.gcmkg.graph.Iris;
import org.gcmkg.pipeline.BuildConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cases of issue 13 that wait for the query timeout, against a real cached endpoint: the query is stopped,
 * answered with a 503 that names the timeout, not cached, and the process is idle again soon after. They measure
 * the CPU the whole process uses, so they run in the measured round, with no other class beside them.
 */
@Tag("measured")
class EndpointTimeoutsIT {
    /** The endpoint's query timeout: short, since each case waits for it; long enough for a first row. */
    static final Duration SHORT_TIMEOUT = Duration.ofMillis(500);
    /** How long after a timeout's 503 the server may go on working before it must be idle. */
    static final Duration GRACE = Duration.ofSeconds(1);

    static GcmServer quick;

    @BeforeAll
    static void start() throws Exception {
        BuildConfig config = BuildConfig.defaults(Path.of(""));
        ServerSettings settings = ServerSettings.defaults(config.reports(), Iris.DEFAULT_BASE)
                .withPort(0)
                .withQueryTimeout(SHORT_TIMEOUT)
                .withServiceAllowList(List.of())
                .withLimits(1_000_000, EndpointCasesIT.TRIPLES, EndpointCasesIT.ROWS);
        quick = GcmServer.start(TestBuild.store(), settings);
    }

    @AfterAll
    static void stop() {
        quick.close();
    }

    /** Case 3: a query cut by the timeout after its first row is a 503 in every format, and is not cached. */
    @ParameterizedTest(name = "timeout as {0}")
    @ValueSource(strings = {JSON, "application/sparql-results+xml", "text/csv", "text/tab-separated-values"})
    void aTimeoutAfterTheFirstRowIsA503AndNotCached(String accept) throws Exception {
        String q = unique("SELECT ?x WHERE { { BIND(1 AS ?x) } UNION { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i "
                + "FILTER(STR(?i) = \"no such value\") } }");
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> r = send(get(quick, q, "", accept));
            assertRefused(503, "timed out", r);
        }
        assertIdleSoon();
    }

    /** The CPU time all threads of this process have used, in milliseconds. */
    static long threadCpuMillis() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return LongStream.of(threads.getAllThreadIds())
                        .map(threads::getThreadCpuTime)
                        .filter(t -> t > 0)
                        .sum()
                / 1_000_000;
    }

    /**
     * Within {@link #GRACE} of a timeout the server is idle again: no thread keeps working on the stopped query.
     * Idle is a second in which all threads of this process use less than 300 ms of CPU (a query still running
     * keeps a core busy, 1,000 ms a second); that second must start at most {@link #GRACE} after now. The
     * threads' CPU time is read every 100 ms, so a server idle at once is seen idle a second from now.
     */
    static void assertIdleSoon() throws InterruptedException {
        long start = System.nanoTime();
        List<long[]> marks = new ArrayList<>();
        marks.add(new long[] {start, threadCpuMillis()});
        long busiest = 0;
        while (true) {
            Thread.sleep(100);
            long now = System.nanoTime();
            marks.add(new long[] {now, threadCpuMillis()});
            // the window is the last second
            while (marks.size() > 1 && now - marks.get(1)[0] >= 1_000_000_000L) {
                marks.remove(0);
            }
            long[] first = marks.get(0);
            if (now - first[0] >= 1_000_000_000L) {
                long busy = marks.get(marks.size() - 1)[1] - first[1];
                if (busy < 300) {
                    return;
                }
                busiest = Math.max(busiest, busy);
                assertTrue(
                        first[0] - start < GRACE.toNanos(),
                        "threads used " + busiest + " ms of CPU in each second starting within " + GRACE.toMillis()
                                + " ms of the timeout");
            }
        }
    }

    /** Case 6 (the path half is in {@link EndpointCasesIT}): a runaway regex stops at the timeout. */
    @Test
    void runawayRegexesStopAtTheTimeout() throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> regex =
                send(get(quick, unique("ASK { FILTER regex(\"" + "a".repeat(40) + "\", \"(.*a){25}b\") }"), "", JSON));
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertRefused(503, "timed out", regex);
        assertTrue(millis < SHORT_TIMEOUT.toMillis() + 3_000, millis + " ms");
        assertIdleSoon();
    }
}
