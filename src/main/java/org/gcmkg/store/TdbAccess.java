package org.gcmkg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.dboe.sys.Names;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.solver.stats.StatsCollector;
import org.apache.jena.tdb2.solver.stats.StatsResults;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.NodeIdInline;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;

/**
 * Every use of TDB2's internals ({@code TDBInternal}, the quad table's {@code TupleIndex}es, node ids) in one class, so
 * that a Jena upgrade that changes them breaks this file and no other. The bulk load has two ways:
 * {@link Loader#INDEXES} (the default) writes each quad index directly, and {@link Loader#JENA} uses TDB2's
 * public {@link LoaderFactory}; the system property {@value #LOADER_PROPERTY} ({@code indexes} or {@code
 * jena}) chooses, so a Jena release whose internals moved can still load the store while this class is fixed.
 */
public final class TdbAccess {
    /** The system property that chooses the bulk load: {@code indexes} (default) or {@code jena}. */
    public static final String LOADER_PROPERTY = "gcmkg.tdb.loader";

    /** How a database is bulk loaded. */
    public enum Loader {
        /** Node ids first, then each quad index in its own key order (TDB2 internals). */
        INDEXES,
        /** TDB2's public loader ({@link LoaderFactory#createLoader}). */
        JENA;

        /** The loader {@value #LOADER_PROPERTY} chooses; {@link #INDEXES} when it is not set. */
        public static Loader configured() {
            return named(System.getProperty(LOADER_PROPERTY, "indexes"));
        }

        /** The loader called {@code name}: {@code indexes} or {@code jena}. */
        public static Loader named(String name) {
            String value = name.strip().toLowerCase(Locale.ROOT);
            return switch (value) {
                case "indexes" -> INDEXES;
                case "jena" -> JENA;
                default ->
                    throw new IllegalArgumentException(
                            LOADER_PROPERTY + "=" + value + ": expected \"indexes\" or \"jena\"");
            };
        }
    }

    private TdbAccess() {}

    /**
     * A bulk load of an empty TDB2 database under way, no other transaction meanwhile: quads and prefixes go in as they
     * come, {@link #finish} commits them and {@link #abort} discards them. Used from one thread.
     */
    interface BulkLoad {
        /** Adds a quad of a named graph. */
        void quad(Quad quad);

        /** Adds a prefix of the database's prefix map. */
        void prefix(String prefix, String iri);

        /** Writes what is left and commits. */
        void finish();

        /** Discards the load after {@code cause}. */
        void abort(RuntimeException cause);
    }

    /** How many quads {@link Loader#INDEXES} keeps as ids at a time. */
    static final int CHUNK = 1 << 20;

    /** Starts loading the empty database {@code tdb} the way {@code loader} says, {@code chunk} quads at a time. */
    static BulkLoad bulkLoad(DatasetGraph tdb, Loader loader, int chunk) {
        return loader == Loader.JENA ? new JenaLoad(tdb) : new IndexesLoad(tdb, chunk);
    }

    /** TDB2's public loader, given the quads as a stream. */
    private static final class JenaLoad implements BulkLoad {
        private final DataLoader jena;
        private final StreamRDF stream;
        private final Map<String, String> prefixes = new LinkedHashMap<>();

        JenaLoad(DatasetGraph tdb) {
            jena = LoaderFactory.createLoader(tdb, (format, args) -> {});
            jena.startBulk();
            stream = jena.stream();
        }

        @Override
        public void quad(Quad quad) {
            stream.quad(quad);
        }

        @Override
        public void prefix(String prefix, String iri) {
            prefixes.put(prefix, iri);
        }

        @Override
        public void finish() {
            prefixes.forEach(stream::prefix);
            jena.finishBulk();
        }

        @Override
        public void abort(RuntimeException cause) {
            jena.finishException(cause);
        }
    }

    /**
     * Every node gets its id as its quad comes; the quads are kept as ids, a chunk at a time ({@value #CHUNK} but
     * in tests), and each chunk goes into each quad index sorted in that index's key order, so each B+tree
     * receives runs of neighbouring keys instead of shifting records inside its blocks at every insert, which is
     * what a quad-by-quad load spends most of its time on. Half the indexes are written by this thread, the other
     * half by a second one, which takes each chunk as this one goes on reading; as in TDB2's parallel loader, the
     * database is in exclusive mode and each thread writes in a transaction of its own. Memory holds at most three
     * chunks and the ids of one chunk's nodes, whatever the size of the build. The result is the same database the
     * TDB2 loaders make. An aborted load leaves node ids in TDB2's node cache: the database is to be discarded,
     * which the store does with a failed build's folder.
     */
    private static final class IndexesLoad implements BulkLoad {
        /** What tells the second thread to stop without committing. */
        private static final List<IdQuad> ABORT = new ArrayList<>();

