package org.gcmkg.serve;

import com.google.gson.stream.JsonWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.out.NodeToLabel;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterFactory;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.riot.system.SyntaxLabels;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.NodeUtils;
import org.apache.jena.sparql.util.Symbol;

/**
 * SPARQL 1.1 query results in JSON for this endpoint's answers: the same JSON as Jena's writer (the same
 * members, blank node labels and term forms; tested member for member) without its indentation, streamed
 * through Gson's {@link JsonWriter}, which escapes the strings. Jena's writer puts out a few characters at a
 * time through an indenting writer: in a profile of the curated queries asked as new texts it took about an
 * eighth of the server's time, and this one writes a 20,000-row answer about five times faster. Only datasets
 * whose context carries {@link #install}'s setting get it; any other dataset in the same process (the plain
 * Fuseki of the benchmark, for example) keeps Jena's writer, and so do boolean answers.
 */
final class CompactJsonResults {
    private static final Symbol ON = Symbol.create("https://w3id.org/gcmkg/ontology#compactJsonResults");

    private CompactJsonResults() {}

    /** Answers of datasets with this context are written compactly; registers the writer once per process. */
    static void install(Context context) {
        register();
        context.set(ON, true);
    }

    private static synchronized void register() {
        RowSetWriterFactory present = RowSetWriterRegistry.getFactory(ResultSetLang.RS_JSON);
        if (!(present instanceof Choice)) {
            RowSetWriterRegistry.register(ResultSetLang.RS_JSON, new Choice(present));
        }
    }

    /** Jena's writer, except for the rows of datasets that asked for this one. */
    private record Choice(RowSetWriterFactory jena) implements RowSetWriterFactory {
        @Override
        public RowSetWriter create(Lang lang) {
            RowSetWriter standard = jena.create(lang);
            return new RowSetWriter() {
                @Override
                public void write(OutputStream out, RowSet rowSet, Context context) {
                    if (context != null && context.isTrue(ON)) {
                        CompactJsonResults.write(out, rowSet, context);
                    } else {
                        standard.write(out, rowSet, context);
                    }
                }

                @Override
                public void write(Writer out, RowSet rowSet, Context context) {
                    standard.write(out, rowSet, context);
                }

                @Override
                public void write(OutputStream out, boolean result, Context context) {
                    standard.write(out, result, context);
                }
            };
        }
    }

    /** Writes the rows as SPARQL JSON results; blank node labels as Jena's writer makes them under {@code context}. */
    static void write(OutputStream out, RowSet rowSet, Context context) {
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        NodeToLabel labels = context != null && context.isTrue(ARQ.outputGraphBNodeLabels)
                ? SyntaxLabels.createNodeToLabelAsGiven()
                : SyntaxLabels.createNodeToLabel();
        try {
            JsonWriter json = new JsonWriter(text);
            List<Var> vars = rowSet.getResultVars();
            json.beginObject().name("head").beginObject().name("vars").beginArray();
            for (Var var : vars) {
                json.value(var.getVarName());
            }
            json.endArray().endObject();
            json.name("results").beginObject().name("bindings").beginArray();
            while (rowSet.hasNext()) {
                Binding row = rowSet.next();
                json.beginObject();
                for (Var var : vars) {
                    Node value = row.get(var);
                    if (value != null) {
                        json.name(var.getVarName());
                        term(json, value, labels);
                    }
                }
                json.endObject();
            }
            json.endArray().endObject().endObject();
            // flushed, not closed: Fuseki may still write a JSONP callback's closing after the answer
            json.flush();
            text.write('\n');
            text.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void term(JsonWriter json, Node node, NodeToLabel labels) throws IOException {
        json.beginObject();
        if (node.isURI()) {
            json.name("type").value("uri").name("value").value(node.getURI());
        } else if (node.isBlank()) {
            // the label comes with a leading "_:"
            json.name("type")
                    .value("bnode")
                    .name("value")
                    .value(labels.get(null, node).substring(2));
        } else if (node.isLiteral()) {
            literal(json, node);
        } else if (node.isTripleTerm()) {
            Triple triple = node.getTriple();
            json.name("type").value("triple").name("value").beginObject();
            json.name("subject");
            term(json, triple.getSubject(), labels);
            json.name("predicate");
            term(json, triple.getPredicate(), labels);
            json.name("object");
            term(json, triple.getObject(), labels);
            json.endObject();
        } else {
            throw new UnsupportedOperationException("no JSON form for the term " + node);
        }
        json.endObject();
    }

    private static void literal(JsonWriter json, Node literal) throws IOException {
        json.name("type").value("literal");
        if (NodeUtils.isSimpleString(literal)
                || NodeUtils.isLangString(literal)
                || NodeUtils.isDirLangString(literal)) {
            String lang = literal.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                json.name("xml:lang").value(lang);
            }
            TextDirection direction = literal.getLiteralBaseDirection();
            if (direction != null) {
                json.name("its:dir").value(direction.direction());
            }
        } else {
            json.name("datatype").value(literal.getLiteralDatatypeURI());
        }
        json.name("value").value(literal.getLiteralLexicalForm());
    }
}
