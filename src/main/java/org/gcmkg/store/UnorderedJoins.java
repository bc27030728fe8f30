package org.gcmkg.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpJoin;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpProject;
import org.apache.jena.sparql.algebra.op.OpSlice;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.algebra.op.OpUnion;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprVars;
import org.apache.jena.sparql.expr.aggregate.AggAvg;
import org.apache.jena.sparql.expr.aggregate.AggAvgDistinct;
import org.apache.jena.sparql.expr.aggregate.AggCount;
import org.apache.jena.sparql.expr.aggregate.AggCountDistinct;
import org.apache.jena.sparql.expr.aggregate.AggCountVar;
import org.apache.jena.sparql.expr.aggregate.AggCountVarDistinct;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.AggMax;
import org.apache.jena.sparql.expr.aggregate.AggMaxDistinct;
import org.apache.jena.sparql.expr.aggregate.AggMin;
import org.apache.jena.sparql.expr.aggregate.AggMinDistinct;
import org.apache.jena.sparql.expr.aggregate.AggSample;
import org.apache.jena.sparql.expr.aggregate.AggSum;
import org.apache.jena.sparql.expr.aggregate.AggSumDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;

/**
 * Joins with a {@code UNION} distributed over the union's branches ({@code A . {B} UNION {C}} as
 * {@code {A . B} UNION {A . C}}) wherever the order in which the pattern's solutions come cannot be seen in
 * the answer; the standard optimizer then merges each branch into one basic graph pattern that the store orders
 * as a whole, instead of probing every branch once per row of a cross product. Join distributes over union, so
 * the solutions are the same, with the same multiplicities; only their order changes, and so the rewrite is
 * made only where that order is provably unseen.
 *
 * <p>The algebra is walked from the top carrying which variables' order the operators above observe: all of
 * them at the top; those an {@code ORDER BY} leaves tied, which is none when every observed variable is a sort
 * key, or when the rows sorted are groups and the group keys are sort keys (no two rows tie); below a
 * {@code GROUP BY}, the variables of the aggregates that depend on order ({@code GROUP_CONCAT},
 * {@code SAMPLE}, and, as floating-point addition is not associative, {@code SUM} and {@code AVG}) and, when
 * the groups' order is observed, the group keys. A slice, {@code REDUCED}, and any operator not handled here
 * observe everything below it.
 */
final class UnorderedJoins {
    private UnorderedJoins() {}

    /** The algebra, before the standard optimizer, with joins spread over unions where order is unseen. */
    static Op rewrite(Op op) {
        return visit(op, null);
    }

    /**
     * @param observed the variables whose order of solutions is seen above: null for all, empty for none
     */
    private static Op visit(Op op, Set<Var> observed) {
        if (op instanceof OpProject p) {
            Set<Var> kept = new HashSet<>(p.getVars());
            if (observed != null) {
                kept.retainAll(observed);
            }
            return new OpProject(visit(p.getSubOp(), kept), p.getVars());
        }
        if (op instanceof OpOrder o) {
            return new OpOrder(visit(o.getSubOp(), tiedUnder(o, observed)), o.getConditions());
        }
        if (op instanceof OpGroup g) {
            Set<Var> below = orderSensitive(g.getAggregators());
            if (below != null && (observed == null || !observed.isEmpty())) {
                below.addAll(mentioned(g.getGroupVars()));
            }
            return OpGroup.create(visit(g.getSubOp(), below), g.getGroupVars(), g.getAggregators());
        }
        if (op instanceof OpExtend e) {
            Set<Var> below = observed;
            if (observed != null && !observed.isEmpty()) {
                below = new HashSet<>(observed);
                below.addAll(mentioned(e.getVarExprList()));
            }
            return OpExtend.create(visit(e.getSubOp(), below), e.getVarExprList());
        }
        if (op instanceof OpFilter f) {
            return OpFilter.filterDirect(f.getExprs(), visit(f.getSubOp(), observed));
        }
        if (op instanceof OpDistinct d) {
            return new OpDistinct(visit(d.getSubOp(), observed != null && observed.isEmpty() ? observed : null));
        }
        if (op instanceof OpUnion u) {
            return OpUnion.create(visit(u.getLeft(), observed), visit(u.getRight(), observed));
        }
        if (op instanceof OpLeftJoin l) {
            Set<Var> right = observed != null && observed.isEmpty() ? observed : null;
            return OpLeftJoin.create(visit(l.getLeft(), observed), visit(l.getRight(), right), l.getExprs());
        }
        if (op instanceof OpJoin j) {
            return join(j, observed);
        }
        if (op instanceof OpSlice s) {
            // which rows a slice keeps depends on the order of all of them
            return new OpSlice(visit(s.getSubOp(), null), s.getStart(), s.getLength());
        }
        return op;
    }

