package org.gcmkg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.dboe.sys.Names;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.NodeIdInline;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

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
     * Writes the named-graph quads of {@code contents} and {@code prefixes} into the empty TDB2 database
     * {@code tdb}, in one write transaction, the way {@code loader} says.
     */
    static void load(DatasetGraph tdb, DatasetGraph contents, PrefixMap prefixes, Loader loader) {
        if (loader == Loader.JENA) {
            DataLoader jena = LoaderFactory.createLoader(tdb, (format, args) -> {});
            jena.startBulk();
            try {
                StreamRDF stream = jena.stream();
                contents.find().forEachRemaining(q -> {
                    if (!q.isDefaultGraph()) {
                        stream.quad(q);
                    }
                });
                prefixes.forEach(stream::prefix);
                jena.finishBulk();
            } catch (RuntimeException e) {
                jena.finishException(e);
                throw e;
            }
            return;
        }
        loadIndexes(tdb, contents, prefixes);
    }

    /**
     * Every node gets its id first; then each quad index receives the quads sorted in its own key order, so
     * each B+tree grows by appending instead of shifting records inside its blocks at every insert, which is
     * what a quad-by-quad load spends most of its time on. The result is the same database the TDB2 loaders
     * make.
     */
    private static void loadIndexes(DatasetGraph tdb, DatasetGraph contents, PrefixMap prefixes) {
        DatasetGraphTDB storage = TDBInternal.requireStorage(tdb);
        Txn.executeWrite(tdb, () -> {
            NodeTupleTable quads = storage.getQuadTable().getNodeTupleTable();
            NodeTable nodes = quads.getNodeTable();
            Map<Node, NodeId> ids = new HashMap<>();
            List<IdQuad> rows = new ArrayList<>();
            contents.find().forEachRemaining(q -> {
                if (!q.isDefaultGraph()) {
                    rows.add(new IdQuad(
                            id(ids, nodes, q.getGraph()),
                            id(ids, nodes, q.getSubject()),
                            id(ids, nodes, q.getPredicate()),
                            id(ids, nodes, q.getObject())));
                }
            });
            for (TupleIndex index : quads.getTupleTable().getIndexes()) {
                TupleMap order = index.getMapping();
                int[] columns = new int[4];
                for (int i = 0; i < 4; i++) {
                    columns[i] = order.getSlotIdx(i);
                }
                rows.sort((x, y) -> {
                    for (int column : columns) {
                        int c = Long.compareUnsigned(x.keys[column], y.keys[column]);
                        if (c != 0) {
                            return c;
                        }
                    }
                    return 0;
                });
                for (IdQuad row : rows) {
                    index.add(row.tuple);
                }
            }
            prefixes.forEach(storage.prefixes()::add);
        });
    }

    private static NodeId id(Map<Node, NodeId> ids, NodeTable nodes, Node node) {
        return ids.computeIfAbsent(node, nodes::getAllocateNodeId);
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
