package org.gcmkg.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.io.IndentedWriter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpLib;
import org.apache.jena.sparql.algebra.OpVisitor;
import org.apache.jena.sparql.algebra.Transform;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpExt;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.algebra.op.OpUnion;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.engine.iterator.QueryIterRepeatApply;
import org.apache.jena.sparql.engine.iterator.QueryIterRoot;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.engine.iterator.QueryIteratorWrapper;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.serializer.SerializationContext;
import org.apache.jena.sparql.util.NodeIsomorphismMap;
import org.apache.jena.tdb2.TDB2;

/**
 * A step of a sequence (a pattern ARQ evaluates once for each row that comes into it, with the row's values put
 * in) that is evaluated once per distinct values of the variables it mentions. What the step gives for a row
 * depends only on the row's values of those variables, so rows that agree on them get the same new values: the
 * solutions found for the first such row are kept and, for the next ones, given again in the same order, added
 * to each row. The rows that come out, and their order, are those of evaluating the step every time. In a
 * cross product of agencies and partners followed by "the agency runs or takes part in the program", the
 * union is asked once per agency instead of once per pair.
 *
 * <p>Steps whose pattern calls a function that gives a new value each time, or another endpoint, are never
 * made into one, nor any step of a query that names a graph or another endpoint. Solutions are kept for one execution of the query: at most
 * {@value #MAX_KEPT} rows in all, and none for values whose solutions are not read to the end (a {@code LIMIT}
 * above stopped early) or pass {@value #MAX_PER_VALUES} rows; those are evaluated every time, as before.
 */
final class OncePerValues extends OpExt {
    static final String TAG = "once-per-values";
    static final int MAX_KEPT = 100_000;
    static final int MAX_PER_VALUES = 10_000;

    private final Op step;
    private final Var[] decisive;
    /** Whether the step is a union of basic graph patterns that all name the same variables. */
    private final boolean closed;

    OncePerValues(Op step) {
        super(TAG);
        this.step = step;
        this.decisive = PatternVars.mentioned(step).toArray(Var[]::new);
        this.closed = PatternVars.sameVariablesInEachBranch(step);
    }

    /**
     * The query's algebra with each step of a sequence after the first that is a union made into one, when the
     * query reads the default graph only; a step that calls a function giving a new value each time is left.
     */
    static Op steps(Op op) {
        if (!PatternVars.readsDefaultGraphOnly(op)) {
            return op;
        }
        return Transformer.transform(
                new TransformCopy() {
                    @Override
                    public Op transform(OpSequence sequence, List<Op> elements) {
                        List<Op> steps = new ArrayList<>(elements);
                        for (int i = 1; i < steps.size(); i++) {
                            if (steps.get(i) instanceof OpUnion && PatternVars.deterministic(steps.get(i))) {
                                steps.set(i, new OncePerValues(steps.get(i)));
                            }
                        }
                        return OpSequence.create().copy(steps);
                    }
                },
                op);
    }

    /** The step as written. */
    @Override
    public Op effectiveOp() {
        return step;
    }

    @Override
    public QueryIterator eval(QueryIterator input, ExecutionContext execCxt) {
        // TDB2's engine reads the default graph as the union of the named graphs by rewriting the quads of the
        // whole query, which does not enter an extension: the same rewrite, here (nothing to do on triples)
        Op executable =
                execCxt.getContext().isTrue(TDB2.symUnionDefaultGraph) ? OpLib.unionDefaultGraphQuads(step) : step;
        return new Steps(input, executable, execCxt);
    }

    /** The step transformed as the query around it is (TDB2's engine turns it into quads after the optimizer). */
    @Override
    public Op apply(Transform transform, OpVisitor before, OpVisitor after) {
        return new OncePerValues(Transformer.transform(transform, step, before, after));
    }

    @Override
    public Op apply(Transform transform) {
        return new OncePerValues(Transformer.transform(transform, step));
    }

