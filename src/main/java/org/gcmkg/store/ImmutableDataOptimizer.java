package org.gcmkg.store;

import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpJoin;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.algebra.op.OpUnion;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.algebra.optimize.TransformMergeBGPs;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderLib;
import org.apache.jena.sparql.expr.E_Exists;
import org.apache.jena.sparql.expr.E_NotExists;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.util.Context;

/**
 * ARQ's standard optimizer followed by the rewrites for shapes it leaves slow on a dataset that does not change
 * while it is served. Each {@code EXISTS} and {@code NOT EXISTS} becomes an {@link ExistsOnce}, asked once
 * per distinct value of its pattern's variables; inside that pattern, a join with a {@code UNION} is
 * distributed over the union's branches ({@code A . {B} UNION {C}} as {@code {A . B} UNION {A . C}}, the same
 * solutions, as join distributes over union), so that each branch is one basic graph pattern the store orders
 * as a whole instead of a cross product of {@code A} probed by every branch. Only whether the pattern has a
 * solution is asked there, so the order of solutions the distribution changes is never seen. Before the
 * standard optimizer, the same distribution is made in the query itself wherever the order of solutions it
 * changes cannot be seen in the answer ({@link UnorderedJoins}); elsewhere the query runs as the standard
 * optimizer leaves it, rows in the same order. Last, a union that a sequence evaluates once per incoming row is
 * asked once per distinct values of its variables, or looked up among its solutions when the row binds them all
 * ({@link OncePerValues}); the rows and their order stay those of the standard plan.
 */
final class ImmutableDataOptimizer implements RewriteFactory {
    private final RewriteFactory standard;

    private ImmutableDataOptimizer(RewriteFactory standard) {
        this.standard = standard;
    }

    /** Makes queries on datasets with this context use it, after the optimizer the context had, or else ARQ's. */
    static void install(Context context) {
        Object present = context.get(ARQConstants.sysOptimizerFactory);
        if (!(present instanceof ImmutableDataOptimizer)) {
            RewriteFactory before = present instanceof RewriteFactory f ? f : Optimize.getFactory();
            context.set(ARQConstants.sysOptimizerFactory, new ImmutableDataOptimizer(before));
        }
    }

    @Override
    public Rewrite create(Context context) {
        Rewrite first = standard.create(context);
        // a query's own FROM clauses make the engine read another dataset, in another form
        boolean ownDataset =
                !(context.get(ARQConstants.sysCurrentQuery) instanceof Query query) || query.hasDatasetDescription();
        return op -> {
            Op rewritten = rewrite(first.rewrite(UnorderedJoins.rewrite(op)));
            return ownDataset ? rewritten : OncePerValues.steps(rewritten);
        };
    }

    /** The query's algebra with every {@code EXISTS} and {@code NOT EXISTS} asked once per decisive values. */
    static Op rewrite(Op op) {
        return Transformer.transform(
                new TransformCopy(),
                new ExprTransformCopy() {
                    @Override
                    public Expr transform(ExprFunctionOp funcOp, ExprList args, Op opArg) {
                        if (funcOp instanceof E_Exists || funcOp instanceof E_NotExists) {
                            return new ExistsOnce(funcOp instanceof E_NotExists, null, distributed(opArg));
                        }
                        return super.transform(funcOp, args, opArg);
                    }
                },
                op);
    }

    /** The pattern with joins distributed over unions, and the basic graph patterns that meet merged. */
    static Op distributed(Op pattern) {
        Op spread = Transformer.transform(
                new TransformCopy() {
                    @Override
                    public Op transform(OpJoin join, Op left, Op right) {
                        return joinOver(left, right);
                    }

                    @Override
                    public Op transform(OpSequence sequence, List<Op> elements) {
                        if (elements.size() == 2) {
                            return joinOver(elements.get(0), elements.get(1));
                        }
                        return super.transform(sequence, elements);
                    }
                },
                pattern);
        return Transformer.transform(new TransformMergeBGPs(), spread);
    }

    /** Unions of more branches than this are left joined: distributing multiplies the branches. */
    static final int MAX_BRANCHES = 16;

    /** The join of two patterns, spread over the unions either is (up to {@value #MAX_BRANCHES} branches). */
    static Op joinOver(Op left, Op right) {
        if (branches(left) * branches(right) > MAX_BRANCHES) {
            return OpJoin.create(left, right);
        }
        if (right instanceof OpUnion u) {
            return OpUnion.create(joinOver(left, u.getLeft()), joinOver(left, u.getRight()));
        }
        if (left instanceof OpUnion u) {
            return OpUnion.create(joinOver(u.getLeft(), right), joinOver(u.getRight(), right));
        }
        if (left instanceof OpBGP a && right instanceof OpBGP b) {
            // one pattern, its triples ordered so that each shares a variable with those before where it can:
            // the filters placed between them then do not cut it into a cross product
            BasicPattern both = new BasicPattern(a.getPattern());
            both.addAll(b.getPattern());
            return new OpBGP(ReorderLib.fixed().reorder(both));
        }
        return OpJoin.create(left, right);
    }

    private static long branches(Op op) {
        return op instanceof OpUnion u ? branches(u.getLeft()) + branches(u.getRight()) : 1;
    }
}
