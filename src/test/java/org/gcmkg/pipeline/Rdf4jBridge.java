package org.gcmkg.pipeline;

import org.apache.jena.graph.Node;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;

/** Turns Jena nodes into RDF4J values, to compare the two toolkits' parses of one file. */
final class Rdf4jBridge {
    private Rdf4jBridge() {}

    static Resource resource(ValueFactory vf, Node node) {
        return node.isBlank() ? vf.createBNode(node.getBlankNodeLabel()) : vf.createIRI(node.getURI());
    }

    static Value value(ValueFactory vf, Node node) {
        if (!node.isLiteral()) {
            return resource(vf, node);
        }
        String lang = node.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) {
            return vf.createLiteral(node.getLiteralLexicalForm(), lang);
        }
        return vf.createLiteral(node.getLiteralLexicalForm(), vf.createIRI(node.getLiteralDatatypeURI()));
    }
}
