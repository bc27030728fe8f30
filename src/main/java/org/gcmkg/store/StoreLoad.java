package org.gcmkg.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.gcmkg.graph.Iris;
import org.gcmkg.graph.Publication;
import org.gcmkg.pipeline.BuildConfig;
import org.gcmkg.pipeline.BuildResult;
import org.gcmkg.vocab.GCM;

/**
 * What a build puts in the store, and the putting. The store holds the built graphs plus the ontology and the
 * dataset's description, each in its named graph; they are assembled in memory, so the description and the
 * triple count are made before the database is written, and the database is written once, in one write
 * transaction (see {@link #bulkLoad}). Loading is the longest step, so the text index and the dumps are written
 * meanwhile on a second thread: all three only read the same in-memory graphs.
 */
final class StoreLoad {
    private final BuildResult built;
    private final DatasetGraph contents;
    private final long servedTriples;

    private StoreLoad(BuildResult built, DatasetGraph contents, long servedTriples) {
        this.built = built;
        this.contents = contents;
        this.servedTriples = servedTriples;
    }

    /** The contents of the store for a build: its graphs, the ontology and the description. */
    static StoreLoad of(BuildResult built, BuildConfig config, String fingerprint) {
        DatasetGraph source = built.dataset();
        DatasetGraph contents = DatasetGraphFactory.createGeneral();
        source.listGraphNodes().forEachRemaining(g -> contents.addGraph(g, source.getGraph(g)));
        Graph ontology = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(ontology, config.ontologyDir().resolve("gcmkg.ttl").toString());
        contents.addGraph(NodeFactory.createURI(GCM.ONTOLOGY_IRI), ontology);
        Graph union = built.union();
        long withOntology =
                union.size() + ontology.stream().filter(t -> !union.contains(t)).count();
        Iris iris = new Iris(config.base());
        String version = ReleaseVersion.of(fingerprint);
        // The count the description states is of the union including the description itself: its own triples
        // are counted from a first draft, whose number of triples does not depend on the number it states.
        Model draft = DatasetDescription.describe(contents, iris, version, 0);
        long served = withOntology
                + draft.getGraph().stream()
                        .filter(t -> !union.contains(t) && !ontology.contains(t))
                        .count();
        Model description = DatasetDescription.describe(contents, iris, version, served);
        contents.addGraph(NodeFactory.createURI(iris.descriptionGraph()), description.getGraph());
        return new StoreLoad(built, contents, served);
    }

    /** Every quad the store gets. */
    Iterator<Quad> quads() {
        return contents.find();
    }

    /** How many distinct triples the union graph of the loaded store holds. */
    long servedTriples() {
        return servedTriples;
    }

    /**
     * Loads the contents into {@code tdb}, indexes their text into {@code index} (committed) and writes the
     * dumps of the build into {@code dumps}; returns when all are done, and fails if any failed.
     */
    void run(DatasetGraph tdb, TextIndex index, Path dumps) throws IOException {
        SecondThread<Void> indexAndDumps = SecondThread.start("gcmkg-index-and-dumps", () -> {
            indexText(index);
            Publication.write(built.dataset(), built.union(), dumps);
            return null;
        });
        try {
            bulkLoad(tdb);
        } catch (RuntimeException e) {
            indexAndDumps.joinQuietly();
            throw e;
        }
        indexAndDumps.join();
    }

    /**
     * Writes the contents into TDB2 in one write transaction. Every node gets its id first; then each quad
     * index receives the quads sorted in its own key order, so each B+tree grows by appending instead of
     * shifting records inside its blocks at every insert, which is what a quad-by-quad load spends most of
     * its time on. The result is the same database the TDB2 loaders make.
     */
    private void bulkLoad(DatasetGraph tdb) {
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
            built.dataset().prefixes().forEach(storage.prefixes()::add);
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

    private void indexText(TextIndex index) {
        EntityDefinition fields = index.getDocDef();
        contents.find().forEachRemaining(q -> {
            Entity entity = TextQueryFuncs.entityFromQuad(fields, q);
            if (entity != null) {
                index.addEntity(entity);
            }
        });
        index.commit();
    }
}
