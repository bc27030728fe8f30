package org.gcmkg.store;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
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
 * thread parses ahead and another puts the quads with text into the text index; then the dataset's description is
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
     * Loads the build into the empty database {@code tdb} and indexes its text into {@code index} (committed). Three
     * steps run at once, handing quads on in batches ({@link Handoff}): a thread parses the TriG file, this one
     * loads TDB2 with the quads, and a third indexes those whose predicate the index has a field for.
     */
    void run(DatasetGraph tdb, TextIndex index) throws IOException {
        EntityDefinition fields = index.getDocDef();
        Handoff<Quad> text = new Handoff<>("the text index");
        SecondThread<Boolean> indexing = SecondThread.start(
                "gcmkg-index-text",
                () -> text.takeAll(quad -> {
                    Entity entity = TextQueryFuncs.entityFromQuad(fields, quad);
                    if (entity != null) {
                        index.addEntity(entity);
                    }
                }));
        try {
            load(tdb, quad -> {
                if (fields.getField(quad.getPredicate()) != null) {
                    text.give(quad);
                }
            });
            text.end();
        } catch (IOException | RuntimeException e) {
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

    private void load(DatasetGraph tdb, Consumer<Quad> text) throws IOException {
        Graph ontology = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(ontology, built.ontology().toString());
        Handoff<Quad> parsed = new Handoff<>("the load into TDB2");
        SecondThread<Map<String, String>> parsing = SecondThread.start("gcmkg-parse-trig", () -> parse(parsed));
        TdbAccess.BulkLoad load = TdbAccess.bulkLoad(tdb, loader, chunk);
        try {
            GraphCounter counter = new GraphCounter();
            boolean whole = parsed.takeAll(quad -> {
                load.quad(quad);
                counter.count(quad.getGraph());
                text.accept(quad);
            });
            counter.flush();
            // a parse that failed stopped the handoff: its failure is thrown here
            Map<String, String> prefixes = parsing.join();
            if (!whole) {
                throw new IllegalStateException("the parse of " + built.trig() + " stopped before its end");
            }
            prefixes.forEach(load::prefix);
            ontology.find().forEachRemaining(t -> {
                Quad quad = Quad.create(ontologyGraph, t);
                load.quad(quad);
                text.accept(quad);
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            IllegalStateException interrupted = new IllegalStateException("interrupted while loading", e);
            abort(load, parsing, interrupted);
            throw interrupted;
        } catch (IOException | RuntimeException e) {
            abort(load, parsing, e);
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
                    text.accept(quad);
                }));
    }

    /** The parsing thread's work: the named graphs' quads to {@code parsed}; gives the file's prefixes. */
    private Map<String, String> parse(Handoff<Quad> parsed) {
        Map<String, String> prefixes = new LinkedHashMap<>();
        try {
            RDFParser.source(built.trig()).lang(Lang.TRIG).parse(new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    if (!quad.isDefaultGraph()) {
                        parsed.give(quad);
                    }
                }

                @Override
                public void prefix(String prefix, String iri) {
                    prefixes.put(prefix, iri);
                }
            });
        } catch (RuntimeException e) {
            parsed.stop();
            throw e;
        }
        parsed.end();
        return prefixes;
    }

    /** Discards the bulk load after {@code cause}, once the parsing thread has stopped. */
    private static void abort(TdbAccess.BulkLoad load, SecondThread<?> parsing, Exception cause) {
        // the taking side has returned, so the parsing thread fails at its next batch if it still runs
        parsing.joinQuietly();
        RuntimeException reason =
                cause instanceof RuntimeException r ? r : new IllegalStateException(cause.getMessage(), cause);
        load.abort(reason);
        if (reason != cause) {
            for (Throwable t : reason.getSuppressed()) {
                cause.addSuppressed(t);
            }
        }
    }

    /** Counts the quads of each named graph; a file gives a graph's quads together, so one map update a graph. */
    private final class GraphCounter {
        private Node graph;
        private long quads;

        void count(Node g) {
            if (!g.equals(graph)) {
                flush();
                graph = g;
            }
            quads++;
        }

        void flush() {
            if (graph != null) {
                graphSizes.merge(graph, quads, Long::sum);
            }
            graph = null;
            quads = 0;
        }
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
