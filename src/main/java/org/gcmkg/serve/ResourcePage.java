package org.gcmkg.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.gcmkg.vocab.GCM;
import org.gcmkg.vocab.OA;
import org.gcmkg.vocab.PROV;

/**
 * The values of {@code resource.mustache} for one resource: its label as title, its types, the sentences of
 * the report it comes from, its properties grouped by property and its incoming links (those not already shown
 * as its own values), every link showing a label ({@link Labels}) and values sorted by objective number, then
 * by what they show.
 */
final class ResourcePage {
    private static final int MAX_INCOMING = 500;
    private static final int MAX_SOURCES = 20;
    private final DatasetGraph dataset;
    private final Labels labels;
    private final LocalPaths paths;

    ResourcePage(DatasetGraph dataset, Labels labels, LocalPaths paths) {
        this.dataset = dataset;
        this.labels = labels;
        this.paths = paths;
    }

    /** The page's values, to be put into the frame's. */
    Map<String, Object> scope(Node subject) {
        Map<String, Object> scope = new HashMap<>();
        scope.put("title", labels.of(subject));
        scope.put("iri", subject.getURI());
        List<Map<String, Object>> types = labels.objects(subject, RDF.type.asNode()).stream()
                .map(this::link)
                .toList();
        scope.put("types", types);
        scope.put("has_types", !types.isEmpty());
        List<Map<String, Object>> sources = sources(subject);
        scope.put("sources", sources);
        scope.put("has_sources", !sources.isEmpty());
        Map<Node, List<Node>> outgoing = new LinkedHashMap<>();
        dataset.find(Node.ANY, subject, Node.ANY, Node.ANY)
                .forEachRemaining(q -> outgoing.computeIfAbsent(q.getPredicate(), p -> new ArrayList<>())
                        .add(q.getObject()));
        scope.put("properties", groups(outgoing));
        Set<Node> shown = new LinkedHashSet<>();
        outgoing.values().forEach(shown::addAll);
        Map<Node, List<Node>> incoming = new LinkedHashMap<>();
        for (Triple t : incoming(subject)) {
            if (!shown.contains(t.getSubject())) {
                incoming.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>())
                        .add(t.getSubject());
            }
        }
        List<Map<String, Object>> in = groups(incoming);
        scope.put("incoming", in);
        scope.put("has_incoming", !in.isEmpty());
        return scope;
    }

    private Set<Triple> incoming(Node subject) {
        Set<Triple> found = new LinkedHashSet<>();
        var it = dataset.find(Node.ANY, Node.ANY, Node.ANY, subject);
        while (it.hasNext() && found.size() < MAX_INCOMING) {
            found.add(it.next().asTriple());
        }
        return found;
    }

    /** Property groups, sorted by property name, each with its distinct values sorted. */
    private List<Map<String, Object>> groups(Map<Node, List<Node>> byProperty) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map.Entry<Node, List<Node>> e : byProperty.entrySet()) {
            Map<String, Object> row = new HashMap<>();
            row.put("name", labels.property(e.getKey()));
            row.put("href", paths.href(e.getKey().getURI()));
            row.put("iri", e.getKey().getURI());
            row.put(
                    "values",
                    sorted(new LinkedHashSet<>(e.getValue())).stream()
                            .map(this::value)
                            .toList());
            rows.add(row);
        }
        rows.sort(Comparator.comparing((Map<String, Object> r) -> (String) r.get("name"))
                .thenComparing(r -> (String) r.get("iri")));
        return rows;
    }

    /** Nodes in the order a reader expects: objectives by number, then by what they show. */
    List<Node> sorted(Set<Node> nodes) {
        record Keyed(long number, String text, String id, Node node) {}
        List<Keyed> keyed = new ArrayList<>();
        for (Node n : nodes) {
            long number = n.isLiteral()
                    ? Long.MAX_VALUE
                    : labels.first(n, GCM.objectiveNumber.asNode())
                            .map(Long::parseLong)
                            .orElse(Long.MAX_VALUE);
            keyed.add(new Keyed(number, labels.of(n), n.toString(), n));
        }
        keyed.sort(Comparator.comparingLong(Keyed::number)
                .thenComparing(Keyed::text)
                .thenComparing(Keyed::id));
        return keyed.stream().map(Keyed::node).toList();
    }

    /** A value: a link showing a label, or a literal with its language. */
    Map<String, Object> value(Node n) {
        if (!n.isLiteral()) {
            return link(n);
        }
        Map<String, Object> v = new HashMap<>();
        v.put("link", false);
        v.put("text", n.getLiteralLexicalForm());
        v.put("lang", n.getLiteralLanguage().isEmpty() ? null : n.getLiteralLanguage());
        return v;
    }

    /** A link to a resource showing its label. */
    Map<String, Object> link(Node n) {
        Map<String, Object> v = new HashMap<>();
        v.put("link", n.isURI());
        v.put("text", labels.of(n));
        if (n.isURI()) {
            v.put("href", paths.href(n.getURI()));
            v.put("iri", n.getURI());
        }
        return v;
    }

    /** The quoted source sentences of a resource, each with its line in the report. */
    private List<Map<String, Object>> sources(Node subject) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Node span : labels.objects(subject, PROV.wasDerivedFrom.asNode()).stream()
                .limit(MAX_SOURCES)
                .toList()) {
            Map<String, Object> s = quote(span);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /** A source span as its exact text, file, line and link to the line; null when it has no text. */
    Map<String, Object> quote(Node span) {
        String exact = null;
        for (Node selector : labels.objects(span, OA.hasSelector.asNode())) {
            exact = labels.first(selector, OA.exact.asNode()).orElse(exact);
        }
        if (exact == null) {
            return null;
        }
        String line = labels.first(span, GCM.lineNumber.asNode()).orElse("");
        String file = labels.objects(span, OA.hasSource.asNode()).stream()
                .flatMap(r -> labels.first(r, DCTerms.identifier.asNode()).stream())
                .findFirst()
                .orElse(null);
        Map<String, Object> s = new HashMap<>();
        s.put("quote", exact);
        s.put("file", file);
        s.put("line", line);
        s.put("href", file == null ? null : "/source/" + file + "#L" + line);
        s.put("span", link(span));
        return s;
    }
}
