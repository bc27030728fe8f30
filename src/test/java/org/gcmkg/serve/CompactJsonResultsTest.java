package org.gcmkg.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.BaseDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetReaderRegistry;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.riot.rowset.rw.RowSetWriterJSON;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.util.Context;
import org.gcmkg.TestBuild;
import org.gcmkg.query.LibraryQuery;
import org.gcmkg.query.QueryLibrary;
import org.junit.jupiter.api.Test;

/**
 * The endpoint's compact JSON answers against Jena's own JSON writer: the same JSON, member for member, for
 * awkward terms and for every curated query's answer on the report; the choice made by the dataset's context.
 */
class CompactJsonResultsTest {
    static final Var S = Var.alloc("s");
    static final Var O = Var.alloc("o");
    static final Var WITH_DASH = Var.alloc("x_1");

    /** Rows with every kind of term the JSON results format has, strings that need escaping, and gaps. */
    static List<Binding> awkwardRows() {
        Node blank = NodeFactory.createBlankNode("given-label");
        Node triple = NodeFactory.createTripleTerm(
                NodeFactory.createURI("https://w3id.org/gcmkg/id/org/unodc"),
                NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
                NodeFactory.createLiteralLang("UNODC", "en"));
        List<Node> values = List.of(
                NodeFactory.createURI("https://w3id.org/gcmkg/id/org/unodc"),
                NodeFactory.createURI("http://example.org/a\"quote"),
                blank,
                NodeFactory.createBlankNode(),
                NodeFactory.createLiteralString("plain"),
                NodeFactory.createLiteralString("quote \" backslash \\ slash / newline \n tab \t return \r"),
                NodeFactory.createLiteralString("controls \u0000\u0001\u001f and \u007f, separators \u2028\u2029"),
                NodeFactory.createLiteralString("Secretaría de Gobernación, 移民, emoji \uD83C\uDF0E"),
                NodeFactory.createLiteralLang("Programa Frontera Sur", "es"),
                NodeFactory.createLiteralLang("Southern Border Program", "en-GB"),
                NodeFactory.createLiteralDirLang("مرحبا", "ar", "rtl"),
                NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger),
                NodeFactory.createLiteralDT("2018-09-07", XSDDatatype.XSDdate),
                NodeFactory.createLiteralDT("x", new BaseDatatype("http://example.org/dt")),
                triple);
        List<Binding> rows = new ArrayList<>();
        for (Node value : values) {
            BindingBuilder row = BindingBuilder.create();
            row.add(S, value);
            rows.add(row.build());
        }
        // a row with a gap, one with the same blank node again, an empty one
        rows.add(BindingBuilder.create().add(O, NodeFactory.createURI("urn:x")).build());
        rows.add(BindingBuilder.create().add(S, blank).add(WITH_DASH, blank).build());
        rows.add(BindingBuilder.create().build());
        return rows;
    }

    static RowSetRewindable rows(List<Binding> bindings) {
        return RowSetStream.create(List.of(S, O, WITH_DASH), bindings.iterator())
                .rewindable();
    }

    static byte[] compact(RowSet rows, Context context) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompactJsonResults.write(out, rows, context);
        return out.toByteArray();
    }

    static byte[] jena(RowSet rows, Context context) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RowSetWriterJSON.factory.create(ResultSetLang.RS_JSON).write(out, rows, context);
        return out.toByteArray();
    }

    /** What the writer Jena's registry gives for JSON writes under {@code context}. */
    static byte[] registered(RowSet rows, Context context) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RowSetWriterRegistry.getFactory(ResultSetLang.RS_JSON)
                .create(ResultSetLang.RS_JSON)
                .write(out, rows, context);
        return out.toByteArray();
    }

    static JsonElement json(byte[] bytes) {
        return JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void awkwardTermsComeOutAsTheSameJsonAsJenasWriterGivesThem() {
        for (boolean givenLabels : List.of(false, true)) {
            Context context = new Context();
            context.set(ARQ.outputGraphBNodeLabels, givenLabels);
            RowSetRewindable rows = rows(awkwardRows());
            byte[] jenas = jena(rows, context);
            rows.reset();
            byte[] ours = compact(rows, context);
            assertEquals(json(jenas), json(ours), "blank node labels as given: " + givenLabels);
            assertTrue(ours.length < jenas.length, ours.length + " bytes, Jena's " + jenas.length);
        }
    }

    @Test
    void whatItWritesReadsBackAsTheSameRows() {
        RowSetRewindable rows = rows(awkwardRows());
        byte[] ours = compact(rows, new Context());
        RowSet read = RowSetReaderRegistry.getFactory(ResultSetLang.RS_JSON)
                .create(ResultSetLang.RS_JSON)
                .read(new ByteArrayInputStream(ours), new Context());
        assertEquals(List.of(S, O, WITH_DASH), read.getResultVars());
        List<Binding> back = new ArrayList<>();
        read.forEachRemaining(back::add);
        List<Binding> sent = awkwardRows();
        assertEquals(sent.size(), back.size());
        for (int i = 0; i < sent.size(); i++) {
            Node s = sent.get(i).get(S);
            Node b = back.get(i).get(S);
            if (s != null && s.isBlank()) {
                assertTrue(b.isBlank(), "row " + i);
            } else {
                assertEquals(s, b, "row " + i);
            }
            assertEquals(sent.get(i).get(O), back.get(i).get(O), "row " + i);
        }
    }

    @Test
    void everyCuratedAnswerOnTheReportIsTheSameJsonAsJenasWriterGivesIt() throws Exception {
        int compared = 0;
        for (LibraryQuery curated : QueryLibrary.load(Path.of("queries"))) {
            Query query = QueryFactory.create(curated.text(), Syntax.syntaxARQ);
            if (!query.isSelectType()
                    || !curated.services().isEmpty()
                    || curated.text().contains("text:query")) {
                continue;
            }
            RowSetRewindable rows;
            try (QueryExec exec =
                    QueryExec.dataset(TestBuild.result().dataset()).query(query).build()) {
                rows = exec.select().rewindable();
            }
            byte[] jenas = jena(rows, new Context());
            rows.reset();
            assertEquals(json(jenas), json(compact(rows, new Context())), curated.name());
            compared++;
        }
        assertEquals(30, compared, "the curated SELECT queries that need neither SERVICE nor the text index");
    }

    @Test
    void onlyDatasetsThatAskForItGetIt() {
        Context asked = new Context();
        CompactJsonResults.install(asked);
        Context other = new Context();
        RowSetRewindable rows = rows(awkwardRows());
        byte[] registered = registered(rows, other);
        rows.reset();
        assertArrayEquals(jena(rows, other), registered, "another dataset keeps Jena's bytes");
        rows.reset();
        byte[] chosen = registered(rows, asked);
        rows.reset();
        assertArrayEquals(compact(rows, asked), chosen, "the endpoint's dataset gets the compact form");
        assertFalse(new String(chosen, StandardCharsets.UTF_8).contains("\n  "), "no indentation");
    }
}
