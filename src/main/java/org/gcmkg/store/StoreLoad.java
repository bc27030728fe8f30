package org.gcmkg.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.jena.graph.Graph;
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
import org.gcmkg.graph.Iris;
import org.gcmkg.graph.Publication;
import org.gcmkg.vocab.GCM;

/**
 * What a build puts in the store, and the putting. The store holds the built graphs plus the ontology and the
 * dataset's description, each in its named graph; they are assembled in memory, so the description and the
 * triple count are made before the database is written, and the database is written once, in one write
 * transaction ({@link TdbAccess#load}). Loading is the longest step, so the text index and the dumps are written
 * meanwhile on a second thread: all three only read the same in-memory graphs.
 */
final class StoreLoad {
    private final FinishedBuild built;
    private final DatasetGraph contents;
    private final long servedTriples;
    private final TdbAccess.Loader loader;

    private StoreLoad(FinishedBuild built, DatasetGraph contents, long servedTriples, TdbAccess.Loader loader) {
        this.built = built;
        this.contents = contents;
        this.servedTriples = servedTriples;
        this.loader = loader;
    }

    /** The contents of the store for a build: its graphs, the ontology and the description. */
    static StoreLoad of(FinishedBuild built) {
        return of(built, TdbAccess.Loader.configured());
    }

    /** The same, loaded into TDB2 the way {@code loader} says. */
    static StoreLoad of(FinishedBuild built, TdbAccess.Loader loader) {
        DatasetGraph source = built.dataset();
        DatasetGraph contents = DatasetGraphFactory.createGeneral();
        source.listGraphNodes().forEachRemaining(g -> contents.addGraph(g, source.getGraph(g)));
        Graph ontology = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(ontology, built.ontology().toString());
        contents.addGraph(NodeFactory.createURI(GCM.ONTOLOGY_IRI), ontology);
        Graph union = built.union();
        long withOntology =
                union.size() + ontology.stream().filter(t -> !union.contains(t)).count();
        Iris iris = new Iris(built.base());
        String version = ReleaseVersion.of(built.fingerprint());
        // The count the description states is of the union including the description itself: its own triples
        // are counted from a first draft, whose number of triples does not depend on the number it states.
        Model draft = DatasetDescription.describe(contents, iris, version, 0);
        long served = withOntology
                + draft.getGraph().stream()
                        .filter(t -> !union.contains(t) && !ontology.contains(t))
                        .count();
        Model description = DatasetDescription.describe(contents, iris, version, served);
        contents.addGraph(NodeFactory.createURI(iris.descriptionGraph()), description.getGraph());
        return new StoreLoad(built, contents, served, loader);
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
            TdbAccess.load(tdb, contents, built.dataset().prefixes(), loader);
        } catch (RuntimeException e) {
            indexAndDumps.joinQuietly();
            throw e;
        }
        indexAndDumps.join();
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
