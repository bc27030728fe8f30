package org.gcmkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.sys.Names;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
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
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
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
        return loader == Loader.JENA ? new JenaLoad(tdb) : new PackedLoad(tdb, chunk);
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
     * Every node gets its id as its quad comes (the node table written in a transaction of its own, the database in
     * exclusive mode, as in TDB2's parallel loader); the quads, as ids, are sorted in each quad index's key order
     * by {@link QuadRuns} (a chunk at a time, {@value #CHUNK} but in tests, on a second thread), and at the end each
     * index is written bottom up from its sorted quads by TDB2's own {@link BPlusTreeRewriter}, the way TDB2's
     * xloader builds its indexes: full blocks written once each, instead of a descent of the tree and a shift of
     * records inside a block for every quad of every index. Half the indexes are built on a second thread. Memory
     * holds two chunks and the ids of one chunk's nodes, whatever the size of the build. The result is the same
     * database the TDB2 loaders make. An aborted load leaves node ids in TDB2's node cache: the database is to be
     * discarded, which the store does with a failed build's folder.
     */
    private static final class PackedLoad implements BulkLoad {
        private final DatasetGraph tdb;
        private final DatasetGraphTDB storage;
        private final NodeTable nodes;
        private final TupleIndex[] indexes;
        private final Map<Node, Long> ids = new HashMap<>();
        private final Map<String, String> prefixes = new LinkedHashMap<>();
        private final byte[] idBytes = new byte[NodeId.SIZE];
        private final Transaction nodeTxn;
        private final QuadRuns runs;
        private final int chunk;
        private int sinceClear;
        private boolean nodesEnded;

        PackedLoad(DatasetGraph tdb, int chunk) {
            this.tdb = tdb;
            this.chunk = chunk;
            storage = TDBInternal.requireStorage(tdb);
            NodeTupleTable quads = storage.getQuadTable().getNodeTupleTable();
            nodes = quads.getNodeTable();
            indexes = quads.getTupleTable().getIndexes();
            int[][] orders = new int[indexes.length][QuadRuns.WIDTH];
            for (int k = 0; k < indexes.length; k++) {
                for (int i = 0; i < QuadRuns.WIDTH; i++) {
                    orders[k][i] = indexes[k].getMapping().getSlotIdx(i);
                }
            }
            try {
                // beside the database's data, so that a load killed midway leaves them in the folder the store
                // removes; an in-memory database's in the system's temporary folder
                Location location = storage.getLocation();
                runs = new QuadRuns(
                        orders,
                        chunk,
                        location.isMem()
                                ? null
                                : Path.of(location.getDirectoryPath()).getParent());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            storage.getTxnSystem().getTxnMgr().startExclusiveMode();
            TransactionCoordinator coordinator = CoLib.newCoordinator();
            CoLib.add(coordinator, nodes);
            CoLib.start(coordinator);
            nodeTxn = coordinator.begin(TxnType.WRITE);
        }

        @Override
        public void quad(Quad q) {
            runs.add(id(q.getGraph()), id(q.getSubject()), id(q.getPredicate()), id(q.getObject()));
            if (++sinceClear == chunk) {
                ids.clear();
                sinceClear = 0;
            }
        }

        @Override
        public void prefix(String prefix, String iri) {
            prefixes.put(prefix, iri);
        }

        @Override
        public void finish() {
            try {
                runs.finish();
                nodeTxn.commit();
                nodeTxn.end();
                nodesEnded = true;
                int half = indexes.length / 2;
                SecondThread<Void> other = SecondThread.start("gcmkg-index-quads", () -> {
                    packAll(half, indexes.length);
                    return null;
                });
                try {
                    packAll(0, half);
                } finally {
                    other.joinQuietly();
                }
                other.join();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                endNodes();
                storage.getTxnSystem().getTxnMgr().finishExclusiveMode();
                closeRuns();
            }
            Txn.executeWrite(tdb, () -> prefixes.forEach(storage.prefixes()::add));
        }

        @Override
        public void abort(RuntimeException cause) {
            try {
                endNodes();
            } finally {
                storage.getTxnSystem().getTxnMgr().finishExclusiveMode();
                try {
                    runs.close();
                } catch (IOException | RuntimeException e) {
                    cause.addSuppressed(e);
                }
            }
        }

        /** Aborts the node table's transaction unless it has ended. */
        private void endNodes() {
            if (!nodesEnded) {
                nodesEnded = true;
                nodeTxn.abort();
                nodeTxn.end();
            }
        }

        private long id(Node node) {
            Long known = ids.get(node);
            if (known != null) {
                return known;
            }
            NodeIdFactory.set(nodes.getAllocateNodeId(node), idBytes);
            long key = Bytes.getLong(idBytes);
            ids.put(node, key);
            return key;
        }

        private void packAll(int from, int to) {
            for (int k = from; k < to; k++) {
                try (QuadRuns.Rows rows = runs.merged(k)) {
                    pack(indexes[k], rows);
                }
            }
        }

        private void closeRuns() {
            try {
                runs.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Writes the empty index {@code index} bottom up from {@code rows}, sorted in its key order. */
    private static void pack(TupleIndex index, QuadRuns.Rows rows) {
        BPlusTree tree = (BPlusTree) ((TupleIndexRecord) index).getRangeIndex();
        RecordFactory factory = tree.getRecordFactory();
        long[] row = new long[QuadRuns.WIDTH];
        if (!rows.next(row)) {
            return;
        }
        Iterator<Record> records = new Iterator<>() {
            private boolean ready = true;

            @Override
            public boolean hasNext() {
                if (!ready) {
                    ready = rows.next(row);
                }
                return ready;
            }

            @Override
            public Record next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ready = false;
                byte[] key = new byte[QuadRuns.WIDTH * NodeId.SIZE];
                for (int i = 0; i < QuadRuns.WIDTH; i++) {
                    Bytes.setLong(row[i], key, i * NodeId.SIZE);
                }
                return factory.create(key);
            }
        };
        CoLib.executeWrite(index, () -> {
            if (!tree.isEmpty()) {
                throw new IllegalStateException("the index " + index.getName() + " is not empty");
            }
            BPlusTreeRewriter.packIntoBPlusTree(
                    records,
                    tree.getParams(),
                    factory,
                    tree.getStateManager().getBufferChannel(),
                    tree.getNodeManager().getBlockMgr(),
                    tree.getRecordsMgr().getBlockMgr());
        });
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
