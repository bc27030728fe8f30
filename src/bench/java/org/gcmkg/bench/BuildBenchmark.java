package org.gcmkg.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.gcmkg.deploy.Deployment;
import org.gcmkg.pipeline.AtomicDirectory;
import org.gcmkg.pipeline.BuildConfig;
import org.gcmkg.store.GraphStore;
import org.gcmkg.store.StoredDataset;
import org.gcmkg.store.TdbAccess;

/**
 * The build (report → extracted, validated graph → TDB2 with its text index and dumps) against plain Jena
 * parsing and loading the build's own output (the TriG dump, with RIOT and the TDB2 loader) into a fresh
 * TDB2 database, in the same JVM, each repeated after warm-up.
 */
public final class BuildBenchmark {
    /**
     * Median times.
     *
     * @param buildMillis median of the gcmkg builds
     * @param plainMillis median of the plain parse-and-load runs
     * @param quads       quads loaded by the plain loader
     * @param runs        runs of each measured
     * @param builds      every measured build, in order
     * @param plains      every measured plain load, in order
     */
    public record Result(
            double buildMillis, double plainMillis, long quads, int runs, List<Double> builds, List<Double> plains) {
        public double ratio() {
            return buildMillis / plainMillis;
        }
    }

    /**
     * Unmeasured runs of each first. The build runs far more code than the plain loader, and the JIT
     * compiler is still compiling it, on the same two cores, during the first few runs.
     */
    public static final int WARM_UP_RUNS = 3;

    private BuildBenchmark() {}

    public static Result run(BuildConfig config, Path work, int runs, Consumer<String> log) throws Exception {
        List<Double> build = new ArrayList<>();
        List<Double> plain = new ArrayList<>();
        long quads = 0;
        for (int i = -WARM_UP_RUNS; i < runs; i++) {
            Path dir = Files.createDirectories(work.resolve("build-" + (i + WARM_UP_RUNS)));
            long t0 = System.nanoTime();
            StoredDataset stored = new Deployment(dir, config, m -> {}).rebuild();
            double buildMs = (System.nanoTime() - t0) / 1e6;
            Path trig = stored.dumps().resolve("gcmkg.trig");
            GraphStore.release(stored);
            Path plainDir = work.resolve("plain-" + (i + WARM_UP_RUNS));
            long t1 = System.nanoTime();
            DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(plainDir.toString());
            DataLoader loader = LoaderFactory.createLoader(tdb, (fmt, args) -> {});
            loader.startBulk();
            loader.load(trig.toString());
            loader.finishBulk();
            double plainMs = (System.nanoTime() - t1) / 1e6;
            quads = Txn.calculateRead(tdb, () -> tdb.stream().count());
            TdbAccess.expel(tdb);
            if (i >= 0) {
                build.add(buildMs);
                plain.add(plainMs);
                log.accept(String.format("build run %d: gcmkg %.0f ms, plain Jena %.0f ms", i + 1, buildMs, plainMs));
            }
            AtomicDirectory.deleteTree(dir);
            AtomicDirectory.deleteTree(plainDir);
        }
        return new Result(median(build), median(plain), quads, runs, List.copyOf(build), List.copyOf(plain));
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
