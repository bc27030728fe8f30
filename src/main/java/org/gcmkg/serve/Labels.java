package org.gcmkg.serve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.gcmkg.graph.Prefixes;
import org.gcmkg.vocab.GCM;
import org.gcmkg.vocab.OA;
import org.gcmkg.vocab.SCHEMA;

/**
 * What a page shows for a resource instead of its IRI, in one language: its label in that language, else in the
 * other, else without a language; a figure its value, unit and period; an action, goal or footnote its first
 * words; a source span or selector its quoted text; a network measurement the node and projection it is of.
 * Only what has none of these shows its IRI, shortened by the site's prefixes.
 */
final class Labels {
    private static final List<Node> NAMING =
            List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode(), DCTerms.title.asNode());
    private static final int FIRST_WORDS = 12;
    private static final int QUOTE_CHARS = 120;

    private final DatasetGraph dataset;
    private final String lang;
    private final Messages messages;
    private final Map<String, String> prefixes = Prefixes.all();

    Labels(DatasetGraph dataset, Messages messages) {
        this.dataset = dataset;
        this.messages = messages;
        this.lang = messages.lang();
    }

    /** The label literal of a node: in the page's language first, then the other, then any. */
    Optional<String> named(Node n) {
        List<Node> literals = new ArrayList<>();
        for (Node p : NAMING) {
            literals.addAll(objects(n, p).stream().filter(Node::isLiteral).toList());
        }
        for (String wanted : List.of(lang, lang.equals("en") ? "es" : "en", "")) {
            for (Node l : literals) {
                if (l.getLiteralLanguage().equals(wanted)) {
                    return Optional.of(l.getLiteralLexicalForm().strip());
                }
            }
        }
        return literals.stream()
                .map(Node::getLiteralLexicalForm)
                .map(String::strip)
                .findFirst();
    }

    /** The text a link to {@code n} shows. */
    String of(Node n) {
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        Optional<String> name = named(n);
        if (name.isPresent()) {
            String code = sdgCode(n);
            return code == null ? name.get() : code + " · " + name.get();
        }
        Set<Node> types = new LinkedHashSet<>(objects(n, RDF.type.asNode()));
        if (types.contains(GCM.ReportedFigure.asNode()) || types.contains(SCHEMA.QuantitativeValue.asNode())) {
            return figure(n);
        }
        Optional<String> text = first(n, SCHEMA.text.asNode());
        if (text.isPresent()) {
            return firstWords(text.get());
        }
        Optional<String> exact = first(n, OA.exact.asNode());
        if (exact.isEmpty()) {
            exact = objects(n, OA.hasSelector.asNode()).stream()
                    .map(s -> first(s, OA.exact.asNode()))
                    .flatMap(Optional::stream)
                    .findFirst();
        }
        if (exact.isPresent()) {
            return "“" + shorten(exact.get(), QUOTE_CHARS) + "”";
        }
        Optional<String> start = first(n, OA.start.asNode());
        if (start.isPresent()) {
            return messages.get("characters") + " " + start.get() + "–"
                    + first(n, OA.end.asNode()).orElse("");
        }
        Optional<Node> of = objects(n, GCM.ofNode.asNode()).stream().findFirst();
        if (of.isPresent()) {
            String projection = objects(n, GCM.inProjection.asNode()).stream()
                    .findFirst()
                    .map(this::of)
                    .orElse("");
            return of(of.get()) + " · " + projection;
        }
        Optional<String> footnote = first(n, GCM.footnoteNumber.asNode());
        if (footnote.isPresent()) {
            return messages.get("footnote") + " " + footnote.get();
        }
        return n.isURI() ? compact(n.getURI()) : n.toString();
    }

    /** A figure as its value, unit and period: "2 retornos asistidos (2016)". */
    String figure(Node n) {
        String value = first(n, SCHEMA.value.asNode()).orElse("");
        String unit = first(n, SCHEMA.unitText.asNode()).orElse("");
        String text = (value + " " + unit).strip();
        if (text.isEmpty()) {
            text = first(n, GCM.figureText.asNode()).orElse(compact(n.getURI()));
        }
        Optional<String> period = period(n);
        String shown = text;
        return period.map(p -> shown + " (" + p + ")").orElse(shown);
    }

    /** The period of a figure as the report words it, else its start and end. */
    Optional<String> period(Node n) {
        Optional<String> text = first(n, GCM.periodText.asNode());
        if (text.isPresent()) {
            return text;
        }
        Optional<String> start = first(n, GCM.periodStart.asNode());
        Optional<String> end = first(n, GCM.periodEnd.asNode());
        if (start.isPresent() && end.isPresent() && !start.equals(end)) {
            return Optional.of(start.get() + "–" + end.get());
        }
        return start.or(() -> end).or(() -> first(n, GCM.asOf.asNode()));
    }

    /** The name of a property: the ontology's label in the page's language, else the messages', else its prefixed name. */
    String property(Node p) {
        String compact = compact(p.getURI());
        for (Node l : objects(p, RDFS.label.asNode())) {
            if (l.isLiteral() && l.getLiteralLanguage().equals(lang)) {
                return l.getLiteralLexicalForm();
            }
        }
        return messages.find("p." + compact.replace(':', '_')).orElse(compact);
    }

    /** The SDG code of a target or goal of the UN's SDG KOS ("8.7"), or null. */
    String sdgCode(Node n) {
        for (Node notation : objects(n, SKOS.notation.asNode())) {
            if (notation.isLiteral() && notation.getLiteralDatatypeURI().endsWith("SDGCodeCompact")) {
                return notation.getLiteralLexicalForm();
            }
        }
        return null;
    }

    /** The IRI shortened by the site's prefixes. */
    String compact(String iri) {
        for (Map.Entry<String, String> e : prefixes.entrySet()) {
            if (iri.startsWith(e.getValue()) && iri.length() > e.getValue().length()) {
                return e.getKey() + ":" + iri.substring(e.getValue().length());
            }
        }
        return iri;
    }

    /** The lexical form of one value of a property, the smallest when there are several. */
    Optional<String> first(Node s, Node p) {
        return objects(s, p).stream()
                .filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm)
                .findFirst();
    }

    /** The distinct objects of a subject and property over every graph, in a stable order. */
    List<Node> objects(Node s, Node p) {
        Set<Node> found = new LinkedHashSet<>();
        dataset.find(Node.ANY, s, p, Node.ANY).forEachRemaining(q -> found.add(q.getObject()));
        List<Node> list = new ArrayList<>(found);
        list.sort(Comparator.comparing(Node::toString));
        return list;
    }

    static String firstWords(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length <= FIRST_WORDS) {
            return text.strip();
        }
        return String.join(" ", Arrays.copyOf(words, FIRST_WORDS)) + " …";
    }

    static String shorten(String text, int max) {
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() <= max ? t : t.substring(0, max).strip() + "…";
    }
}
