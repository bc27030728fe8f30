package org.gcmkg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;

/**
 * The TDB2 store the endpoint serves: it loads finished builds ({@link FinishedBuild}) and opens the live one;
 * it does not build. A store folder holds one live database, named by the file {@value #LIVE}; a new database
 * is loaded beside it ({@link NewDatabase}) and then replaces that file atomically, so a crash or a kill at any
 * moment leaves the previous database live and whole.
 *
 * <pre>
 * store/
 *   LIVE                 name of the live database folder
 *   db-{fingerprint16}/  tdb2/ (TDB2 database), text/ (Lucene index), dumps/, FINGERPRINT
 *   building-…/          a database being loaded ({@link #clearUnfinished} removes it if its load was killed)
 * </pre>
 */
public final class GraphStore {
    /** The file naming the live database folder. */
    public static final String LIVE = "LIVE";

    static final String FINGERPRINT = "FINGERPRINT";
    /** The number of distinct triples in the union of the named graphs, written when the database is loaded. */
    static final String TRIPLES = "TRIPLES";

    static final String DUMPS = "dumps";
    static final String BUILDING = "building-";

    private final Path root;

    public GraphStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The store folder. */
    public Path root() {
        return root;
    }

    /**
     * Loads a finished build into an in-memory, text-indexed dataset (nothing written to the store); its dumps are
     * the build's files, where they are.
     */
    public static StoredDataset inMemory(FinishedBuild built) throws IOException {
        // An in-memory TDB2 database, so that the default graph is the union of the named graphs here too.
        DatasetGraph tdb = DatabaseMgr.createDatasetGraph();
        TextIndex index = TextIndexing.index(new ByteBuffersDirectory());
        StoreLoad contents = StoreLoad.of(built);
        contents.run(tdb, index);
        long triples = contents.servedTriples();
        DatasetGraph dataset = TextIndexing.wrap(tdb, index);
        return new StoredDataset(unionDefault(dataset), built.fingerprint(), Optional.empty(), triples, built.files());
    }

    /** The live database, if there is one, whatever it was built from. */
    public Optional<StoredDataset> openLive() throws IOException {
        Optional<String> live = liveName();
        if (live.isEmpty()) {
            return Optional.empty();
        }
        Path dir = root.resolve(live.get());
        if (!Files.isRegularFile(dir.resolve(FINGERPRINT))) {
            return Optional.empty();
        }
        return Optional.of(connect(dir, storedTriples(dir)));
    }

    /**
     * The union's size written when the database was loaded, so that opening a large store does not count it
     * again; negative (count it) for a database loaded before the count was written, or a file that does not read.
     */
    private static long storedTriples(Path dir) throws IOException {
        Path file = dir.resolve(TRIPLES);
        if (!Files.isRegularFile(file)) {
            return -1;
        }
        try {
            return Long.parseLong(Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Removes what a killed load left behind: every {@code building-*} folder that no running process holds
     * open, and a half-written pointer to the live database. Returns how many folders were removed.
     */
    public int clearUnfinished() throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root, BUILDING + "*")) {
            for (Path dir : entries) {
                if (!Folders.lockedByARunningProcess(dir.resolve("tdb2").resolve("tdb.lock"))) {
                    Folders.deleteTree(dir);
                    removed++;
                }
            }
        }
        Files.deleteIfExists(root.resolve(LIVE + ".next"));
        return removed;
    }

    /**
     * Starts a new database beside the live one: its folder, and the empty TDB2 database opening on a second
     * thread while the caller prepares what to load. Close it to discard it unless it was made live.
     */
    public NewDatabase begin() throws IOException {
        Files.createDirectories(root);
        return NewDatabase.begin(this, Files.createTempDirectory(root, BUILDING));
    }

    /** Deletes every database folder that is not live (call after the old one stopped serving). */
    public void removeRetired() throws IOException {
        Optional<String> live = liveName();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root, "db-*")) {
            for (Path dir : entries) {
                if (live.isEmpty() || !dir.getFileName().toString().equals(live.get())) {
                    Folders.deleteTree(dir);
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

    /**
     * Moves a loaded database folder (its {@value #FINGERPRINT} written) to its final name and makes it live by
     * replacing {@value #LIVE} atomically; returns the final folder.
     */
    Path makeLive(Path loaded, String fingerprint) throws IOException {
        Path target = root.resolve("db-" + fingerprint.substring(0, 16));
        Optional<String> previous = liveName();
        if (previous.isPresent() && previous.get().equals(target.getFileName().toString())) {
            target = root.resolve(
                    target.getFileName() + "-" + loaded.getFileName().toString().substring(BUILDING.length()));
        }
        Folders.deleteTree(target);
        Folders.move(loaded, target);
        Path pointer = root.resolve(LIVE + ".next");
        Files.writeString(pointer, target.getFileName() + "\n", StandardCharsets.UTF_8);
        Folders.move(pointer, root.resolve(LIVE));
        return target;
    }

    private Optional<String> liveName() throws IOException {
        Path live = root.resolve(LIVE);
        return Files.isRegularFile(live)
                ? Optional.of(Files.readString(live, StandardCharsets.UTF_8).strip())
                : Optional.empty();
    }

    /** Opens a database folder; {@code knownTriples} is its union size when just loaded, else negative. */
    static StoredDataset connect(Path dir, long knownTriples) throws IOException {
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
}
