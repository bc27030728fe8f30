package org.gcmkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.apache.jena.tdb2.solver.stats.StatsResults;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.gcmkg.SortedQuads;
import org.gcmkg.TestBuild;
import org.gcmkg.deploy.Deployment;
import org.gcmkg.graph.Iris;
import org.gcmkg.pipeline.BuildConfig;
import org.gcmkg.pipeline.BuildResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's own load (node ids first, then each index built bottom up from its sorted quads) on a real TDB2
 * database on disk,
 * reopened: it holds exactly the build's quads, every index holds all of them, and lookups through each
 * index give what the database loaded through the switch's fallback, TDB2's public loader, gives.
 */
class StoreLoadTest {
    @TempDir
    static Path tmp;

    static StoreLoad contents;
    static DatasetGraph loaded;
    static DatasetGraph byJenaLoader;

    @BeforeAll
    static void load() throws Exception {
        BuildConfig config = TestBuild.config();
        BuildResult built = TestBuild.result();
        FinishedBuild finished = Deployment.finished(config, built);
        // a thousand quads at a time, so that the report's quads are sorted in many chunks and merged from many runs
        contents = StoreLoad.of(finished, TdbAccess.Loader.INDEXES, 1000);
        Path dir = tmp.resolve("ours");
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(dir.toString());
        TextIndex index = TextIndexing.index(new ByteBuffersDirectory());
        contents.run(tdb, index);
        index.close();
        TdbAccess.expel(tdb);
        loaded = DatabaseMgr.connectDatasetGraph(dir.toString());

        // the fallback behind the switch: the same contents through TDB2's public loader
        DatasetGraph jena = DatabaseMgr.connectDatasetGraph(tmp.resolve("jena").toString());
        TextIndex jenaIndex = TextIndexing.index(new ByteBuffersDirectory());
        StoreLoad.of(finished, TdbAccess.Loader.JENA).run(jena, jenaIndex);
        jenaIndex.close();
        TdbAccess.expel(jena);
        byJenaLoader = DatabaseMgr.connectDatasetGraph(tmp.resolve("jena").toString());
    }

