package org.gcmkg.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.PathFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.gcmkg.validate.ShapesValidator;
import org.gcmkg.validate.Violation;
import org.gcmkg.vocab.GCM;

/**
 * What the steps over the whole corpus need from the report graphs, kept while each report graph is dropped: the
 * facts about the resources reports share (organizations, programs, places, objectives: their types, labels,
 * single-valued properties and the relations of the program network), and which resources the link tables name
 * appear in the graphs. A report's own resources (its sections, actions, figures, spans: IRIs under the report's)
 * are left out; they grow with the corpus, the shared resources with its vocabulary.
 *
 * <p>Validation is split the same way. Each report graph is checked with the reference graph when it is made: that
 * decides every constraint a union of graphs can only satisfy more (minimum counts, datatypes, classes, patterns),
 * since another graph only adds values. What another report can break are the constraints on counts of distinct
 * values and exclusive types (maximum counts, unique languages, exactly-one-of) of shared resources; they are checked
 * at the end on these facts, with the reference, link, SDG and network graphs. A result there about a shared resource
 * on a property the facts leave out is a minimum count the report checks already decided, and is not repeated.
 */
final class CorpusFacts {
    /** The properties kept for shared resources: each has a constraint another report can break, or the network needs it. */
    private static final List<Node> KEPT = List.of(
            RDF.type.asNode(),
            RDFS.label.asNode(),
            SKOS.prefLabel.asNode(),
            GCM.inGazetteer.asNode(),
            GCM.acronym.asNode(),
            GCM.organizationKind.asNode(),
            GCM.country.asNode(),
            GCM.programKind.asNode(),
            GCM.objectiveNumber.asNode(),
            GCM.addresses.asNode(),
            GCM.runs.asNode(),
            GCM.participatesIn.asNode(),
            GCM.carriedOutWith.asNode(),
            GCM.fundedBy.asNode(),
            GCM.locatedIn.asNode());

    private static final Set<String> KEPT_PATHS = new HashSet<>();

    static {
        for (Node p : KEPT) {
            KEPT_PATHS.add(PathFactory.pathLink(p).toString());
        }
    }

    private final Set<Node> kept = new HashSet<>(KEPT);
    private final Graph facts = GraphFactory.createDefaultGraph();
    private final Set<String> linkLocals;
    private final Set<String> present = new HashSet<>();
    private final Set<String> fromReports = new HashSet<>();

    /** @param linkLocals the resources the link tables name */
    CorpusFacts(Set<String> linkLocals) {
        this.linkLocals = linkLocals;
    }

    /** Whether the facts keep {@code property} for shared resources. */
    static boolean keeps(Node property) {
        return KEPT.contains(property);
    }

    /** Keeps what the corpus steps need of a report graph; {@code reportIri} prefixes the report's own resources. */
    void addReport(Graph graph, String reportIri) {
        graph.find().forEachRemaining(t -> {
            Node s = t.getSubject();
            if (!s.isURI()) {
                return;
            }
            String iri = s.getURI();
            if (linkLocals.contains(iri)) {
                present.add(iri);
            }
            boolean own = iri.equals(reportIri) || iri.startsWith(reportIri + "/");
            if (!own && kept.contains(t.getPredicate())) {
                facts.add(t);
                fromReports.add(iri);
            }
        });
    }

    /** Keeps the whole of a graph every report shares (the reference graph), and notes the linked resources it holds. */
    void addShared(Graph graph) {
        graph.find().forEachRemaining(t -> {
            if (t.getSubject().isURI() && linkLocals.contains(t.getSubject().getURI())) {
                present.add(t.getSubject().getURI());
            }
            facts.add(t);
        });
    }

    /** Keeps the whole of a graph made from the corpus (links, SDG KOS), which the network reads too. */
    void addWhole(Graph graph) {
        graph.find().forEachRemaining(facts::add);
    }

    /** The resources of the link tables that a report or the reference graph holds. */
    Set<String> linkedPresent() {
        return present;
    }

    /** The facts kept so far: what the network is read from. */
    Graph graph() {
        return facts;
    }

    /**
     * The errors of the constraints across reports: the kept facts and {@code network} against the shapes, save the
     * minimum counts of properties left out of shared resources, which each report's own check decided.
     */
    List<Violation> errors(ShapesValidator shapes, Graph network) {
        Graph all = GraphFactory.createDefaultGraph();
        facts.find().forEachRemaining(all::add);
        network.find().forEachRemaining(all::add);
        return ShapesValidator.errors(shapes.validate(all)).stream()
                .filter(v -> v.path().isEmpty() || KEPT_PATHS.contains(v.path()) || !fromReports.contains(focusIri(v)))
                .toList();
    }

    private static String focusIri(Violation v) {
        String focus = v.focus();
        return focus.startsWith("<") && focus.endsWith(">") ? focus.substring(1, focus.length() - 1) : focus;
    }
}
