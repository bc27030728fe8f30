package org.gcmkg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.gcmkg.graph.Iris;
import org.gcmkg.graph.Publication;
import org.gcmkg.store.DatasetDescription;
import org.gcmkg.store.ReleaseVersion;
import org.gcmkg.store.StoredDataset;
import org.gcmkg.vocab.GCM;

/**
 * What the landing and dataset pages say about the served dataset, counted once per version: resources by kind,
 * triples per named graph, the three totals and what each covers, and the citation.
 *
 * @param counts  resources by kind, keyed by the message that names the kind
 * @param graphs  triples per named graph, by graph IRI
 * @param served  triples of the endpoint's default graph: the union of every named graph (what VoID states)
 * @param dumped  triples of the dumps {@code gcmkg.ttl} and {@code gcmkg.nt}: the union without the ontology
 *                and the description
 * @param citation how to cite this version
 */
record DatasetFacts(Map<String, Long> counts, Map<String, Long> graphs, long served, long dumped, Citation citation) {
    private static final Map<String, Node> COUNTED = new LinkedHashMap<>();

    static {
        COUNTED.put("k_objectives", GCM.Objective.asNode());
        COUNTED.put("k_actions", GCM.ReportedAction.asNode());
        COUNTED.put("k_goals", GCM.FutureGoal.asNode());
        COUNTED.put("k_figures", GCM.ReportedFigure.asNode());
        COUNTED.put("k_programs", GCM.Program.asNode());
        COUNTED.put("k_agencies", GCM.PublicAgency.asNode());
        COUNTED.put("k_partners", GCM.InternationalPartner.asNode());
        COUNTED.put("k_places", GCM.Place.asNode());
    }

    /** Counts a served dataset. */
    static DatasetFacts of(StoredDataset stored, Iris iris) {
        DatasetGraph dataset = stored.dataset();
        return Txn.calculateRead(dataset, () -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            COUNTED.forEach((key, type) -> {
                Set<Node> distinct = new HashSet<>();
                dataset.find(Node.ANY, Node.ANY, RDF.type.asNode(), type)
                        .forEachRemaining(q -> distinct.add(q.getSubject()));
                counts.put(key, (long) distinct.size());
            });
            Map<String, Long> graphs = new LinkedHashMap<>();
            List<Node> names = new ArrayList<>();
            dataset.listGraphNodes().forEachRemaining(names::add);
            names.stream()
                    .map(Node::getURI)
                    .sorted()
                    .forEach(g -> graphs.put(
                            g, (long) dataset.getGraph(NodeFactory.createURI(g)).size()));
            return new DatasetFacts(
                    counts,
                    graphs,
                    stored.triples(),
                    lines(stored.dumps().resolve(Publication.NTRIPLES)),
                    citation(dataset, iris, stored.release()));
        });
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(l -> !l.isBlank()).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Citation citation(DatasetGraph dataset, Iris iris, String version) {
        Node ds = NodeFactory.createURI(iris.dataset());
        String title = literal(dataset, ds, DCTerms.title.asNode(), "en");
        List<String> sources = new ArrayList<>();
        dataset.find(Node.ANY, Node.ANY, RDF.type.asNode(), GCM.Report.asNode()).forEachRemaining(q -> {
            Node report = q.getSubject();
            String publisher = dataset.stream(Node.ANY, report, DCTerms.publisher.asNode(), Node.ANY)
                    .findFirst()
                    .map(p -> literal(dataset, p.getObject(), RDFS.label.asNode(), "es"))
                    .orElse("");
            String issued = literal(dataset, report, DCTerms.issued.asNode(), "");
            String reportTitle = literal(dataset, report, DCTerms.title.asNode(), "es");
            String sha = literal(dataset, report, GCM.sha256.asNode(), "");
            sources.add((publisher + " (" + issued + "). " + reportTitle + " SHA-256 " + sha).strip());
        });
        sources.sort(String::compareTo);
        return new Citation(
                title.isEmpty() ? "gcmkg" : title,
                DatasetDescription.CREATOR,
                ReleaseVersion.issued(),
                version,
                iris.base(),
                String.join("; ", sources.stream().map(s -> "Built from " + s).toList()));
    }

    /** A literal value in a language (or any, when none in it), or "". */
    private static String literal(DatasetGraph dataset, Node s, Node p, String lang) {
        List<Node> values = new ArrayList<>();
        dataset.find(Node.ANY, s, p, Node.ANY).forEachRemaining(q -> values.add(q.getObject()));
        return values.stream()
                .filter(Node::isLiteral)
                .sorted((a, b) -> Boolean.compare(
                        !a.getLiteralLanguage().equals(lang),
                        !b.getLiteralLanguage().equals(lang)))
                .map(Node::getLiteralLexicalForm)
                .findFirst()
                .orElse("");
    }
}