        private final DatasetGraph tdb;
        private final DatasetGraphTDB storage;
        private final NodeTable nodes;
        private final Map<Node, NodeId> ids = new HashMap<>();
        private final Map<String, String> prefixes = new LinkedHashMap<>();
        private final IndexWriter own;
        private final BlockingQueue<List<IdQuad>> handed = new ArrayBlockingQueue<>(1);
        private final Future<?> second;
        private final int chunk;
        private List<IdQuad> rows = new ArrayList<>();

        IndexesLoad(DatasetGraph tdb, int chunk) {
            this.tdb = tdb;
            this.chunk = chunk;
            storage = TDBInternal.requireStorage(tdb);
            NodeTupleTable quads = storage.getQuadTable().getNodeTupleTable();
            nodes = quads.getNodeTable();
            // as TDB2's parallel loader does: no other transaction meanwhile, a coordinator of its own per thread
            storage.getTxnSystem().getTxnMgr().startExclusiveMode();
            TupleIndex[] indexes = quads.getTupleTable().getIndexes();
            int half = indexes.length / 2;
            own = new IndexWriter(Arrays.copyOfRange(indexes, 0, half), nodes);
            IndexWriter other = new IndexWriter(Arrays.copyOfRange(indexes, half, indexes.length), null);
            ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "gcmkg-index-quads");
                t.setDaemon(true);
                return t;
            });
            second = thread.submit(() -> other.writeAll(handed, ABORT));
            thread.shutdown();
        }

        @Override
        public void quad(Quad q) {
            rows.add(new IdQuad(id(q.getGraph()), id(q.getSubject()), id(q.getPredicate()), id(q.getObject())));
            if (rows.size() >= chunk) {
                flush();
            }
        }

        @Override
        public void prefix(String prefix, String iri) {
            prefixes.put(prefix, iri);
        }

        @Override
        public void finish() {
            flush();
            hand(List.of());
            own.end(true);
            try {
                second.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the second thread wrote its indexes", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("the second thread failed to write its indexes", e.getCause());
            } finally {
                storage.getTxnSystem().getTxnMgr().finishExclusiveMode();
            }
            Txn.executeWrite(tdb, () -> prefixes.forEach(storage.prefixes()::add));
        }

        @Override
        public void abort(RuntimeException cause) {
            try {
                if (handed.offer(ABORT, 1, TimeUnit.MINUTES)) {
                    second.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                cause.addSuppressed(e.getCause());
            } finally {
                own.end(false);
                storage.getTxnSystem().getTxnMgr().finishExclusiveMode();
            }
        }

        private NodeId id(Node node) {
            return ids.computeIfAbsent(node, nodes::getAllocateNodeId);
        }

        /** Hands the chunk to the second thread, writes this thread's indexes, and starts a new chunk. */
        private void flush() {
            // each thread sorts a list of its own: the copy is made before the second thread may sort the chunk
            List<IdQuad> mine = new ArrayList<>(rows);
            hand(rows);
            own.write(mine);
            rows = new ArrayList<>();
            ids.clear();
        }

        /** Waits until the second thread can take {@code chunk}, failing if that thread has failed. */
        private void hand(List<IdQuad> chunk) {
            try {
                while (!handed.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                    if (second.isDone()) {
                        second.get();
                        throw new IllegalStateException("the second thread stopped before the load's end");
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while handing quads to the second thread", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("the second thread failed to write its indexes", e.getCause());
            }
        }
    }

    /**
     * Quad indexes written by one thread in a write transaction of its own (with the node table, for the thread
     * that gives the node ids); each chunk goes into each index sorted in the index's key order, so each B+tree
     * receives runs of neighbouring keys instead of shifting records inside its blocks at every insert.
     */
    private static final class IndexWriter {
        private final TupleIndex[] indexes;
        private final TransactionCoordinator coordinator = CoLib.newCoordinator();
        private Transaction txn;

        /** Begins the transaction when {@code nodes} is given, for the thread that makes this writer. */
        IndexWriter(TupleIndex[] indexes, NodeTable nodes) {
            this.indexes = indexes;
            if (nodes != null) {
                CoLib.add(coordinator, nodes);
            }
            CoLib.add(coordinator, indexes);
            CoLib.start(coordinator);
            if (nodes != null) {
                txn = coordinator.begin(TxnType.WRITE);
            }
        }

        /** The second thread's work: the chunks taken until an empty one (commit) or {@code abort} (none). */
        Void writeAll(BlockingQueue<List<IdQuad>> chunks, List<IdQuad> abort) throws InterruptedException {
            txn = coordinator.begin(TxnType.WRITE);
            boolean done = false;
            try {
                for (List<IdQuad> chunk = chunks.take(); chunk != abort; chunk = chunks.take()) {
                    if (chunk.isEmpty()) {
                        done = true;
                        break;
                    }
                    write(chunk);
                }
            } finally {
                end(done);
            }
            return null;
        }

        void write(List<IdQuad> chunk) {
            for (TupleIndex index : indexes) {
                TupleMap order = index.getMapping();
                int[] columns = new int[4];
                for (int i = 0; i < 4; i++) {
                    columns[i] = order.getSlotIdx(i);
                }
                chunk.sort((x, y) -> {
                    for (int column : columns) {
                        int c = Long.compareUnsigned(x.keys[column], y.keys[column]);
                        if (c != 0) {
                            return c;
                        }
                    }
                    return 0;
                });
                for (IdQuad row : chunk) {
                    index.add(row.tuple);
                }
            }
        }

        /** Commits ({@code commit}) or aborts the transaction, and ends it. */
        void end(boolean commit) {
            if (commit) {
                txn.commit();
            } else {
                txn.abort();
            }
            txn.end();
        }
    }

    /** A quad as node ids, with each id's key as the B+trees order it (8 bytes, compared unsigned). */
    private static final class IdQuad {
        final Tuple<NodeId> tuple;
        final long[] keys = new long[4];

        IdQuad(NodeId g, NodeId s, NodeId p, NodeId o) {
            tuple = TupleFactory.create4(g, s, p, o);
            byte[] bytes = new byte[NodeId.SIZE];
            for (int i = 0; i < 4; i++) {
                NodeIdFactory.set(tuple.get(i), bytes);
                keys[i] = Bytes.getLong(bytes);
            }
        }
    }

    /**
     * A node as TDB2 gives it back: a literal of a type TDB2 inlines into its node id (the integers, decimal,
     * double, float, boolean, date, dateTime) in the canonical form of its value; any other node as it is.
     */
    public static Node storedForm(Node node) {
        if (!node.isLiteral()) {
            return node;
        }
        NodeId id = NodeIdInline.inline(node);
        return id == null ? node : NodeIdInline.extract(id);
    }

    /**
     * What {@code Stats.gather(tdb.getUnionGraph())} counts (in a read transaction), on node ids in the SPOG index,
     * where a triple's quads are neighbours: only predicates and classes are made into nodes (through the node
     * table's cache), no hash set drops the repeats.
     */
    static StatsResults unionStatistics(DatasetGraph tdb) {
        NodeTupleTable quads =
                TDBInternal.getDatasetGraphTDB(tdb).getQuadTable().getNodeTupleTable();
        TupleIndex spog = Arrays.stream(quads.getTupleTable().getIndexes())
                .filter(i -> i.getName().equals("SPOG"))
                .findFirst()
                .orElseThrow();
        NodeTable nodes = quads.getNodeTable();
        NodeId type = nodes.getNodeIdForNode(RDF.type.asNode());
        StatsCollector stats = new StatsCollector();
        Tuple<NodeId> last = null;
        for (Iterator<Tuple<NodeId>> all = spog.all(); all.hasNext(); ) {
            Tuple<NodeId> q = all.next(); // G, S, P, O, sorted by S, P, O, G; the collector never reads S
            if (last == null
                    || !q.get(1).equals(last.get(1))
                    || !q.get(2).equals(last.get(2))
                    || !q.get(3).equals(last.get(3))) {
                stats.record(
                        null,
                        Node.ANY,
                        nodes.getNodeForNodeId(q.get(2)),
                        q.get(2).equals(type) ? nodes.getNodeForNodeId(q.get(3)) : Node.ANY);
            }
            last = q;
        }
        return stats.results();
    }

    /** The file TDB2's optimizer reads its statistics from, in the database's current {@code Data-NNNN}. */
    static Path statisticsFile(DatasetGraph tdb) {
        return Path.of(TDBInternal.getDatasetGraphTDB(tdb).getLocation().getPath(Names.optStats));
    }

    /**
     * Removes a TDB2 database that nothing uses any more from TDB2's cache of open databases, so that its
     * folder can be moved, deleted or opened afresh. Releasing twice is harmless.
     */
    public static void expel(DatasetGraph tdb) {
        TDBInternal.expel(tdb);
    }

    /**
     * Removes the TDB2 database under {@code dataset} (the database or any wrapper of it) from TDB2's cache
     * of open databases, even while it is marked in use; for a database that stopped serving.
     */
    static void release(DatasetGraph dataset) {
        DatasetGraph d = dataset;
        while (d instanceof DatasetGraphWrapper w && !TDBInternal.isTDB2(d)) {
            d = w.getWrapped();
        }
        if (TDBInternal.isTDB2(d)) {
            TDBInternal.expel(TDBInternal.getDatabaseContainer(d), true);
        }
    }
}
