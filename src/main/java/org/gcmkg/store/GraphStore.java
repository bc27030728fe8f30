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
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.gcmkg.pipeline.AtomicDirectory;
import org.gcmkg.pipeline.BuildConfig;
import org.gcmkg.pipeline.BuildException;
import org.gcmkg.pipeline.BuildPipeline;
import org.gcmkg.pipeline.BuildResult;
import org.gcmkg.graph.Iris;
import org.gcmkg.graph.Publication;
import org.gcmkg.vocab.GCM;

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
        String fingerprint = Fingerprint.of(config);
        BuildResult built = new BuildPipeline(config).buildInMemory();
        // An in-memory TDB2 database, so that the default graph is the union of the named graphs here too.
        DatasetGraph dataset = TextIndexing.wrap(DatabaseMgr.createDatasetGraph(), new ByteBuffersDirectory());
        long triples = load(dataset, built, config, fingerprint);
        Path dumps = Files.createTempDirectory("gcmkg-dumps-");
        Publication.write(built.dataset(), BuildPipeline.union(built.dataset()), dumps);
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
        return Optional.of(connect(dir));
    }

    /** Whether a stored dataset was built from exactly this configuration. */
    public static boolean isCurrent(StoredDataset stored, BuildConfig config) throws IOException {
        return stored.fingerprint().equals(Fingerprint.of(config));
    }

    /** The live database when it is current for {@code config}; otherwise a rebuilt one. */
    public StoredDataset openCurrentOrRebuild(BuildConfig config, Consumer<String> log) throws BuildException, IOException {
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
        try {
            BuildResult built = new BuildPipeline(config).buildInMemory();
            DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(building.resolve("tdb2").toString());
            try (Directory text = FSDirectory.open(building.resolve("text"))) {
                DatasetGraph indexed = TextIndexing.wrap(tdb, text);
                long triples = load(indexed, built, config, fingerprint);
                log.accept("loaded " + triples + " triples into TDB2 at " + building.getFileName());
                indexed.close();
            } finally {
                TDBInternal.expel(tdb);
            }
            Files.createDirectories(building.resolve(DUMPS));
            Publication.write(built.dataset(), BuildPipeline.union(built.dataset()), building.resolve(DUMPS));
            // Written last: a folder without it is an unfinished build.
            Files.writeString(building.resolve(FINGERPRINT), fingerprint + "\n", StandardCharsets.UTF_8);
            Path target = root.resolve("db-" + fingerprint.substring(0, 16));
            Optional<String> previous = liveName();
            if (previous.isPresent() && previous.get().equals(target.getFileName().toString())) {
                target = root.resolve(target.getFileName() + "-" + building.getFileName().toString().substring(9));
            }
            AtomicDirectory.deleteTree(target);
            move(building, target);
            Path pointer = root.resolve(LIVE + ".next");
            Files.writeString(pointer, target.getFileName() + "\n", StandardCharsets.UTF_8);
            move(pointer, root.resolve(LIVE));
            log.accept("database " + target.getFileName() + " is live");
            return connect(target);
        } catch (BuildException | IOException | RuntimeException e) {
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
            TDBInternal.expel(TDBInternal.getDatabaseContainer(baseOf(stored.dataset())), true);
        }
    }

    private static DatasetGraph baseOf(DatasetGraph dataset) {
        DatasetGraph d = dataset;
        while (d instanceof org.apache.jena.sparql.core.DatasetGraphWrapper w && !TDBInternal.isTDB2(d)) {
            d = w.getWrapped();
        }
        return d;
    }

    private Optional<String> liveName() throws IOException {
        Path live = root.resolve(LIVE);
        return Files.isRegularFile(live) ? Optional.of(Files.readString(live, StandardCharsets.UTF_8).strip())
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

    private static StoredDataset connect(Path dir) throws IOException {
        String fingerprint = Files.readString(dir.resolve(FINGERPRINT), StandardCharsets.UTF_8).strip();
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(dir.resolve("tdb2").toString());
        DatasetGraph indexed = TextIndexing.wrap(tdb, FSDirectory.open(dir.resolve("text")));
        DatasetGraph served = unionDefault(indexed);
        long triples = unionSize(served);
        return new StoredDataset(served, fingerprint, Optional.of(dir), triples, dir.resolve(DUMPS));
    }

    private static DatasetGraph unionDefault(DatasetGraph dataset) {
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dataset;
    }

    /** How many distinct triples the union of the named graphs holds. */
    private static long unionSize(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> org.apache.jena.atlas.iterator.Iter.count(dataset.getUnionGraph().find()));
    }

    /** Loads the built graphs and the ontology, each into its named graph, in one write transaction. */
    private static long load(DatasetGraph target, BuildResult built, BuildConfig config, String fingerprint) {
        DatasetGraph source = built.dataset();
        Node ontologyGraph = NodeFactory.createURI(GCM.ONTOLOGY_IRI);
        Txn.executeWrite(target, () -> {
            source.find().forEachRemaining(target::add);
            RDFDataMgr.read(target.getGraph(ontologyGraph), config.ontologyDir().resolve("gcmkg.ttl").toString());
            source.prefixes().forEach(target.prefixes()::add);
        });
        long triples = unionSize(target);
        Iris iris = new Iris(config.base());
        org.apache.jena.rdf.model.Model description = Txn.calculateRead(target,
                () -> DatasetDescription.describe(target, iris, fingerprint.substring(0, 16), triples));
        Txn.executeWrite(target, () -> description.getGraph().find()
                .forEachRemaining(t -> target.add(NodeFactory.createURI(iris.descriptionGraph()), t.getSubject(),
                        t.getPredicate(), t.getObject())));
        return triples;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