    private static Op join(OpJoin j, Set<Var> observed) {
        if (observed != null && observed.isEmpty()) {
            return ImmutableDataOptimizer.joinOver(visit(j.getLeft(), observed), visit(j.getRight(), observed));
        }
        // a trailing one-row VALUES passes the order of the other side through unchanged
        if (isOneRow(j.getRight())) {
            return OpJoin.create(visit(j.getLeft(), observed), j.getRight());
        }
        if (isOneRow(j.getLeft())) {
            return OpJoin.create(j.getLeft(), visit(j.getRight(), observed));
        }
        return OpJoin.create(visit(j.getLeft(), null), visit(j.getRight(), null));
    }

    private static boolean isOneRow(Op op) {
        return op instanceof OpTable t && t.getTable().size() == 1;
    }

    /** What the rows under an {@code ORDER BY} show of their order: the observed variables, or none if no tie shows. */
    private static Set<Var> tiedUnder(OpOrder order, Set<Var> observed) {
        Set<Var> keys = new HashSet<>();
        for (SortCondition c : order.getConditions()) {
            if (c.getExpression().isVariable()) {
                keys.add(c.getExpression().asVar());
            }
        }
        if (observed != null && keys.containsAll(observed)) {
            return Set.of();
        }
        Set<Var> unique = uniqueKey(order.getSubOp());
        if (unique != null && keys.containsAll(unique)) {
            return Set.of();
        }
        return observed;
    }

    /** Variables no two rows of the op share all the values of, or null when not known. */
    private static Set<Var> uniqueKey(Op op) {
        if (op instanceof OpGroup g) {
            return new HashSet<>(g.getGroupVars().getVars());
        }
        if (op instanceof OpExtend e) {
            return uniqueKey(e.getSubOp());
        }
        if (op instanceof OpFilter f) {
            return uniqueKey(f.getSubOp());
        }
        if (op instanceof OpJoin j && isOneRow(j.getRight())) {
            return uniqueKey(j.getLeft());
        }
        if (op instanceof OpDistinct d && d.getSubOp() instanceof OpProject p) {
            return new HashSet<>(p.getVars());
        }
        return null;
    }

    /** The variables of the aggregates whose value depends on the order of rows; null when one is not known. */
    private static Set<Var> orderSensitive(List<ExprAggregator> aggregators) {
        Set<Var> vars = new HashSet<>();
        for (ExprAggregator a : aggregators) {
            Aggregator agg = a.getAggregator();
            if (agg instanceof AggCount
                    || agg instanceof AggCountVar
                    || agg instanceof AggCountDistinct
                    || agg instanceof AggCountVarDistinct
                    || agg instanceof AggMin
                    || agg instanceof AggMax
                    || agg instanceof AggMinDistinct
                    || agg instanceof AggMaxDistinct) {
                continue;
            }
            if (agg instanceof AggGroupConcat
                    || agg instanceof AggGroupConcatDistinct
                    || agg instanceof AggSample
                    || agg instanceof AggSum
                    || agg instanceof AggSumDistinct
                    || agg instanceof AggAvg
                    || agg instanceof AggAvgDistinct) {
                ExprList exprs = agg.getExprList();
                if (exprs != null) {
                    for (Expr e : exprs) {
                        vars.addAll(ExprVars.getVarsMentioned(e));
                    }
                }
                continue;
            }
            return null;
        }
        return vars;
    }

    private static Set<Var> mentioned(VarExprList list) {
        Set<Var> vars = new HashSet<>(list.getVars());
        List<Expr> exprs = new ArrayList<>(list.getExprs().values());
        for (Expr e : exprs) {
            vars.addAll(ExprVars.getVarsMentioned(e));
        }
        return vars;
    }
}
