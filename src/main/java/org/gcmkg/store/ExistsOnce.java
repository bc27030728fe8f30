package org.gcmkg.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.sse.Tags;
import org.apache.jena.sparql.syntax.Element;

/**
 * {@code EXISTS} or {@code NOT EXISTS} that asks its pattern once per distinct value of the variables the
 * pattern mentions, not once per row. Whether the pattern has a solution depends only on the row's values of
 * the variables the pattern mentions (the others pass through it untouched), so rows that agree on those ask
 * the same question: in {@code FILTER NOT EXISTS { ?program gcm:addresses ?o ... }} under a join of objectives
 * with their programs, the question is asked once per objective rather than once per program. Patterns that
 * call a function giving a new value each time (ARQ's {@code Unstable} ones: {@code RAND}, {@code UUID},
 * {@code STRUUID}, {@code BNODE})
 * are asked every time. The answers are kept for one execution of the query, up to {@value #MAX_KEPT}.
 */
final class ExistsOnce extends ExprFunctionOp {
    static final int MAX_KEPT = 100_000;
    private final boolean negated;
    /** The variables whose values decide the answer, or null when every row must be asked. */
    private final Var[] decisive;

    private final Map<List<Node>, Boolean> answers = new HashMap<>();
    private FunctionEnv owner;

    ExistsOnce(boolean negated, Element element, Op op) {
        super(negated ? Tags.tagNotExists : Tags.tagExists, element, op);
        this.negated = negated;
        this.decisive =
                PatternVars.deterministic(op) ? PatternVars.mentioned(op).toArray(Var[]::new) : null;
    }

    @Override
    protected NodeValue eval(Binding binding, QueryIterator iter, FunctionEnv env) {
        if (decisive == null) {
            return NodeValue.booleanReturn(iter.hasNext() != negated);
        }
        if (env != owner) {
            answers.clear();
            owner = env;
        }
        List<Node> key = PatternVars.valuesOf(binding, decisive);
        Boolean exists = answers.get(key);
        if (exists == null) {
            exists = iter.hasNext();
            if (answers.size() < MAX_KEPT) {
                answers.put(key, exists);
            }
        }
        return NodeValue.booleanReturn(exists != negated);
    }

    @Override
    protected Expr copy(Element element, Op op) {
        return new ExistsOnce(negated, element, op);
    }

    @Override
    public ExprFunctionOp copy(ExprList args, Op op) {
        return new ExistsOnce(negated, null, op);
    }

    @Override
    public ExprFunctionOp copy(ExprList args, Element element) {
        return new ExistsOnce(negated, element, Algebra.compile(element));
    }

    @Override
    public int hashCode() {
        return getFunctionSymbol().getSymbol().hashCode() ^ getGraphPattern().hashCode();
    }

    @Override
    public boolean equals(Expr other, boolean bySyntax) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ExistsOnce e) || e.negated != negated) {
            return false;
        }
        return bySyntax
                ? getElement().equals(e.getElement())
                : getGraphPattern().equals(e.getGraphPattern());
    }
}
