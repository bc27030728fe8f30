package org.gcmkg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.gcmkg.graph.Publication;
import org.gcmkg.pipeline.AtomicDirectory;
import org.gcmkg.pipeline.BuildConfig;
import org.gcmkg.pipeline.BuildException;
import org.gcmkg.pipeline.BuildPipeline;
import org.gcmkg.pipeline.BuildResult;

/**
 * The TDB2 store the endpoint serves. A store folder holds one live database, named by the file
 * {@value #LIVE}; a rebuild loads a fresh database beside it and then replaces that file atomically, so a
 * crash or a kill at any moment leaves the previous database live and whole.
 *
 * <pre>
 * store/
 *   LIVE                 name of the live database folder
 *   db-{fingerprint16}/  tdb2/ (TDB2 database), text/ (Lucene index), FINGERPRINT
 *   building-…/          a rebuild in progress (removed at the next start if it was interrupted)
 * </pre>
 */
public final class GraphStore {
    /** The file naming the live database folder. */
    public static final String LIVE = "LIVE";

    private static final String FINGERPRINT = "FINGERPRINT";
    private static final String DUMPS = "dumps";

    private final Path root;

    public GraphStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The store folder. */
    public Path root() {
        return root;
    }

    /** Builds the configured reports into an in-memory, text-indexed dataset (nothing written to disk). */
    public static StoredDataset inMemory(BuildConfig config) throws BuildException, IOException {
        return inMemory(config, new BuildPipeline(config).buildInMemory());
    }

    /** Loads a build of {@code config}, made before, into an in-memory, text-indexed dataset. */
    public static StoredDataset inMemory(BuildConfig config, BuildResult built) throws IOException {
        String fingerprint = Fingerprint.of(config);
        // An in-memory TDB2 database, so that the default graph is the union of the named graphs here too.
        DatasetGraph tdb = DatabaseMgr.createDatasetGraph();
        TextIndex index = TextIndexing.index(new ByteBuffersDirectory());
        Path dumps = Files.createTempDirectory("gcmkg-dumps-");
        StoreLoad contents = StoreLoad.of(built, config, fingerprint);
        contents.run(tdb, index, dumps);
        long triples = contents.servedTriples();
        DatasetGraph dataset = TextIndexing.wrap(tdb, index);
        dumps.toFile().deleteOnExit();
        for (String file : Publication.FILES) {
            dumps.resolve(file).toFile().deleteOnExit();
        }
        return new StoredDataset(unionDefault(dataset), fingerprint, Optional.empty(), triples, dumps);
    }

    /** The live database, if there is one, whatever it was built from. */
    public Optional<StoredDataset> openLive() throws IOException {
        Path live = root.resolve(LIVE);
        if (!Files.isRegularFile(live)) {
            return Optional.empty();
        }
        Path dir = root.resolve(Files.readString(live, StandardCharsets.UTF_8).strip());
        if (!Files.isRegularFile(dir.resolve(FINGERPRINT))) {
            return Optional.empty();
        }
        return Optional.of(connect(dir, -1));
    }

    /** Whether a stored dataset was built from exactly this configuration. */
    public static boolean isCurrent(StoredDataset stored, BuildConfig config) throws IOException {
        return stored.fingerprint().equals(Fingerprint.of(config));
    }

    /** The live database when it is current for {@code config}; otherwise a rebuilt one. */
    public StoredDataset openCurrentOrRebuild(BuildConfig config, Consumer<String> log)
            throws BuildException, IOException {
        Optional<StoredDataset> live = openLive();
        if (live.isPresent() && isCurrent(live.get(), config)) {
            return live.get();
        }
        live.ifPresent(GraphStore::release);
        return rebuild(config, log);
    }

