package org.gcmkg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.gcmkg.deploy.Deployment;
import org.gcmkg.pipeline.BuildConfig;
import org.gcmkg.pipeline.BuildException;
import org.gcmkg.pipeline.BuildPipeline;
import org.gcmkg.pipeline.BuildResult;
import org.gcmkg.store.FinishedBuild;
import org.gcmkg.store.GraphStore;
import org.gcmkg.store.StoredDataset;

/**
 * The real report, built once per test JVM and shared by every test that reads it: building it takes seconds,
 * and a test that built its own copy tested nothing more. What it hands out is read-only (the dataset and
 * the union graph refuse changes); a test that needs files of its own copies {@link #published()} into its own
 * temporary folder.
 */
public final class TestBuild {
    private static BuildResult built;
    private static Path published;
    private static FinishedBuild finished;
    private static StoredDataset loaded;

    private TestBuild() {}

    /** The default build configuration, relative to the project folder (the tests' working directory). */
    public static BuildConfig config() {
        return BuildConfig.defaults(Path.of(""));
    }

    /** The default report built and validated in memory, read-only. */
    public static synchronized BuildResult result() {
        if (built == null) {
            try {
                BuildResult fresh = new BuildPipeline(config()).buildInMemory();
                built = new BuildResult(
                        fresh.outDir(),
                        new DatasetGraphReadOnly(fresh.dataset()),
                        new GraphReadOnly(fresh.union()),
                        fresh.entries(),
                        fresh.report());
            } catch (BuildException e) {
                throw new IllegalStateException("the default report does not build: " + e.getMessage(), e);
            }
        }
        return built;
    }

    /**
     * The folder the shared build was published into (the files {@code gcmkg build} writes), removed when the
     * JVM ends. Read it, or copy it into a test's own folder; never write into it.
     */
    public static synchronized Path published() {
        if (published == null) {
            try {
                Path dir = Files.createTempDirectory("gcmkg-test-build-");
                Path out = dir.resolve("graph");
                new BuildPipeline(config().withOutDir(out)).publish(result());
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
                published = out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (BuildException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return published;
    }

    /**
     * The shared build loaded into an in-memory, text-indexed store, as {@code gcmkg serve} serves it. The data
     * is loaded once per JVM (writing the build's files and reading them back costs more than the build); each
     * call gives a view of its own with a context of its own, since a server keeps its timeout and SERVICE
     * allow list in the context of the dataset it serves. The view cannot be closed, and no test may change
     * its data: a test that does loads its own copy with {@code Deployment.inMemory(config(), result())}.
     */
    public static StoredDataset store() {
        StoredDataset shared = loaded();
        return new StoredDataset(
                new OwnContext(shared.dataset()),
                shared.fingerprint(),
                shared.directory(),
                shared.triples(),
                shared.dumps());
    }

    private static synchronized StoredDataset loaded() {
        if (loaded == null) {
            try {
                loaded = GraphStore.inMemory(finished());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return loaded;
    }

    /**
     * The shared build as a store loads it ({@code Deployment.finished}): its files written once per JVM into a
     * temporary folder, which a store copies from and never changes.
     */
    public static synchronized FinishedBuild finished() {
        if (finished == null) {
            try {
                finished = Deployment.finished(config(), result());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return finished;
    }

    /** The shared store's data with a context of its own (a copy of the store's), which cannot be closed. */
    private static final class OwnContext extends DatasetGraphWrapper {
        OwnContext(DatasetGraph shared) {
            super(shared, shared.getContext().copy());
        }

        @Override
        public void close() {
            // shared with the other tests of the JVM
        }
    }

    /** Copies the published files into {@code dir} (created if needed), for a test that changes or replaces them. */
    public static Path copyPublished(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(published())) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName().toString()));
            }
        }
        return dir;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
