package org.gcmkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.gcmkg.graph.Prefixes;
import org.gcmkg.store.StoredDataset;
import org.gcmkg.vocab.GCM;
import org.gcmkg.vocab.OA;
import org.gcmkg.vocab.PROV;

/**
 * Dereferences the graph's IRIs: a path under this server stands for the same path under the data base
 * (and {@code /ontology} for the ontology). Browsers get an HTML page with labels, types, every property,
 * incoming links and the quoted source sentence; RDF clients get Turtle, JSON-LD, N-Triples or RDF/XML.
 */
final class LinkedDataServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final int MAX_INCOMING = 500;

    private final transient Supplier<StoredDataset> current;
    private final String base;
    private final transient Map<String, String> prefixes = Prefixes.all();

    LinkedDataServlet(Supplier<StoredDataset> current, String base) {
        this.current = current;
        this.base = base;
    }

    /** The IRI a local path stands for. */
    String iriOf(String path) {
        if (path.equals("/ontology") || path.startsWith("/ontology/")) {
            return GCM.ONTOLOGY_IRI + path.substring("/ontology".length());
        }
        return base + path.substring(1);
    }

    /** The local path of an IRI served here, if it is one. */
    String localPath(String iri) {
        if (iri.startsWith(GCM.ONTOLOGY_IRI)) {
            return "/ontology" + iri.substring(GCM.ONTOLOGY_IRI.length());
        }
        return iri.startsWith(base) ? "/" + iri.substring(base.length()) : null;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        String iri = iriOf(path);
        StoredDataset stored = current.get();
        DatasetGraph dataset = stored.dataset();
        Node subject = NodeFactory.createURI(iri);
        String type = RdfResponses.choose(request);
        if (type == null) {
            Refusal.send(response, 406, "no acceptable representation of " + iri);
            return;
        }
        response.setHeader("ETag", "W/\"" + stored.version() + "-" + type.hashCode() + "\"");
        Txn.executeRead(dataset, () -> {
            try {
                Node graphName = NodeFactory.createURI(iri);
                boolean isGraph = dataset.containsGraph(graphName);
                Model description = describe(dataset, subject);
                if (description.isEmpty() && !isGraph) {
                    if (type.equals(RdfResponses.HTML)) {
                        Html.page(response, 404, "Not found", "<h1>Not found</h1><p class=\"iri\">" + Html.esc(iri)
                                + "</p><p>No resource with this IRI is in the graph.</p>");
                    } else {
                        Refusal.send(response, 404, "no resource " + iri + " in the graph");
                    }
                    return;
                }
                if (!type.equals(RdfResponses.HTML)) {
                    Model out = description;
                    if (isGraph && (path.startsWith("/graph/") || iri.equals(GCM.ONTOLOGY_IRI))) {
                        // A copy: the store is read-only here, and setting prefixes on its graph would write.
                        out = ModelFactory.createDefaultModel();
                        GraphUtil.addInto(out.getGraph(), dataset.getGraph(graphName));
                    }
                    Prefixes.apply(out.getGraph().getPrefixMapping());
                    RdfResponses.writeRdf(response, out, type);
                    return;
                }
                Html.page(response, 200, label(dataset, subject).orElse(iri), html(dataset, subject, iri));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Model describe(DatasetGraph dataset, Node subject) {
        Model m = ModelFactory.createDefaultModel();
        dataset.find(Node.ANY, subject, Node.ANY, Node.ANY).forEachRemaining(q -> m.getGraph().add(q.asTriple()));
        incoming(dataset, subject).forEach(m.getGraph()::add);
        return m;
    }

    private static Set<Triple> incoming(DatasetGraph dataset, Node subject) {
        Set<Triple> found = new LinkedHashSet<>();
        var it = dataset.find(Node.ANY, Node.ANY, Node.ANY, subject);
        while (it.hasNext() && found.size() < MAX_INCOMING) {
            found.add(it.next().asTriple());
        }
        return found;
    }

    private static Optional<String> label(DatasetGraph dataset, Node subject) {
        for (String lang : List.of("es", "en", "")) {
            for (Node p : List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), DCTerms.title.asNode())) {
                Optional<String> found = distinctObjects(dataset, subject, p).stream().filter(Node::isLiteral)
                        .filter(o -> lang.isEmpty() || o.getLiteralLanguage().equals(lang))
                        .map(Node::getLiteralLexicalForm).sorted().findFirst();
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private String html(DatasetGraph dataset, Node subject, String iri) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.esc(label(dataset, subject).orElse(iri))).append("</h1>\n");
        b.append("<p class=\"iri\">").append(Html.esc(iri)).append("</p>\n");
        List<Node> types = distinctObjects(dataset, subject, RDF.type.asNode());
        if (!types.isEmpty()) {
            b.append("<p>Type: ");
            types.forEach(t -> b.append(link(dataset, t)).append(' '));
            b.append("</p>\n");
        }
        sources(dataset, subject, b);
        b.append("<h2>Properties</h2>\n<table class=\"properties\"><tr><th>property</th><th>value</th></tr>\n");
        Set<Triple> outgoing = new LinkedHashSet<>();
        dataset.find(Node.ANY, subject, Node.ANY, Node.ANY).forEachRemaining(q -> outgoing.add(q.asTriple()));
        List<Triple> sorted = new ArrayList<>(outgoing);
        sorted.sort(Comparator.comparing((Triple t) -> t.getPredicate().getURI()).thenComparing(t -> t.getObject().toString()));
        for (Triple t : sorted) {
            b.append("<tr><td>").append(link(dataset, t.getPredicate())).append("</td><td>")
                    .append(value(dataset, t.getObject())).append("</td></tr>\n");
        }
        b.append("</table>\n");
        Set<Triple> incoming = incoming(dataset, subject);
        if (!incoming.isEmpty()) {
            b.append("<h2>Incoming links</h2>\n<table class=\"incoming\"><tr><th>resource</th><th>property</th></tr>\n");
            incoming.stream().sorted(Comparator.comparing((Triple t) -> t.getPredicate().getURI())
                    .thenComparing(t -> t.getSubject().toString())).forEach(t -> b.append("<tr><td>")
                    .append(value(dataset, t.getSubject())).append("</td><td>").append(link(dataset, t.getPredicate()))
                    .append("</td></tr>\n"));
            b.append("</table>\n");
        }
        b.append("<p>Also as <a href=\"?format=ttl\">Turtle</a>, <a href=\"?format=jsonld\">JSON-LD</a>, "
                + "<a href=\"?format=nt\">N-Triples</a>.</p>\n");
        return b.toString();
    }

    /** The quoted source sentences of a resource, each linked to its line in the report. */
    private void sources(DatasetGraph dataset, Node subject, StringBuilder b) {
        List<Node> spans = distinctObjects(dataset, subject, PROV.wasDerivedFrom.asNode());
        if (spans.isEmpty()) {
            return;
        }
        b.append("<h2>Source</h2>\n");
        for (Node span : spans.stream().limit(20).toList()) {
            String exact = null;
            for (Node selector : distinctObjects(dataset, span, OA.hasSelector.asNode())) {
                for (Node e : distinctObjects(dataset, selector, OA.exact.asNode())) {
                    exact = e.getLiteralLexicalForm();
                }
            }
            String line = distinctObjects(dataset, span, GCM.lineNumber.asNode()).stream()
                    .map(Node::getLiteralLexicalForm).findFirst().orElse("");
            String file = distinctObjects(dataset, span, OA.hasSource.asNode()).stream()
                    .flatMap(r -> distinctObjects(dataset, r, DCTerms.identifier.asNode()).stream())
                    .map(Node::getLiteralLexicalForm).findFirst().orElse(null);
            if (exact == null) {
                continue;
            }
            b.append("<blockquote class=\"source\" lang=\"es\">").append(Html.esc(exact)).append("</blockquote>\n<p>");
            if (file != null) {
                b.append("<a class=\"source-link\" href=\"/source/").append(Html.esc(file)).append("#L").append(line)
                        .append("\">").append(Html.esc(file)).append(", line ").append(line).append("</a> · ");
            }
            b.append(link(dataset, span)).append("</p>\n");
        }
    }

    private static List<Node> distinctObjects(DatasetGraph dataset, Node s, Node p) {
        Set<Node> objects = new LinkedHashSet<>();
        dataset.find(Node.ANY, s, p, Node.ANY).forEachRemaining(q -> objects.add(q.getObject()));
        List<Node> list = new ArrayList<>(objects);
        list.sort(Comparator.comparing(Node::toString));
        return list;
    }

    private String value(DatasetGraph dataset, Node o) {
        if (o.isLiteral()) {
            String lang = o.getLiteralLanguage();
            return Html.esc(o.getLiteralLexicalForm()) + (lang.isEmpty() ? "" : " <span class=\"lang\">@" + lang + "</span>");
        }
        return link(dataset, o);
    }

    private String link(DatasetGraph dataset, Node n) {
        if (!n.isURI()) {
            return Html.esc(n.toString());
        }
        String iri = n.getURI();
        String local = localPath(iri);
        String href = local != null ? local : iri;
        String text = label(dataset, n).orElseGet(() -> compact(iri));
        return "<a href=\"" + Html.esc(href) + "\" title=\"" + Html.esc(iri) + "\">" + Html.esc(text) + "</a>";
    }

    private String compact(String iri) {
        for (Map.Entry<String, String> e : prefixes.entrySet()) {
            if (iri.startsWith(e.getValue()) && iri.length() > e.getValue().length()) {
                return e.getKey() + ":" + iri.substring(e.getValue().length());
            }
        }
        return iri;
    }
}