    /**
     * Builds the configured reports into a fresh database beside the live one, then makes it live. On any
     * failure the live database is left as it was and the partial one is removed.
     */
    public StoredDataset rebuild(BuildConfig config, Consumer<String> log) throws BuildException, IOException {
        Files.createDirectories(root);
        clearInterrupted();
        String fingerprint = Fingerprint.of(config);
        log.accept("building the graph (fingerprint " + fingerprint.substring(0, 16) + ")");
        Path building = Files.createTempDirectory(root, "building-");
        // Creating a TDB2 database waits on the disk; it is done while the graph is built.
        SecondThread<DatasetGraph> opening = SecondThread.start(
                "gcmkg-create-database",
                () -> DatabaseMgr.connectDatasetGraph(building.resolve("tdb2").toString()));
        try {
            long start = System.nanoTime();
            BuildResult built = new BuildPipeline(config).buildInMemory();
            log.accept("built and validated the graph in " + millisSince(start) + " ms");
            long loadStart = System.nanoTime();
            StoreLoad contents = StoreLoad.of(built, config, fingerprint);
            long triples = contents.servedTriples();
            Files.createDirectories(building.resolve(DUMPS));
            DatasetGraph tdb = opening.join();
            try (Directory text = FSDirectory.open(building.resolve("text"))) {
                TextIndex index = TextIndexing.index(text);
                try {
                    contents.run(tdb, index, building.resolve(DUMPS));
                } finally {
                    index.close();
                }
            }
            OptimizerStatistics.write(tdb);
            TdbAccess.expel(tdb);
            log.accept("loaded " + triples + " triples into TDB2, indexed their text and wrote the dumps in "
                    + millisSince(loadStart) + " ms");
            // Written last: a folder without it is an unfinished build.
            Files.writeString(building.resolve(FINGERPRINT), fingerprint + "\n", StandardCharsets.UTF_8);
            Path target = root.resolve("db-" + fingerprint.substring(0, 16));
            Optional<String> previous = liveName();
            if (previous.isPresent()
                    && previous.get().equals(target.getFileName().toString())) {
                target = root.resolve(target.getFileName() + "-"
                        + building.getFileName().toString().substring(9));
            }
            AtomicDirectory.deleteTree(target);
            move(building, target);
            Path pointer = root.resolve(LIVE + ".next");
            Files.writeString(pointer, target.getFileName() + "\n", StandardCharsets.UTF_8);
            move(pointer, root.resolve(LIVE));
            log.accept("database " + target.getFileName() + " is live");
            return connect(target, triples);
        } catch (BuildException | IOException | RuntimeException e) {
            DatasetGraph partial = opening.joinQuietly();
            if (partial != null) {
                // Releasing a database twice is harmless: TDB2 forgets it by location.
                TdbAccess.expel(partial);
            }
            AtomicDirectory.deleteTree(building);
            throw e;
        }
    }

    /** Deletes every database folder that is not live (call after the old one stopped serving). */
    public void removeRetired() throws IOException {
        Optional<String> live = liveName();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root, "db-*")) {
            for (Path dir : entries) {
                if (live.isEmpty() || !dir.getFileName().toString().equals(live.get())) {
                    AtomicDirectory.deleteTree(dir);
                }
            }
        }
    }

    /** Releases a database: closes its index and removes it from TDB2's cache of open databases. */
    public static void release(StoredDataset stored) {
        if (stored.directory().isPresent()) {
            stored.dataset().close();
            TdbAccess.release(stored.dataset());
        }
    }

    private Optional<String> liveName() throws IOException {
        Path live = root.resolve(LIVE);
        return Files.isRegularFile(live)
                ? Optional.of(Files.readString(live, StandardCharsets.UTF_8).strip())
                : Optional.empty();
    }

    private void clearInterrupted() throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root, "building-*")) {
            for (Path dir : entries) {
                AtomicDirectory.deleteTree(dir);
            }
        }
        Files.deleteIfExists(root.resolve(LIVE + ".next"));
    }

    /** Opens a database folder; {@code knownTriples} is its union size when just loaded, else negative. */
    private static StoredDataset connect(Path dir, long knownTriples) throws IOException {
        String fingerprint = Files.readString(dir.resolve(FINGERPRINT), StandardCharsets.UTF_8)
                .strip();
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(dir.resolve("tdb2").toString());
        DatasetGraph indexed = TextIndexing.wrap(tdb, TextIndexing.index(FSDirectory.open(dir.resolve("text"))));
        DatasetGraph served = unionDefault(indexed);
        long triples = knownTriples >= 0 ? knownTriples : unionSize(served);
        return new StoredDataset(served, fingerprint, Optional.of(dir), triples, dir.resolve(DUMPS));
    }

    private static DatasetGraph unionDefault(DatasetGraph dataset) {
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        ImmutableDataOptimizer.install(dataset.getContext());
        return dataset;
    }

    /** How many distinct triples the union of the named graphs holds. */
    private static long unionSize(DatasetGraph dataset) {
        return Txn.calculateRead(
                dataset, () -> Iter.count(dataset.getUnionGraph().find()));
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
