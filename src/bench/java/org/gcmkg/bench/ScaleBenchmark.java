package org.gcmkg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.gcmkg.deploy.Deployment;
import org.gcmkg.pipeline.AtomicDirectory;
import org.gcmkg.pipeline.BuildConfig;
import org.gcmkg.query.LibraryQuery;
import org.gcmkg.store.GraphStore;
import org.gcmkg.store.StoredDataset;

/**
 * Builds synthetic corpora of 1, 10, 100... report-sized reports with the real pipeline into TDB2, and runs
 * the curated queries on each: build time, triples per second, peak heap, and query latency as size grows.
 */
public final class ScaleBenchmark {
    /**
     * One size.
     *
     * @param reports      reports in the corpus
     * @param triples      distinct triples of the union graph
     * @param buildMillis  time to build, validate and load into TDB2
     * @param peakHeapMiB  largest heap in use after a garbage collection during the build ({@link HeapAfterGc})
     * @param queryMedianMillis median latency of the curated queries (one run each, after one warm-up run)
     * @param queryMaxMillis    slowest curated query
     * @param slowest      name of the slowest query
     */
    public record Row(
            int reports,
            long triples,
            double buildMillis,
            long peakHeapMiB,
            double queryMedianMillis,
            double queryMaxMillis,
            String slowest) {
        public double triplesPerSecond() {
            return triples / (buildMillis / 1000);
        }
    }

    private ScaleBenchmark() {}

    public static List<Row> run(
            BuildConfig config,
            Path report,
            List<Integer> sizes,
            List<LibraryQuery> queries,
            Path work,
            Consumer<String> log)
            throws Exception {
        List<Row> rows = new ArrayList<>();
        // every size runs to the end, whatever the heap: a size that does not fit fails the benchmark
        for (int n : sizes) {
            List<Path> files = SyntheticCorpus.write(report, n, work.resolve("corpus-" + n));
            Path dir = work.resolve("store-" + n);
            StoredDataset stored;
            double buildMs;
            long peak;
            try (HeapAfterGc heap = HeapAfterGc.start()) {
                long t0 = System.nanoTime();
                stored = new Deployment(dir, config.withReports(files), m -> {}).rebuild();
                buildMs = (System.nanoTime() - t0) / 1e6;
                peak = heap.stop();
                log.accept("scale " + n + " reports: " + heap.collections() + " collections during the build");
            }
            List<Double> latencies = new ArrayList<>();
            double max = 0;
            String slowest = "";
            for (int pass = 0; pass < 2; pass++) {
                for (LibraryQuery q : queries) {
                    long q0 = System.nanoTime();
                    Txn.executeRead(stored.dataset(), () -> {
                        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(stored.dataset()))
                                .query(q.text())
                                .set(TDB2.symUnionDefaultGraph, true)
                                .build()) {
                            qe.execSelect().forEachRemaining(r -> {});
                        }
                    });
                    double ms = (System.nanoTime() - q0) / 1e6;
                    if (pass == 1) {
                        latencies.add(ms);
                        if (ms > max) {
                            max = ms;
                            slowest = q.name();
                        }
                    }
                }
            }
            Row row = new Row(n, stored.triples(), buildMs, peak, BuildBenchmark.median(latencies), max, slowest);
            log.accept(String.format(
                    "scale %d reports: %d triples, build %.1f s, peak heap %d MiB, query median %.1f ms",
                    n, row.triples(), buildMs / 1000, peak, row.queryMedianMillis()));
            rows.add(row);
            GraphStore.release(stored);
            AtomicDirectory.deleteTree(dir);
            AtomicDirectory.deleteTree(work.resolve("corpus-" + n));
        }
        return rows;
    }
}
