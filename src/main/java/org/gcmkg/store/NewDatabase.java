package org.gcmkg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.gcmkg.graph.Publication;

/**
 * A database being loaded in a {@code building-*} folder of the store, beside the live one. A build may be
 * published into a folder inside it ({@link #folder}); {@link #install} loads a finished build into it and makes it
 * live; {@link #close} discards it if that did not happen, so a
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
     * Moves the build's published files into the database's dumps (copies them when they are not in its folder),
     * loads the build from them into TDB2, indexes its text and writes the optimizer's statistics, then makes the
     * database live; returns it opened.
     */
    public StoredDataset install(FinishedBuild built, Consumer<String> log) throws IOException {
        long start = System.nanoTime();
        Path dumps = Files.createDirectories(building.resolve(GraphStore.DUMPS));
        placeFiles(built.files(), dumps);
        StoreLoad contents = StoreLoad.of(built.movedTo(dumps));
        DatasetGraph tdb = opening.join();
        try (Directory text = FSDirectory.open(building.resolve("text"))) {
            TextIndex index = TextIndexing.index(text);
            try {
                contents.run(tdb, index);
            } finally {
                index.close();
            }
        }
        long triples = contents.servedTriples();
        OptimizerStatistics.write(tdb);
        TdbAccess.expel(tdb);
        log.accept("loaded " + triples + " triples into TDB2 and indexed their text in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
        Files.writeString(building.resolve(GraphStore.TRIPLES), triples + "\n", StandardCharsets.UTF_8);
        // Written last: a folder without it is an unfinished load.
        Files.writeString(building.resolve(GraphStore.FINGERPRINT), built.fingerprint() + "\n", StandardCharsets.UTF_8);
        Path live = store.makeLive(building, built.fingerprint());
        installed = true;
        log.accept("database " + live.getFileName() + " is live");
        return GraphStore.connect(live, triples);
    }

    /**
     * Puts the published files of {@code files} into {@code dumps}: moved when the build was made in this
     * database's folder (which then loses what else the build wrote there), copied from anywhere else.
     */
    private void placeFiles(Path files, Path dumps) throws IOException {
        Path from = files.toAbsolutePath().normalize();
        boolean ours = from.startsWith(building.toAbsolutePath().normalize());
        for (String file : Publication.FILES) {
            if (ours) {
                Folders.move(from.resolve(file), dumps.resolve(file));
            } else {
                Files.copy(from.resolve(file), dumps.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (ours) {
            Folders.deleteTree(from);
        }
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