    /**
     * An aborted load is discarded by the store (its folder is deleted), since TDB2's node cache keeps the ids the
     * load gave; what abort must do is stop the second thread and give the database back to other transactions.
     */
    @Test
    void aLoadAbortedMidwayGivesTheDatabaseBackToOtherTransactions() throws IOException {
        DatasetGraph tdb =
                DatabaseMgr.connectDatasetGraph(tmp.resolve("aborted").toString());
        TdbAccess.BulkLoad load = TdbAccess.bulkLoad(tdb, TdbAccess.Loader.INDEXES, 10);
        Node graph = NodeFactory.createURI("https://example.org/g");
        for (int i = 0; i < 25; i++) { // two chunks handed to the threads, five quads still held
            load.quad(Quad.create(
                    graph,
                    NodeFactory.createURI("https://example.org/s" + i),
                    RDF.type.asNode(),
                    NodeFactory.createURI("https://example.org/C")));
        }
        load.abort(new IllegalStateException("the TriG file broke off"));
        assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> Txn.executeWrite(tdb, () -> tdb.getDefaultGraph().getPrefixMapping()),
                "a write transaction begins and ends after the abort");
        TdbAccess.expel(tdb);
        assertEquals(List.of(), sortRuns(tmp.resolve("aborted")), "the aborted load's sorted runs are removed");
    }

    /**
     * A TriG file cut off in the middle of a graph: the parse on its own thread fails, the load stops with the
     * parser's error naming the line, the database takes transactions again and no sorted runs stay.
     */
    @Test
    void aTrigFileCutOffMidwayFailsTheLoadWithTheParsersError() throws Exception {
        FinishedBuild finished = Deployment.finished(TestBuild.config(), TestBuild.result());
        Path files = Files.createDirectories(tmp.resolve("cut-files"));
        List<String> lines = Files.readAllLines(finished.trig());
        // far beyond the first batch handed over, and in the middle of a statement
        List<String> cut = new ArrayList<>(lines.subList(0, lines.size() / 2));
        cut.add("<https://example.org/s> <https://example.org/p> \"never closed");
        Files.write(files.resolve("gcmkg.trig"), cut);
        FinishedBuild broken = new FinishedBuild(
                files, finished.unionTriples(), finished.ontology(), finished.base(), finished.fingerprint());
        Path dir = tmp.resolve("cut");
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(dir.toString());
        TextIndex index = TextIndexing.index(new ByteBuffersDirectory());
        RiotException e = assertThrows(
                RiotException.class,
                () -> StoreLoad.of(broken, TdbAccess.Loader.INDEXES, 1000).run(tdb, index));
        // the string runs into the end of the last line, which the parser reports as the start of the next
        assertEquals("[line: " + (cut.size() + 1) + ", col: 1 ] Broken token (newline in string)", e.getMessage());
        index.close();
        assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> Txn.executeWrite(tdb, () -> tdb.getDefaultGraph().getPrefixMapping()),
                "a write transaction begins and ends after the failed load");
        TdbAccess.expel(tdb);
        assertEquals(List.of(), sortRuns(dir));
    }

    @Test
    void theSortedRunsAreRemovedOnceTheIndexesAreBuilt() throws Exception {
        assertEquals(
                List.of("Data-0001"),
                entries(tmp.resolve("ours")).stream()
                        .filter(name -> name.startsWith("Data-") || name.startsWith("gcmkg-runs-"))
                        .toList());
    }

    private static List<String> sortRuns(Path database) throws IOException {
        return entries(database).stream()
                .filter(name -> name.startsWith("gcmkg-runs-"))
                .toList();
    }

    private static List<String> entries(Path database) throws IOException {
        try (Stream<Path> all = Files.list(database)) {
            return all.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theSwitchNamesTheLoader() {
        assertEquals(TdbAccess.Loader.INDEXES, TdbAccess.Loader.named("indexes"));
        assertEquals(TdbAccess.Loader.JENA, TdbAccess.Loader.named(" Jena "));
        assertThrows(IllegalArgumentException.class, () -> TdbAccess.Loader.named("tdb1"));
    }

    @Test
    void bothLoadersKeepThePrefixes() {
        Map<String, String> ours =
                Txn.calculateRead(loaded, () -> loaded.prefixes().getMapping());
        Map<String, String> jena =
                Txn.calculateRead(byJenaLoader, () -> byJenaLoader.prefixes().getMapping());
        assertFalse(ours.isEmpty());
        assertEquals(jena, ours);
    }

    @AfterAll
    static void close() {
        TdbAccess.expel(loaded);
        TdbAccess.expel(byJenaLoader);
    }

    /** Numbers come back in canonical form (TDB2 stores them as values), so the comparison is with TDB2's loader. */
    @Test
    void theReopenedDatabaseHoldsWhatTheTdb2LoaderMakesOfTheContents() {
        // the build's quads, the ontology's triples and the description's
        long quads = TestBuild.result().dataset().stream().count()
                + RDFDataMgr.loadGraph(TestBuild.config()
                                .ontologyDir()
                                .resolve("gcmkg.ttl")
                                .toString())
                        .size()
                + Txn.calculateRead(
                        loaded,
                        () -> loaded.getGraph(NodeFactory.createURI(
                                        new Iris(TestBuild.config().base()).descriptionGraph()))
                                .size());
        DatasetGraph ours = DatasetGraphFactory.create();
        Txn.executeRead(loaded, () -> loaded.find().forEachRemaining(ours::add));
        DatasetGraph jena = DatasetGraphFactory.create();
        Txn.executeRead(byJenaLoader, () -> byJenaLoader.find().forEachRemaining(jena::add));
        assertTrue(quads > 30_000, "quads: " + quads);
        assertEquals(quads, ours.stream().count());
        assertEquals(quads, jena.stream().count());
        assertEquals(SortedQuads.ground(jena), SortedQuads.ground(ours), "the two databases hold different quads");
        assertTrue(SortedQuads.blankPartsIsomorphic(jena, ours), "the two databases hold different blank nodes");
        assertEquals(
                contents.servedTriples(),
                Txn.calculateRead(
                        loaded,
                        () -> org.apache.jena.atlas.iterator.Iter.count(
                                loaded.getUnionGraph().find())),
                "the counted size of the union graph is the one the database serves");
    }

    @Test
    void theStatisticsCountTheUnionGraphAsTdb2Does() {
        StatsResults ours = Txn.calculateRead(loaded, () -> TdbAccess.unionStatistics(loaded));
        StatsResults tdb2 = Txn.calculateRead(
                loaded, () -> Stats.gather(loaded.getUnionGraph()).results());
        assertEquals(contents.servedTriples(), ours.getCount());
        assertEquals(tdb2.getCount(), ours.getCount());
        assertEquals(tdb2.getPredicates(), ours.getPredicates());
        assertEquals(tdb2.getTypes(), ours.getTypes());
        assertTrue(ours.getTypes().size() > 10, "classes: " + ours.getTypes().size());
    }

    @Test
    void everyQuadIndexHoldsEveryQuadInItsKeyOrder() {
        Txn.executeRead(loaded, () -> {
            TupleIndex[] indexes = TDBInternal.getDatasetGraphTDB(loaded)
                    .getQuadTable()
                    .getNodeTupleTable()
                    .getTupleTable()
                    .getIndexes();
            assertEquals(6, indexes.length);
            Set<Tuple<NodeId>> primary = null;
            for (TupleIndex index : indexes) {
                Set<Tuple<NodeId>> all = new HashSet<>();
                index.all().forEachRemaining(all::add);
                if (primary == null) {
                    primary = all;
                }
                assertEquals(primary, all, "index " + index.getName());
                assertEquals(all.size(), index.size(), "index " + index.getName());
            }
        });
    }

    @Test
    void lookupsThroughEachIndexAnswerAsTheJenaLoadersDatabase() {
        List<Quad> sample = new ArrayList<>();
        int[] i = {0};
        // quads without blank nodes: each load reads the files afresh, so the two databases' blank nodes differ
        TestBuild.result().dataset().find().forEachRemaining(q -> {
            if (!q.getSubject().isBlank() && !q.getObject().isBlank() && i[0]++ % 97 == 0) {
                sample.add(q);
            }
        });
        assertTrue(sample.size() > 300, "sample: " + sample.size());
        Node any = Node.ANY;
        for (Quad q : sample) {
            // Each pattern is answered by a different index: GSPO, GPOS, GOSP, SPOG, POSG, OSPG.
            Node[][] patterns = {
                {q.getGraph(), q.getSubject(), any, any}, {q.getGraph(), any, q.getPredicate(), q.getObject()},
                {q.getGraph(), any, any, q.getObject()}, {any, q.getSubject(), q.getPredicate(), any},
                {any, any, q.getPredicate(), q.getObject()}, {any, any, any, q.getObject()}
            };
            for (Node[] p : patterns) {
                long ours = Txn.calculateRead(
                        loaded, () -> loaded.stream(p[0], p[1], p[2], p[3]).count());
                long jena = Txn.calculateRead(
                        byJenaLoader,
                        () -> byJenaLoader.stream(p[0], p[1], p[2], p[3]).count());
                assertEquals(jena, ours, "quads matching " + java.util.Arrays.toString(p));
                assertTrue(ours > 0, "the quad itself matches " + java.util.Arrays.toString(p));
            }
        }
    }
}