    /** The step applied to each incoming row, with the solutions of values seen before given again. */
    private final class Steps extends QueryIterRepeatApply {
        private final Op executable;
        private final Map<List<Node>, List<Binding>> kept = new HashMap<>();
        private int keptRows;
        private Map<List<Node>, Integer> all;
        private boolean tooMany;

        /**
         * How many solutions the step has for each of its variables' values, from one evaluation with nothing
         * bound. Asked for a row that binds every variable of a closed step, the step gives the row once per
         * solution with those values and nothing else, so a look-up replaces the evaluation. Past
         * {@value #MAX_KEPT} solutions the step is evaluated row by row as before.
         */
        private Map<List<Node>, Integer> allSolutions() {
            if (all == null) {
                all = new HashMap<>();
                QueryIterator solutions =
                        QC.execute(executable, QueryIterRoot.create(getExecContext()), getExecContext());
                try {
                    int read = 0;
                    while (solutions.hasNext() && !tooMany) {
                        Binding solution = solutions.next();
                        all.merge(PatternVars.valuesOf(solution, decisive), 1, Integer::sum);
                        tooMany = ++read > MAX_KEPT;
                    }
                } finally {
                    solutions.close();
                }
                if (tooMany) {
                    all = Map.of();
                }
            }
            return all;
        }

        Steps(QueryIterator input, Op executable, ExecutionContext execCxt) {
            super(input, execCxt);
            this.executable = executable;
        }

        @Override
        protected QueryIterator nextStage(Binding row) {
            List<Node> key = PatternVars.valuesOf(row, decisive);
            if (closed && !key.contains(null)) {
                int copies = allSolutions().getOrDefault(key, 0);
                if (!tooMany) {
                    return QueryIterPlainWrapper.create(
                            Collections.nCopies(copies, row).iterator(), getExecContext());
                }
            }
            List<Binding> added = kept.get(key);
            if (added != null) {
                Iterator<Binding> again = added.stream()
                        .map(extra -> {
                            BindingBuilder builder = BindingFactory.builder(row);
                            extra.forEach(builder::add);
                            return builder.build();
                        })
                        .iterator();
                return QueryIterPlainWrapper.create(again, getExecContext());
            }
            QueryIterator solutions =
                    QC.execute(executable, QueryIterSingleton.create(row, getExecContext()), getExecContext());
            return new Recording(solutions, row, key);
        }

        /** Passes the step's solutions on and keeps what each adds to the row, if they are read to the end. */
        private final class Recording extends QueryIteratorWrapper {
            private final Binding row;
            private final List<Node> key;
            private List<Binding> added = new ArrayList<>();

            Recording(QueryIterator solutions, Binding row, List<Node> key) {
                super(solutions);
                this.row = row;
                this.key = key;
            }

            @Override
            protected boolean hasNextBinding() {
                boolean more = super.hasNextBinding();
                if (!more && added != null && keptRows + added.size() <= MAX_KEPT) {
                    kept.put(key, added);
                    keptRows += added.size();
                    added = null;
                }
                return more;
            }

            @Override
            protected Binding moveToNextBinding() {
                Binding solution = super.moveToNextBinding();
                if (added != null) {
                    if (added.size() == MAX_PER_VALUES) {
                        added = null;
                    } else {
                        BindingBuilder extra = BindingFactory.builder();
                        solution.forEach((var, value) -> {
                            if (!row.contains(var)) {
                                extra.add(var, value);
                            }
                        });
                        added.add(extra.build());
                    }
                }
                return solution;
            }
        }
    }

    @Override
    public void outputArgs(IndentedWriter out, SerializationContext sCxt) {
        out.println();
        out.incIndent();
        step.output(out, sCxt);
        out.decIndent();
    }

    @Override
    public int hashCode() {
        return step.hashCode() ^ TAG.hashCode();
    }

    @Override
    public boolean equalTo(Op other, NodeIsomorphismMap labels) {
        return other instanceof OncePerValues o && step.equalTo(o.step, labels);
    }
}
