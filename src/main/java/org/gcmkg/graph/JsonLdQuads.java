package org.gcmkg.graph;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes quads, already in publication order, as one JSON-LD 1.1 document: a context holding the published
 * prefixes, then one entry per named graph, one node object per subject and one array per property, each in
 * the order of the quads. Streamed as the quads come, so it costs no more than the N-Triples file; the
 * library's JSON-LD writer builds and compacts the whole document in memory first, which made it the
 * slowest part of a build. The result is checked in the tests by reading it back with Jena and RDF4J.
 */
final class JsonLdQuads {
    /** A local name that needs no escaping in a compact IRI. */
    private static final Pattern PLAIN_LOCAL = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]*");

    private final Map<String, String> prefixes;
    private final Function<Node, String> blankLabel;
    private final Map<Node, String> keys = new HashMap<>();

    /**
     * @param prefixes   prefix to namespace; each namespace must end in {@code /} or {@code #}, so that JSON-LD 1.1
     *                   expands its compact IRIs
     * @param blankLabel the {@code _:} label of a blank node
     */
    JsonLdQuads(Map<String, String> prefixes, Function<Node, String> blankLabel) {
        this.prefixes = prefixes;
        this.blankLabel = blankLabel;
    }

    void write(List<Quad> quads, OutputStream out) {
        try (Sink sink = start(out)) {
            quads.forEach(sink::quad);
        }
    }

    /** A document begun on {@code out}: give it the quads in publication order, then close it. */
    Sink start(OutputStream out) {
        return new Sink(out);
    }

    /** One JSON-LD document being written, quad by quad. */
    final class Sink implements AutoCloseable {
        private final JsonGenerator json;
        private Node graph;
        private Node subject;
        private Node predicate;

        private Sink(OutputStream out) {
            json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                    .createGenerator(out, StandardCharsets.UTF_8);
            json.writeStartObject();
            json.writeStartObject("@context");
            prefixes.forEach(json::write);
            json.writeEnd();
            json.writeStartArray("@graph");
        }

        /** The next quad, in publication order. */
        void quad(Quad q) {
            boolean newGraph = !q.getGraph().equals(graph);
            boolean newSubject = newGraph || !q.getSubject().equals(subject);
            if (newSubject && subject != null) {
                json.writeEnd().writeEnd();
            }
            if (newGraph) {
                if (graph != null) {
                    json.writeEnd().writeEnd();
                }
                json.writeStartObject().write("@id", id(q.getGraph())).writeStartArray("@graph");
                graph = q.getGraph();
            }
            if (newSubject || !q.getPredicate().equals(predicate)) {
                if (!newSubject) {
                    json.writeEnd();
                } else {
                    json.writeStartObject().write("@id", id(q.getSubject()));
                }
                json.writeStartArray(keys.computeIfAbsent(q.getPredicate(), JsonLdQuads.this::key));
                subject = q.getSubject();
                predicate = q.getPredicate();
            }
            value(json, q.getObject());
        }

        /** Ends the document and closes its stream. */
        @Override
        public void close() {
            if (subject != null) {
                json.writeEnd().writeEnd().writeEnd().writeEnd();
            }
            json.writeEnd();
            json.writeEnd();
            json.close();
        }
    }

    private String id(Node node) {
        return node.isBlank() ? blankLabel.apply(node) : node.getURI();
    }

    /** A property as a compact IRI when one of the prefixes covers it plainly, else the full IRI. */
    private String key(Node predicate) {
        String iri = predicate.getURI();
        for (Map.Entry<String, String> p : prefixes.entrySet()) {
            if (iri.startsWith(p.getValue())
                    && PLAIN_LOCAL.matcher(iri.substring(p.getValue().length())).matches()) {
                return p.getKey() + ":" + iri.substring(p.getValue().length());
            }
        }
        return iri;
    }

    private void value(JsonGenerator json, Node object) {
        json.writeStartObject();
        if (object.isLiteral()) {
            json.write("@value", object.getLiteralLexicalForm());
            String lang = object.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                json.write("@language", lang);
            } else if (!object.getLiteralDatatypeURI().equals(XSDDatatype.XSDstring.getURI())) {
                json.write("@type", object.getLiteralDatatypeURI());
            }
        } else {
            json.write("@id", id(object));
        }
        json.writeEnd();
    }
}
