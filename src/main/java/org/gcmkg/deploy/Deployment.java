package org.gcmkg.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.gcmkg.graph.Publication;
import org.gcmkg.pipeline.BuildConfig;
import org.gcmkg.pipeline.BuildException;
import org.gcmkg.pipeline.BuildPipeline;
import org.gcmkg.pipeline.BuildResult;
import org.gcmkg.pipeline.Fingerprint;
import org.gcmkg.pipeline.PublishedBuild;
import org.gcmkg.store.FinishedBuild;
import org.gcmkg.store.GraphStore;
import org.gcmkg.store.LiveDataset;
import org.gcmkg.store.NewDatabase;
import org.gcmkg.store.StoredDataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deploying builds into a store folder, the one place that both builds ({@code pipeline}) and stores
 * ({@code store}): open the live database or rebuild it, rebuild in the background while the previous database
 * serves, and swap the new one in, on disk ({@link GraphStore}'s {@code LIVE} file) and in the server (its
 * {@link LiveDataset}). A rebuild starts by removing what a killed one left behind, and a failed one leaves
 * the live database as it was.
 */
public final class Deployment {
    private static final Logger LOG = LoggerFactory.getLogger(Deployment.class);

    /** The folder, in a database being loaded, that the build publishes into. */
    private static final String PUBLISHED = "published";

    private final GraphStore store;
    private final BuildConfig config;
    private final Consumer<String> log;
    private LiveDataset live;
    private boolean stale;

    /** Deploys builds of {@code config} into the store folder {@code storeDir}, saying what it does to {@code log}. */
    public Deployment(Path storeDir, BuildConfig config, Consumer<String> log) {
        this.store = new GraphStore(storeDir);
        this.config = config;
        this.log = log;
    }

    /** The store it deploys into. */
    public GraphStore store() {
        return store;
    }

    /** Builds the configured reports into an in-memory, text-indexed dataset (nothing written to disk). */
    public static StoredDataset inMemory(BuildConfig config) throws BuildException, IOException {
        return inMemory(config, new BuildPipeline(config).buildInMemory());
    }

    /** Loads a build of {@code config}, made before, into an in-memory, text-indexed dataset. */
    public static StoredDataset inMemory(BuildConfig config, BuildResult built) throws IOException {
        return GraphStore.inMemory(finished(config, built));
    }

    /**
     * A build of {@code config}, made in memory, as the store loads it: its files published into a temporary folder
     * (removed when the JVM ends), its union's size, ontology, base IRI and fingerprint.
     */
    public static FinishedBuild finished(BuildConfig config, BuildResult built) throws IOException {
        Path files = Files.createTempDirectory("gcmkg-dumps-");
        files.toFile().deleteOnExit();
        Publication.write(built.dataset(), built.union(), files);
        for (String file : Publication.FILES) {
            files.resolve(file).toFile().deleteOnExit();
        }
        return finished(config, files, built.union().size(), Fingerprint.of(config));
    }

    private static FinishedBuild finished(BuildConfig config, Path files, long unionTriples, String fingerprint) {
        return new FinishedBuild(
                files, unionTriples, config.ontologyDir().resolve("gcmkg.ttl"), config.base(), fingerprint);
    }

    /** Whether a stored dataset was built from exactly this configuration. */
    public static boolean isCurrent(StoredDataset stored, BuildConfig config) throws IOException {
        return stored.fingerprint().equals(Fingerprint.of(config));
    }

    /**
     * The live database when it is current; otherwise one rebuilt now (for commands that read the store once).
     * The caller releases it ({@link GraphStore#release}).
     */
    public StoredDataset openCurrentOrRebuild() throws BuildException, IOException {
        clearUnfinished();
        Optional<StoredDataset> found = store.openLive();
        if (found.isPresent() && isCurrent(found.get(), config)) {
            return found.get();
        }
        found.ifPresent(GraphStore::release);
        return rebuild();
    }

    /**
     * What a server serves: the live database when it is current; when the inputs changed, the previous one
     * until {@link #rebuildInBackground} swaps a new one in; when there is none, one built now.
     */
    public LiveDataset openForServing() throws BuildException, IOException {
        clearUnfinished();
        Optional<StoredDataset> found = store.openLive();
        StoredDataset served;
        if (found.isPresent() && isCurrent(found.get(), config)) {
            log.accept("reusing the store " + found.get().directory().orElseThrow());
            served = found.get();
        } else if (found.isPresent()) {
            log.accept("the inputs changed; serving the previous database while a new one is built");
            served = found.get();
            stale = true;
        } else {
            served = rebuild();
            store.removeRetired();
        }
        live = new LiveDataset(served);
        return live;
    }

    /**
     * Starts the rebuild {@link #openForServing} found needed, on a daemon thread, and swaps its database in when
     * it is live; requests under way finish on the previous database, released once they have (after at most
     * {@code drain}). A failed rebuild is logged and the previous database goes on serving.
     */
    public Optional<Thread> rebuildInBackground(Duration drain) {
        if (!stale || live == null) {
            return Optional.empty();
        }
        stale = false;
        Thread rebuild = new Thread(
                () -> {
                    try {
                        swap(rebuild(), drain);
                    } catch (BuildException | IOException | RuntimeException e) {
                        log.accept("error: the rebuild failed, still serving the previous database: " + e.getMessage());
                    }
                },
                "gcmkg-rebuild");
        rebuild.setDaemon(true);
        rebuild.start();
        return Optional.of(rebuild);
    }

    /**
     * Builds the configured reports a report at a time ({@link BuildPipeline#run}), publishing the files into the
     * folder of a fresh database beside the live one, loads them into it and makes it live on disk. On any failure
     * the live database is left as it was and the partial one is removed.
     */
    public StoredDataset rebuild() throws BuildException, IOException {
        clearUnfinished();
        String fingerprint = Fingerprint.of(config);
        log.accept("building the graph (fingerprint " + fingerprint.substring(0, 16) + ")");
        // The empty database is created while the graph is built.
        try (NewDatabase database = store.begin()) {
            long start = System.nanoTime();
            Path files = database.folder().resolve(PUBLISHED);
            PublishedBuild built = new BuildPipeline(config.withOutDir(files)).run();
            log.accept("built and validated the graph in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            return database.install(finished(config, files, built.report().unionTriples(), fingerprint), log);
        }
    }

    /** Serves {@code fresh}, then releases the previous database and deletes its folder. */
    private void swap(StoredDataset fresh, Duration drain) throws IOException {
        StoredDataset previous = live.switchTo(fresh);
        LOG.info("now serving version {} ({} triples)", fresh.version(), fresh.triples());
        if (!live.awaitIdle(previous, drain)) {
            LOG.warn("requests still ran on version {} after {}; releasing it", previous.version(), drain);
        }
        GraphStore.release(previous);
        store.removeRetired();
    }

    /** Releases the database being served (at shutdown, after the server stopped). */
    public void close() {
        if (live != null) {
            GraphStore.release(live.current());
        }
    }

    private void clearUnfinished() throws IOException {
        int removed = store.clearUnfinished();
        if (removed > 0) {
            log.accept("removed " + removed + " unfinished database folder(s) a stopped build left behind");
        }
    }
}
