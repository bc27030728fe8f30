package org.gcmkg.bench;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.gcmkg.query.LibraryQuery;

/**
 * Each curated query asked by one client alone, as a novel text each time, of gcmkg and of plain Fuseki in
 * turn: the time a researcher waits for a question of their own, which no cache answers.
 */
public final class SingleClient {
    /** Unmeasured requests per query and server before the measured ones. */
    static final int WARM_UP = 2;
    /** Measured requests per query and server. */
    static final int MEASURED = 7;

    /**
     * One query's median latency on each side.
     *
     * @param query       the query's name
     * @param gcmkgMillis gcmkg's median
     * @param plainMillis plain Fuseki's median
     */
    public record Median(String query, double gcmkgMillis, double plainMillis) {}

    private SingleClient() {}

    /** Medians of every query of the mix, asked alternately of both endpoints, each request a distinct text. */
    public static List<Median> medians(
            HttpClient http, String gcmkg, String plain, List<LibraryQuery> mix, long firstNonce) throws Exception {
        long nonce = firstNonce;
        List<Median> medians = new ArrayList<>();
        for (LibraryQuery q : mix) {
            List<Long> ours = new ArrayList<>();
            List<Long> theirs = new ArrayList<>();
            for (int i = 0; i < WARM_UP + MEASURED; i++) {
                long a = time(http, gcmkg, NovelText.of(q.text(), nonce++));
                long b = time(http, plain, NovelText.of(q.text(), nonce++));
                if (i >= WARM_UP) {
                    ours.add(a);
                    theirs.add(b);
                }
            }
            medians.add(new Median(q.name(), median(ours), median(theirs)));
        }
        return medians;
    }

    private static long time(HttpClient http, String endpoint, String query) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<Void> r = http.send(QueryLoad.post(endpoint, query), HttpResponse.BodyHandlers.discarding());
        long t1 = System.nanoTime();
        if (r.statusCode() != 200) {
            throw new IllegalStateException(endpoint + " answered " + r.statusCode() + " to:\n" + query);
        }
        return t1 - t0;
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return QueryLoad.percentile(sorted, 0.5);
    }
}
