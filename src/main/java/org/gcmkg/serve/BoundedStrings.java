package org.gcmkg.serve;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.AccumulatorExpr;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * Strings a query builds are bounded: {@code CONCAT}, {@code REPLACE} and {@code GROUP_CONCAT} that would make a
 * string longer than {@value #MAX_CHARS} characters stop the query with a refusal naming the limit, before the
 * heap fills (a doubling {@code CONCAT} or a {@code GROUP_CONCAT} over a cross product reach gigabytes in seconds).
 * The bounded forms replace the built-in ones in the algebra, ahead of ARQ's standard optimizer.
 */
final class BoundedStrings {
    /** The longest string a query may build. */
    static final int MAX_CHARS = 1_000_000;

    static final String CONCAT = "urn:gcmkg:function:concat";
    static final String REPLACE = "urn:gcmkg:function:replace";

    private BoundedStrings() {}

    /** Thrown when a string would pass the limit; the query processor turns it into a 400. */
    static final class TooLong extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLong(String function) {
            super(function + " would build a string of more than " + MAX_CHARS + " characters, the most a query may "
                    + "build on this endpoint");
        }
    }

    /**
     * Installs the rewrite into a dataset's context, so every query on it is bounded; the optimizer the context
     * had (the store's, see {@code ImmutableDataOptimizer}), or else ARQ's, runs after it.
     */
    static void install(Context context) {
        FunctionRegistry.get().put(CONCAT, uri -> new Concat());
        FunctionRegistry.get().put(REPLACE, uri -> new Replace());
        Object present = context.get(ARQConstants.sysOptimizerFactory);
        if (!(present instanceof Bounding)) {
            RewriteFactory then = present instanceof RewriteFactory f ? f : Optimize.getFactory();
            context.set(ARQConstants.sysOptimizerFactory, new Bounding(then));
        }
        context.set(ARQ.optimization, true);
    }

    /** The bounded forms first, then the optimizer that was there. */
    private record Bounding(RewriteFactory then) implements RewriteFactory {
        @Override
        public Rewrite create(Context context) {
            Rewrite next = then.create(context);
            return op -> next.rewrite(bounded(op));
        }
    }

    static Op bounded(Op op) {
        return Walker.transform(
                op,
                new TransformCopy() {
                    @Override
                    public Op transform(OpGroup group, Op sub) {
                        List<ExprAggregator> aggregators = new ArrayList<>();
                        for (ExprAggregator e : group.getAggregators()) {
                            aggregators.add(new ExprAggregator(e.getVar(), bounded(e.getAggregator())));
                        }
                        return OpGroup.create(sub, group.getGroupVars(), aggregators);
                    }
                },
                new ExprTransformCopy() {
                    @Override
                    public Expr transform(ExprFunctionN func, ExprList args) {
                        if (func instanceof E_StrConcat) {
                            return new E_Function(CONCAT, args);
                        }
                        if (func instanceof E_StrReplace) {
                            return new E_Function(REPLACE, args);
                        }
                        return super.transform(func, args);
                    }
                });
    }

    private static Aggregator bounded(Aggregator aggregator) {
        if (aggregator instanceof AggGroupConcat g) {
            return new GroupConcat(g.getExprList().get(0), g.getSeparator(), false);
        }
        if (aggregator instanceof AggGroupConcatDistinct g) {
            return new GroupConcat(g.getExprList().get(0), g.getSeparator(), true);
        }
        return aggregator;
    }

    private static final class Concat extends FunctionBase {
        @Override
        public void checkBuild(String uri, ExprList args) {}

        @Override
        public NodeValue exec(List<NodeValue> args) {
            long length = 0;
            for (NodeValue arg : args) {
                length += arg.isString() || arg.isLangString() ? arg.getString().length() : 0;
            }
            if (length > MAX_CHARS) {
                throw new TooLong("CONCAT");
            }
            return XSDFuncOp.strConcat(args);
        }
    }

    private static final class Replace extends FunctionBase {
        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() != 3 && args.size() != 4) {
                throw new QueryBuildException("REPLACE takes three or four arguments");
            }
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            NodeValue result = args.size() == 3
                    ? XSDFuncOp.strReplace(args.get(0), args.get(1), args.get(2))
                    : XSDFuncOp.strReplace(args.get(0), args.get(1), args.get(2), args.get(3));
            if (result.isString() && result.getString().length() > MAX_CHARS) {
                throw new TooLong("REPLACE");
            }
            return result;
        }
    }

    /** {@code GROUP_CONCAT} that stops at the limit. */
    private static final class GroupConcat extends AggGroupConcat {
        private final String effective;
        private final boolean distinct;

        GroupConcat(Expr expr, String separator, boolean distinct) {
            super(expr, separator);
            this.effective = separator == null ? " " : separator;
            this.distinct = distinct;
        }

        @Override
        public Aggregator copy(ExprList exprs) {
            return new GroupConcat(exprs.get(0), getSeparator(), distinct);
        }

        @Override
        public Accumulator createAccumulator() {
            return new AccumulatorExpr(getExpr(), distinct) {
                private final StringBuilder sofar = new StringBuilder();
                private boolean first = true;

                @Override
                protected void accumulate(NodeValue nv, Binding binding, FunctionEnv env) {
                    if (!first) {
                        sofar.append(effective);
                    }
                    first = false;
                    String s = nv.asString();
                    if (sofar.length() + s.length() > MAX_CHARS) {
                        throw new TooLong("GROUP_CONCAT");
                    }
                    sofar.append(s);
                }

                @Override
                protected void accumulateError(Binding binding, FunctionEnv env) {}

                @Override
                public NodeValue getAccValue() {
                    return NodeValue.makeString(sofar.toString());
                }
            };
        }
    }
}
