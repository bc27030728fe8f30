package org.gcmkg.store;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.gcmkg.graph.Iris;
import org.gcmkg.vocab.GCM;

/**
 * What a build puts in the store, and the putting, streamed: the build's quads are read from its TriG file and go
 * into TDB2 ({@link TdbAccess#bulkLoad}) as they are read, followed by the ontology, in one bulk load, while a
 * second thread puts those with text into the text index ({@link TextBatches}); then the dataset's description is
 * made from the loaded database and the counts taken on the way, and added in a second. Memory holds the
 * ontology, the description and a quad at a time (the bulk load and the text index keep bounded batches), never
 * the build's graphs.
 */
final class StoreLoad {
    private final FinishedBuild built;
    private final TdbAccess.Loader loader;
    private final int chunk;
    private final Node ontologyGraph = NodeFactory.createURI(GCM.ONTOLOGY_IRI);
    private final Map<Node, Long> graphSizes = new HashMap<>();
    private long servedTriples = -1;

    private StoreLoad(FinishedBuild built, TdbAccess.Loader loader, int chunk) {
        this.chunk = chunk;
        this.built = built;
        this.loader = loader;
    }

    /** The load of a build: its graphs, the ontology and the description. */
    static StoreLoad of(FinishedBuild built) {
        return of(built, TdbAccess.Loader.configured());
    }

    /** The same, loaded into TDB2 the way {@code loader} says. */
    static StoreLoad of(FinishedBuild built, TdbAccess.Loader loader) {
        return new StoreLoad(built, loader, TdbAccess.CHUNK);
    }

    /** The same, {@link TdbAccess.Loader#INDEXES} keeping {@code chunk} quads at a time (smaller in tests). */
    static StoreLoad of(FinishedBuild built, TdbAccess.Loader loader, int chunk) {
        return new StoreLoad(built, loader, chunk);
    }

    /** How many distinct triples the union graph of the loaded store holds; known once {@link #run} returned. */
    long servedTriples() {
        if (servedTriples < 0) {
            throw new IllegalStateException("not loaded yet");
        }
        return servedTriples;
    }

    /**
     * Loads the build into the empty database {@code tdb} and indexes its text into {@code index} (committed). The
     * TriG file is parsed once, on this thread, which loads TDB2; the quads whose predicate the index has a field
     * for go, in batches, to a second thread that indexes them, so the second core indexes while the first loads.
     */
    void run(DatasetGraph tdb, TextIndex index) throws IOException {
        EntityDefinition fields = index.getDocDef();
        TextBatches text = new TextBatches(fields);
        SecondThread<Long> indexing = SecondThread.start("gcmkg-index-text", () -> text.indexAll(index));
        try {
            load(tdb, text);
            text.end();
        } catch (RuntimeException e) {
            // the caller closes the index: nothing may still be adding to it
            text.stop();
            try {
                indexing.join();
            } catch (IOException | RuntimeException cause) {
                e.addSuppressed(cause);
            }
            throw e;
        }
        indexing.join();
        index.commit();
    }

    private void load(DatasetGraph tdb, TextBatches text) {
        Graph ontology = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(ontology, built.ontology().toString());
        TdbAccess.BulkLoad load = TdbAccess.bulkLoad(tdb, loader, chunk);
        try {
            RDFParser.source(built.trig()).lang(Lang.TRIG).parse(new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    if (!quad.isDefaultGraph()) {
                        load.quad(quad);
                        graphSizes.merge(quad.getGraph(), 1L, Long::sum);
                        text.offer(quad);
                    }
                }

                @Override
                public void prefix(String prefix, String iri) {
                    load.prefix(prefix, iri);
                }
            });
            ontology.find().forEachRemaining(t -> {
                Quad quad = Quad.create(ontologyGraph, t);
                load.quad(quad);
                text.offer(quad);
            });
        } catch (RuntimeException e) {
            load.abort(e);
            throw e;
        }
        load.finish();
        graphSizes.put(ontologyGraph, (long) ontology.size());
        Iris iris = new Iris(built.base());
        Model description = Txn.calculateRead(tdb, () -> describe(tdb, ontology, iris));
        Node descriptionGraph = NodeFactory.createURI(iris.descriptionGraph());
        Txn.executeWrite(
                tdb,
                () -> description.getGraph().find().forEachRemaining(t -> {
                    Quad quad = Quad.create(descriptionGraph, t);
                    tdb.add(quad);
                    text.offer(quad);
                }));
    }

    /**
     * The description of the loaded build and ontology, stating the number of distinct triples the union holds
     * with the description itself: the build's own count, the ontology's triples no build graph holds, and the
     * triples of a first draft of the description, whose number does not depend on the number it states, that
     * neither holds.
     */
    private Model describe(DatasetGraph tdb, Graph ontology, Iris iris) {
        String version = ReleaseVersion.of(built.fingerprint());
        long withOntology = built.unionTriples()
                + ontology.stream().filter(t -> !inBuild(tdb, t)).count();
        Model draft = DatasetDescription.describe(tdb, graphSizes, iris, version, 0);
        servedTriples = withOntology
                + draft.getGraph().stream()
                        .filter(t -> !inBuild(tdb, t) && !ontology.contains(t))
                        .count();
        return DatasetDescription.describe(tdb, graphSizes, iris, version, servedTriples);
    }

    /** Whether a named graph of the build (not the ontology's) holds {@code t}. */
    private boolean inBuild(DatasetGraph tdb, Triple t) {
        return tdb.stream(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject())
                .anyMatch(q -> !q.getGraph().equals(ontologyGraph) && !q.isDefaultGraph());
    }
}
