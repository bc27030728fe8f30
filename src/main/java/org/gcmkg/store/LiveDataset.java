package org.gcmkg.store;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.util.Context;

/**
 * The dataset a server serves, switchable from one {@link StoredDataset} to the next. {@link #dataset()} is one
 * {@code DatasetGraph} for the server's whole life: each transaction runs on the dataset that was current when
 * it began, to its end, and everything outside a transaction goes to the current one. {@link #switchTo} makes
 * another dataset current; {@link #awaitIdle} waits until the transactions still on the previous one ended.
 */
public final class LiveDataset {
    private final AtomicReference<Target> current;
    private final List<Consumer<DatasetGraph>> preparations = new CopyOnWriteArrayList<>();
    private final Switching dataset = new Switching();

    /** What is served, and how many transactions run on it; one per switch, compared by identity. */
    private static final class Target {
        private final StoredDataset stored;
        private final AtomicInteger transactions = new AtomicInteger();

        Target(StoredDataset stored) {
            this.stored = stored;
        }

        StoredDataset stored() {
            return stored;
        }

        AtomicInteger transactions() {
            return transactions;
        }

        boolean serves(StoredDataset other) {
            return stored.dataset() == other.dataset();
        }
    }

    public LiveDataset(StoredDataset first) {
        current = new AtomicReference<>(new Target(first));
    }

    /** The dataset served now. */
    public StoredDataset current() {
        return current.get().stored();
    }

    /** The switchable dataset to register with the server, once. */
    public DatasetGraph dataset() {
        return dataset;
    }

    /**
     * Applies {@code preparation} (settings kept in a dataset's context) to the current dataset now, and to
     * every dataset before it is switched to.
     */
    public void prepareEach(Consumer<DatasetGraph> preparation) {
        preparations.add(preparation);
        preparation.accept(current().dataset());
    }

    /** Serves {@code next} from now on; transactions under way finish on the previous one, which is returned. */
    public StoredDataset switchTo(StoredDataset next) {
        for (Consumer<DatasetGraph> preparation : preparations) {
            preparation.accept(next.dataset());
        }
        return current.getAndSet(new Target(next)).stored();
    }

    /**
     * Waits until no transaction runs on {@code previous} any more, or until {@code atMost} has passed; returns
     * whether it is idle.
     */
    public boolean awaitIdle(StoredDataset previous, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (dataset.running(previous) > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        dataset.forget(previous);
        return true;
    }

    /** A wrapper whose target is the current dataset, or, inside a transaction, the one it began on. */
    private final class Switching extends DatasetGraphWrapper {
        // Not static: each served dataset has its own binding, and one JVM may run several servers (the tests).
        @SuppressWarnings("ThreadLocalUsage")
        private final ThreadLocal<Target> bound = new ThreadLocal<>();

        private final List<Target> open = new CopyOnWriteArrayList<>();

        Switching() {
            super(null, null);
        }

        @Override
        protected DatasetGraph get() {
            Target t = bound.get();
            if (t != null) {
                if (t.stored().dataset().isInTransaction()) {
                    return t.stored().dataset();
                }
                // a transaction that ended without end(): let go of its dataset
                unbind(t);
            }
            return current.get().stored().dataset();
        }

        @Override
        public Context getContext() {
            return get().getContext();
        }

        @Override
        public void begin(TxnType type) {
            begin(d -> d.begin(type));
        }

        @Override
        public void begin(ReadWrite readWrite) {
            begin(d -> d.begin(readWrite));
        }

        @Override
        public void begin() {
            begin(DatasetGraph::begin);
        }

        private void begin(Consumer<DatasetGraph> beginning) {
            Target t = bind();
            try {
                beginning.accept(t.stored().dataset());
            } catch (RuntimeException e) {
                unbind(t);
                throw e;
            }
        }

        @Override
        public void end() {
            Target t = bound.get();
            if (t == null) {
                current.get().stored().dataset().end();
                return;
            }
            try {
                t.stored().dataset().end();
            } finally {
                unbind(t);
            }
        }

        /** Binds this thread to the current dataset for one transaction. */
        private Target bind() {
            Target before = bound.get();
            if (before != null) {
                unbind(before);
            }
            while (true) {
                Target t = current.get();
                t.transactions().incrementAndGet();
                if (!open.contains(t)) {
                    open.add(t);
                }
                // counted before a switch, or bound to the dataset switched to: awaitIdle sees every transaction
                if (current.get() == t) {
                    bound.set(t);
                    return t;
                }
                t.transactions().decrementAndGet();
            }
        }

        private void unbind(Target t) {
            bound.remove();
            if (t.transactions().decrementAndGet() == 0 && t != current.get()) {
                open.remove(t);
            }
        }

        void forget(StoredDataset stored) {
            open.removeIf(t -> t.serves(stored) && t != current.get());
        }

        int running(StoredDataset stored) {
            int n = 0;
            for (Target t : open) {
                if (t.serves(stored)) {
                    n += t.transactions().get();
                }
            }
            return n;
        }
    }
}
