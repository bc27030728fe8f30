package org.gcmkg.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpDatasetNames;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpUnion;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunction0;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.expr.Unstable;

/**
 * What decides a pattern's solutions for a given row: the variables it mentions, and whether asking it again
 * with the same values gives the same answer. The rewrites that ask a pattern once per distinct values
 * ({@link ExistsOnce}, {@link OncePerValues}) rely on both.
 */
final class PatternVars {
    private PatternVars() {}

    /** Every variable named anywhere in the pattern, nested patterns and expressions included. */
    static Set<Var> mentioned(Op op) {
        Set<Var> vars = new LinkedHashSet<>(OpVars.mentionedVars(op));
        Walker.walk(op, new OpVisitorBase(), new ExprVisitorBase() {
            @Override
            public void visit(ExprVar var) {
                vars.add(var.asVar());
            }

            @Override
            public void visit(ExprFunctionOp nested) {
                vars.addAll(OpVars.mentionedVars(nested.getGraphPattern()));
            }
        });
        return vars;
    }

    static boolean deterministic(Op op) {
        List<Expr> changing = new ArrayList<>();
        Walker.walk(op, new OpVisitorBase(), new ExprVisitorBase() {
            @Override
            public void visit(ExprFunction0 f) {
                note(f);
            }

            @Override
            public void visit(ExprFunction1 f) {
                note(f);
            }

            @Override
            public void visit(ExprFunctionN f) {
                note(f);
            }

            private void note(ExprFunction f) {
                if (f instanceof Unstable) {
                    changing.add(f);
                }
            }
        });
        return changing.isEmpty();
    }

    /** Whether the pattern reads the default graph only: it names no graph and asks no other endpoint. */
    static boolean readsDefaultGraphOnly(Op op) {
        boolean[] outside = {false};
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                outside[0] = true;
            }

            @Override
            public void visit(OpGraph graph) {
                outside[0] = true;
            }

            @Override
            public void visit(OpDatasetNames names) {
                outside[0] = true;
            }
        });
        return !outside[0];
    }

    /**
     * Whether the pattern is a basic graph pattern, or a union of them, whose branches all name the same
     * variables: each of its solutions then binds every variable it mentions.
     */
    static boolean sameVariablesInEachBranch(Op op) {
        List<Op> branches = new ArrayList<>();
        collectBranches(op, branches);
        if (branches.contains(null)) {
            return false;
        }
        Set<Var> first = new HashSet<>(OpVars.mentionedVars(branches.get(0)));
        return branches.stream().allMatch(branch -> new HashSet<>(OpVars.mentionedVars(branch)).equals(first));
    }

    private static void collectBranches(Op op, List<Op> branches) {
        if (op instanceof OpUnion union) {
            collectBranches(union.getLeft(), branches);
            collectBranches(union.getRight(), branches);
        } else {
            branches.add(op instanceof OpBGP || op instanceof OpQuadPattern ? op : null);
        }
    }

    /** A row's values of the given variables, in their order (null where one is unbound): the key of a question. */
    static List<Node> valuesOf(Binding row, Var[] vars) {
        Node[] values = new Node[vars.length];
        for (int i = 0; i < vars.length; i++) {
            values[i] = row.get(vars[i]);
        }
        return Arrays.asList(values);
    }
}
