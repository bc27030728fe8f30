package org.gcmkg.serve;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL's {@code REGEX} evaluated on a text that watches the query's cancel signal: Java's regular expressions
 * can backtrack for minutes on one string ({@code (.*a){25}b}), and nothing outside the matcher can stop it.
 * The text the matcher reads checks, every few thousand characters read, whether the query was cancelled (its
 * timeout fired) or its time is over, and ends the match by throwing. Queries are rewritten to call it in place
 * of the built-in.
 */
final class StoppableRegex extends FunctionBase {
    static final String IRI = "urn:gcmkg:function:regex";
    private static volatile long budgetMillis = 30_000;

    /** Registers the function; {@code budget} bounds a match when no cancel signal reaches it. */
    static void install(long budget) {
        budgetMillis = budget;
        FunctionRegistry.get().put(IRI, uri -> new StoppableRegex());
    }

    /** The query with every {@code REGEX} replaced by this function. */
    static Query rewrite(Query query) {
        return QueryTransformOps.transform(query, new ElementTransformCopyBase(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                return func instanceof E_Regex ? new E_Function(IRI, args) : super.transform(func, args);
            }
        });
    }

    @Override
    public void checkBuild(String uri, ExprList args) {
        if (args.size() != 2 && args.size() != 3) {
            throw new QueryBuildException("REGEX takes two or three arguments");
        }
    }

    @Override
    protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
        Pattern pattern = pattern(args.get(1), args.size() == 3 ? args.get(2) : null);
        AtomicBoolean cancel = env == null ? null : Context.getCancelSignal(env.getContext());
        Watched watched = new Watched(text.getLiteralLexicalForm(), cancel, System.currentTimeMillis() + budgetMillis);
        return NodeValue.booleanReturn(pattern.matcher(watched).find());
    }

    @Override
    public NodeValue exec(List<NodeValue> args) {
        return exec(args, null);
    }

    private static Pattern pattern(NodeValue pattern, NodeValue flags) {
        if (!pattern.isString() || (flags != null && !flags.isString())) {
            throw new ExprEvalException("REGEX: the pattern and the flags must be strings");
        }
        String f = flags == null ? null : flags.getString();
        if (f != null && !f.matches("[smixq]*")) {
            throw new ExprEvalException("REGEX: only 's', 'm', 'i', 'x' and 'q' are flags");
        }
        return RegexEngine.makePattern("Regex", pattern.getString(), f);
    }

    /** A string that stops whoever reads it once the query is cancelled or out of time. */
    private static final class Watched implements CharSequence {
        private final String text;
        private final AtomicBoolean cancel;
        private final long deadline;
        private int reads;

        Watched(String text, AtomicBoolean cancel, long deadline) {
            this.text = text;
            this.cancel = cancel;
            this.deadline = deadline;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0xFFF) == 0 && ((cancel != null && cancel.get()) || System.currentTimeMillis() > deadline)) {
                throw new QueryCancelledException();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Watched(text.substring(start, end), cancel, deadline);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
