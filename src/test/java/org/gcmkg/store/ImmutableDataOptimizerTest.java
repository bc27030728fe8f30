package org.gcmkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpExt;
import org.apache.jena.sparql.algebra.op.OpJoin;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.algebra.op.OpUnion;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ImmutableDataOptimizerTest {
    private static final String DATA = """
            PREFIX : <http://example.org/>
            GRAPH :g1 {
              :o1 a :Objective ; :n 1 . :o2 a :Objective ; :n 2 . :o3 a :Objective ; :n 3 . :o4 a :Objective ; :n 4 .
              :p1 :addresses :o1 . :p2 :addresses :o1 . :p3 :addresses :o2 . :p4 :addresses :o3 . :p5 :addresses :o3 .
              :un a :Partner . :eu a :Partner . :ngo a :Domestic .
              :un :runs :p1 . :p4 :fundedBy :eu . :ngo :runs :p3 . :p5 :with :ngo .
            }
            GRAPH :g2 { :p6 :addresses :o2 . :eu :participates :p6 . :p6 :size 7 . :p1 :size 3 .
              :ngo :runs :p1 . :p4 :with :ngo . :p6 :with :ngo . }
            """;

    static List<String> queries() {
        String prefix = "PREFIX : <http://example.org/>\n";
        List<String> list = List.of(prefix + """
                        SELECT ?n (COUNT(DISTINCT ?p) AS ?programs) WHERE {
                          ?o a :Objective ; :n ?n . OPTIONAL { ?p :addresses ?o }
                          FILTER NOT EXISTS { ?pr :addresses ?o . ?partner a :Partner .
                            { ?partner :runs ?pr } UNION { ?partner :participates ?pr } UNION { ?pr :with ?partner }
                            UNION { ?pr :fundedBy ?partner } }
                        } GROUP BY ?n ORDER BY ?n""", prefix + """
                        SELECT ?o ?p WHERE { ?o a :Objective . OPTIONAL { ?p :addresses ?o }
                          FILTER EXISTS { { ?x :runs ?p } UNION { ?p :fundedBy ?x } } } ORDER BY ?o ?p""", prefix + """
                        SELECT ?p ?s WHERE { ?p :addresses ?o . OPTIONAL { ?p :size ?s }
                          FILTER NOT EXISTS { ?q :addresses ?o . ?q :size ?t FILTER(?t > ?s) } } ORDER BY ?p""", prefix + """
                        SELECT ?o WHERE { ?o a :Objective
                          FILTER NOT EXISTS { ?p :addresses ?o FILTER EXISTS { ?x :runs ?p } } } ORDER BY ?o""", prefix + """
                        SELECT ?o (COUNT(*) AS ?c) WHERE { ?o a :Objective . ?any a :Partner
                          FILTER EXISTS { ?p :addresses ?o FILTER(RAND() >= 0) } } GROUP BY ?o ORDER BY ?o""");
        List<String> all = new ArrayList<>(list);
        all.addAll(repeatedSteps());
        all.addAll(unseenOrder());
        all.addAll(seenOrder());
        return all;
    }

    /**
     * Queries whose rows order shows, with a union evaluated once per incoming row of a cross product: asked once
     * per distinct values (the agency's programs), or looked up in its solutions when every variable is bound
     * (the partner's programs, where two branches give the same row twice).
     */
    static List<String> repeatedSteps() {
        String prefix = "PREFIX : <http://example.org/>\n";
        return List.of(prefix + """
                        SELECT ?d ?partner ?pr WHERE { ?d a :Domestic . ?partner a :Partner .
                          { ?d :runs ?pr } UNION { ?pr :with ?d }
                          { ?partner :runs ?pr } UNION { ?pr :fundedBy ?partner } UNION { ?partner :participates ?pr }
                          UNION { ?partner :runs ?pr } }""", prefix + """
                        SELECT ?o ?partner ?pr WHERE { ?o a :Objective . ?partner a :Partner .
                          { ?pr :addresses ?o } UNION { ?pr :with ?o } UNION { ?o :n ?pr }
                          OPTIONAL { { ?partner :runs ?pr } UNION { ?pr :fundedBy ?partner } } } LIMIT 7""", prefix + """
                        SELECT ?d ?pr ?s WHERE { ?d a ?t . { ?d :runs ?pr } UNION { ?pr :with ?d }
                          { ?pr :size ?s } UNION { ?pr :addresses ?s } }""");
    }

    @Test
    void asksARepeatedUnionOncePerValuesUnlessItCallsAFunctionThatChanges() {
        List<String> steps = new ArrayList<>();
        collectSteps(optimized(repeatedSteps().get(0)), steps);
        assertEquals(2, steps.size(), steps.toString());
        String random =
                repeatedSteps().get(0).replace("?partner :runs ?pr }", "?partner :runs ?pr FILTER(RAND() < 2) }");
        List<String> randomSteps = new ArrayList<>();
        collectSteps(optimized(random), randomSteps);
        assertEquals(1, randomSteps.size(), randomSteps.toString());
        List<String> ownDataset = new ArrayList<>();
        collectSteps(
                optimized(repeatedSteps().get(0).replace("SELECT ?d ?partner ?pr", "SELECT ?d ?partner ?pr FROM :g1")),
                ownDataset);
        assertEquals(List.of(), ownDataset);
    }

    private static Op optimized(String text) {
        Query query = QueryFactory.create(text);
        Context context = new Context();
        context.set(ARQConstants.sysCurrentQuery, query);
        ImmutableDataOptimizer.install(context);
        return Optimize.optimize(Algebra.compile(query), context);
    }

    private static void collectSteps(Op op, List<String> steps) {
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpExt ext) {
                if (ext instanceof OncePerValues) {
                    steps.add(ext.toString());
                }
            }
        });
    }

    /** Queries whose joins with unions are spread over the branches: their order of solutions is not seen. */
    static List<String> unseenOrder() {
        String prefix = "PREFIX : <http://example.org/>\n";
        return List.of(prefix + """
                        SELECT ?d ?partner (COUNT(DISTINCT ?pr) AS ?n) (GROUP_CONCAT(DISTINCT STR(?pr); SEPARATOR=" ") AS ?all)
                        WHERE { { SELECT ?d ?partner ?pr WHERE {
                            ?d a :Domestic . ?partner a :Partner .
                            { ?d :runs ?pr } UNION { ?pr :with ?d }
                            { ?partner :runs ?pr } UNION { ?pr :fundedBy ?partner } UNION { ?partner :participates ?pr }
                          } ORDER BY ?d ?partner ?pr } }
                        GROUP BY ?d ?partner ORDER BY DESC(?n) ?d ?partner
                        VALUES ?nonce { "1" }""", prefix + """
                        SELECT ?x (COUNT(*) AS ?c) (MAX(?pr) AS ?last) WHERE { ?x a ?t .
                          { ?x :runs ?pr } UNION { ?pr :with ?x } UNION { ?pr :fundedBy ?x } }
                        GROUP BY ?x ORDER BY ?x""");
    }

    /** Queries whose order of solutions shows in the answer: left as they are. */
    static List<String> seenOrder() {
        String prefix = "PREFIX : <http://example.org/>\n";
        return List.of(prefix + """
                        SELECT ?x ?pr WHERE { ?x a ?t . { ?x :runs ?pr } UNION { ?pr :with ?x } } ORDER BY ?t""", prefix + """
                        SELECT ?x (GROUP_CONCAT(STR(?pr)) AS ?all) WHERE { ?x a ?t .
                          { ?x :runs ?pr } UNION { ?pr :with ?x } } GROUP BY ?x ORDER BY ?x""", prefix + """
                        SELECT ?x WHERE { { SELECT ?x ?pr WHERE { ?x a ?t . { ?x :runs ?pr } UNION { ?pr :with ?x } }
                          ORDER BY ?x LIMIT 2 } } ORDER BY ?x""");
    }

    @ParameterizedTest
    @MethodSource("unseenOrder")
    void spreadsJoinsOverUnionsWhereOrderIsUnseen(String text) {
        Op compiled = Algebra.compile(QueryFactory.create(text));
        Op rewritten = UnorderedJoins.rewrite(compiled);
        List<Op> joinsOfPatterns = new ArrayList<>();
        Walker.walk(rewritten, new OpVisitorBase() {
            @Override
            public void visit(OpJoin join) {
                if (!(join.getRight() instanceof OpTable)) {
                    joinsOfPatterns.add(join);
                }
            }
        });
        assertTrue(joinsOfPatterns.isEmpty(), rewritten.toString());
        assertTrue(rewritten.toString().contains("(union"), rewritten.toString());
    }

    @ParameterizedTest
    @MethodSource("seenOrder")
    void leavesQueriesWhoseOrderShows(String text) {
        Op compiled = Algebra.compile(QueryFactory.create(text));
        assertEquals(compiled, UnorderedJoins.rewrite(compiled));
    }

    @ParameterizedTest
    @MethodSource("queries")
    void answersAsTheStandardOptimizerDoes(String text) {
        DatasetGraph plain = dataset(false);
        DatasetGraph rewritten = dataset(true);
        RowSetRewindable expected = Txn.calculateRead(
                plain, () -> QueryExec.dataset(plain).query(text).select().rewindable());
        RowSetRewindable actual = Txn.calculateRead(
                rewritten,
                () -> QueryExec.dataset(rewritten).query(text).select().rewindable());
        assertTrue(expected.size() > 0, "the case should have answers");
        assertTrue(ResultsCompare.equalsByTermAndOrder(expected, actual), text);
    }

    @Test
    void asksEachExistsOncePerValueAndSpreadsItsJoinOverTheUnion() {
        Query query = QueryFactory.create(queries().get(0));
        Op op = ImmutableDataOptimizer.rewrite(Algebra.compile(query));
        String printed = op.toString();
        List<ExistsOnce> found = new ArrayList<>();
        Walker.walk(op, new OpVisitorBase(), new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp f) {
                if (f instanceof ExistsOnce e) {
                    found.add(e);
                }
            }
        });
        assertEquals(1, found.size(), printed);
        Op pattern = found.get(0).getGraphPattern();
        assertTrue(pattern instanceof OpUnion, pattern.toString());
        assertFalse(pattern.toString().contains("(join"), "each branch should be one basic graph pattern: " + pattern);
    }

    private static DatasetGraph dataset(boolean optimized) {
        DatasetGraph dataset = DatabaseMgr.createDatasetGraph();
        dataset.executeWrite(() -> RDFParser.create()
                .source(new StringReader(DATA))
                .lang(Lang.TRIG)
                .parse(dataset));
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        if (optimized) {
            ImmutableDataOptimizer.install(dataset.getContext());
        }
        return dataset;
    }
}
