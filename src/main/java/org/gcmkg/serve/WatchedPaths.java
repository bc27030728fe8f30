package org.gcmkg.serve;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * TDB2's query executor with property paths evaluated on a graph that watches the query's cancel signal. Jena's
 * path engine computes the closure of a repeated path from one start node in full before the query's iterators
 * look at the cancel signal again; over the whole graph ({@code ?s (<p>|!<p>)* ?o}) one start node's closure
 * takes seconds on a busy machine, so the work went on seconds after the timeout. Every lookup the engine makes
 * now checks the signal first, and the path stops within one lookup of the timeout.
 */
final class WatchedPaths extends OpExecutorTDB2 {
    static final OpExecutorFactory FACTORY = WatchedPaths::new;

    WatchedPaths(ExecutionContext execCxt) {
        super(execCxt);
    }

    /** Makes queries on the dataset of this context run with this executor. */
    static void install(Context context) {
        QC.setFactory(context, FACTORY);
    }

    @Override
    protected QueryIterator execute(OpPath opPath, QueryIterator input) {
        AtomicBoolean cancel = execCxt.getCancelSignal();
        Graph active = execCxt.getActiveGraph();
        if (cancel == null || active == null || active instanceof Watched) {
            return super.execute(opPath, input);
        }
        ExecutionContext watched = ExecutionContext.copyChangeActiveGraph(execCxt, new Watched(active, cancel));
        return new WatchedPaths(watched).execute(opPath, input);
    }

    /** A graph whose lookups, and every thousandth triple they return, stop once the query is cancelled. */
    static final class Watched extends GraphWrapper {
        private final AtomicBoolean cancel;

        Watched(Graph graph, AtomicBoolean cancel) {
            super(graph);
            this.cancel = cancel;
        }

        private void check() {
            if (cancel.get()) {
                throw new QueryCancelledException();
            }
        }

        @Override
        public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
            check();
            return watch(super.find(s, p, o));
        }

        @Override
        public ExtendedIterator<Triple> find(Triple pattern) {
            check();
            return watch(super.find(pattern));
        }

        private ExtendedIterator<Triple> watch(ExtendedIterator<Triple> triples) {
            int[] seen = {0};
            return triples.filterKeep(t -> {
                if ((++seen[0] & 0x3FF) == 0) {
                    check();
                }
                return true;
            });
        }
    }
}
