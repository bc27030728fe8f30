package org.gcmkg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * A database being loaded in a {@code building-*} folder of the store, beside the live one. {@link #install}
 * loads a finished build into it and makes it live; {@link #close} discards it if that did not happen, so a
 * failed load leaves the store as it was.
 */
public final class NewDatabase implements AutoCloseable {
    private final GraphStore store;
    private final Path building;
    private final SecondThread<DatasetGraph> opening;
    private boolean installed;

    private NewDatabase(GraphStore store, Path building, SecondThread<DatasetGraph> opening) {
        this.store = store;
        this.building = building;
        this.opening = opening;
    }

    static NewDatabase begin(GraphStore store, Path building) {
        // Creating a TDB2 database waits on the disk; it is done while the caller builds the graph.
        return new NewDatabase(
                store,
                building,
                SecondThread.start(
                        "gcmkg-create-database",
                        () -> DatabaseMgr.connectDatasetGraph(
                                building.resolve("tdb2").toString())));
    }

    /** The folder it is loaded in. */
    public Path folder() {
        return building;
    }

    /**
     * Loads the build into TDB2, indexes its text, writes its dumps and the optimizer's statistics, then makes
     * the database live; returns it opened.
     */
    public StoredDataset install(FinishedBuild built, Consumer<String> log) throws IOException {
        long start = System.nanoTime();
        StoreLoad contents = StoreLoad.of(built);
        long triples = contents.servedTriples();
        Files.createDirectories(building.resolve(GraphStore.DUMPS));
        DatasetGraph tdb = opening.join();
        try (Directory text = FSDirectory.open(building.resolve("text"))) {
            TextIndex index = TextIndexing.index(text);
            try {
                contents.run(tdb, index, building.resolve(GraphStore.DUMPS));
            } finally {
                index.close();
            }
        }
        OptimizerStatistics.write(tdb);
        TdbAccess.expel(tdb);
        log.accept("loaded " + triples + " triples into TDB2, indexed their text and wrote the dumps in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
        // Written last: a folder without it is an unfinished load.
        Files.writeString(building.resolve(GraphStore.FINGERPRINT), built.fingerprint() + "\n", StandardCharsets.UTF_8);
        Path live = store.makeLive(building, built.fingerprint());
        installed = true;
        log.accept("database " + live.getFileName() + " is live");
        return GraphStore.connect(live, triples);
    }

    /** Discards the database unless it was made live. */
    @Override
    public void close() throws IOException {
        if (installed) {
            return;
        }
        DatasetGraph partial = opening.joinQuietly();
        if (partial != null) {
            // Releasing a database twice is harmless: TDB2 forgets it by location.
            TdbAccess.expel(partial);
        }
        Folders.deleteTree(building);
    }
}
