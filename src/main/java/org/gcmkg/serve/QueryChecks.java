package org.gcmkg.serve;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.path.P_Mod;
import org.apache.jena.sparql.path.P_OneOrMore1;
import org.apache.jena.sparql.path.P_OneOrMoreN;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Path2;
import org.apache.jena.sparql.path.P_ZeroOrMore1;
import org.apache.jena.sparql.path.P_ZeroOrMoreN;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * What the endpoint checks on a parsed query before it runs: expressions and property paths no deeper or longer
 * than evaluation can stand, no repetition of a path inside another repetition (the work grows as a power of
 * the graph's size and cannot be stopped from outside), and every {@code SERVICE} anywhere in the query's
 * algebra (subqueries, {@code EXISTS}, expressions) on the allow list.
 */
final class QueryChecks {
    /** Deeper expressions are refused: evaluating them recursively would exhaust a thread's stack. */
    static final int MAX_EXPRESSION_DEPTH = 500;
    /** Longer property paths are refused, for the same reason. */
    static final int MAX_PATH_STEPS = 500;

    private QueryChecks() {}

    /** Why the query is refused, or null when it may run. */
    static String refusal(Query query, ServiceAllowList allowList) {
        return refusal(query, servicesCalled(Algebra.compile(query)), allowList);
    }

    /** As {@link #refusal(Query, ServiceAllowList)}, given the services its algebra calls ({@link #servicesCalled}). */
    static String refusal(Query query, List<Node> services, ServiceAllowList allowList) {
        try {
            int depth = expressionDepth(query);
            if (depth > MAX_EXPRESSION_DEPTH) {
                return "an expression is nested " + depth + " deep; the limit is " + MAX_EXPRESSION_DEPTH;
            }
            String path = pathRefusal(query);
            if (path != null) {
                return path;
            }
            for (Node service : services) {
                if (!service.isURI() || !allowList.allows(service.getURI())) {
                    return allowList.refusal(service);
                }
            }
            return null;
        } catch (StackOverflowError e) {
            // the stack has unwound by now
            return "the query is nested too deeply to evaluate";
        }
    }

    /** The endpoints named by {@code SERVICE} anywhere in the algebra, expressions included, in order. */
    static List<Node> servicesCalled(Op op) {
        List<Node> services = new ArrayList<>();
        OpVisitorBase ops = new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                services.add(service.getService());
            }
        };
        Walker.walk(op, ops, new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp funcOp) {
                // the walker has entered its graph pattern already
            }
        });
        return services;
    }

    /** The deepest expression of a query (SELECT, FILTER, BIND, HAVING, ORDER BY), measured without recursion. */
    static int expressionDepth(Query query) {
        List<Expr> roots = new ArrayList<>();
        List<Query> queries = new ArrayList<>(List.of(query));
        for (int i = 0; i < queries.size(); i++) {
            Query q = queries.get(i);
            if (q.isSelectType()) {
                roots.addAll(q.getProject().getExprs().values());
            }
            roots.addAll(q.getHavingExprs());
            if (q.getOrderBy() != null) {
                q.getOrderBy().forEach(c -> roots.add(c.getExpression()));
            }
            if (q.getQueryPattern() != null) {
                ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
                    @Override
                    public void visit(ElementFilter el) {
                        roots.add(el.getExpr());
                    }

                    @Override
                    public void visit(ElementBind el) {
                        roots.add(el.getExpr());
                    }

                    @Override
                    public void visit(ElementSubQuery el) {
                        queries.add(el.getQuery());
                    }
                });
            }
        }
        int deepest = 0;
        ArrayDeque<Map.Entry<Expr, Integer>> todo = new ArrayDeque<>();
        roots.forEach(e -> todo.push(Map.entry(e, 1)));
        while (!todo.isEmpty()) {
            var next = todo.pop();
            deepest = Math.max(deepest, next.getValue());
            if (deepest > MAX_EXPRESSION_DEPTH) {
                return deepest;
            }
            if (next.getKey() instanceof ExprFunction f) {
                for (Expr arg : f.getArgs()) {
                    todo.push(Map.entry(arg, next.getValue() + 1));
                }
            }
        }
        return deepest;
    }

    private static String pathRefusal(Query query) {
        List<Path> paths = new ArrayList<>();
        List<Query> queries = new ArrayList<>(List.of(query));
        for (int i = 0; i < queries.size(); i++) {
            if (queries.get(i).getQueryPattern() == null) {
                continue;
            }
            ElementWalker.walk(queries.get(i).getQueryPattern(), new ElementVisitorBase() {
                @Override
                public void visit(ElementPathBlock el) {
                    el.getPattern().forEach(tp -> {
                        if (tp.getPath() != null) {
                            paths.add(tp.getPath());
                        }
                    });
                }

                @Override
                public void visit(ElementSubQuery el) {
                    queries.add(el.getQuery());
                }
            });
        }
        for (Path path : paths) {
            String refusal = pathRefusal(path);
            if (refusal != null) {
                return refusal;
            }
        }
        return null;
    }

    /** Walks a path without recursion: its number of steps and whether a repetition holds another. */
    static String pathRefusal(Path path) {
        int steps = 0;
        ArrayDeque<Map.Entry<Path, Boolean>> todo = new ArrayDeque<>();
        todo.push(Map.entry(path, false));
        while (!todo.isEmpty()) {
            var next = todo.pop();
            Path p = next.getKey();
            boolean insideRepetition = next.getValue();
            if (++steps > MAX_PATH_STEPS) {
                return "a property path has more than " + MAX_PATH_STEPS + " steps; the limit is " + MAX_PATH_STEPS;
            }
            boolean repeats = repeats(p);
            if (repeats && insideRepetition) {
                return "a property path repeats (* or +) inside another repetition; the work of such a path grows as a "
                        + "power of the graph's size: write the inner repetition as a fixed number of steps";
            }
            boolean inside = insideRepetition || repeats;
            if (p instanceof P_Path1 one) {
                todo.push(Map.entry(one.getSubPath(), inside));
            } else if (p instanceof P_Path2 two) {
                todo.push(Map.entry(two.getLeft(), inside));
                todo.push(Map.entry(two.getRight(), inside));
            }
        }
        return null;
    }

    private static boolean repeats(Path p) {
        return p instanceof P_ZeroOrMore1
                || p instanceof P_ZeroOrMoreN
                || p instanceof P_OneOrMore1
                || p instanceof P_OneOrMoreN
                || (p instanceof P_Mod mod && mod.getMax() < 0);
    }
}
