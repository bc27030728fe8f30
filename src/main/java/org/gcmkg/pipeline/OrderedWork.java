package org.gcmkg.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.sys.JenaSystem;

/**
 * Work on a list of inputs done on several threads and handed back in the order of the inputs, so that what is
 * made from the results is the same whatever the number of threads. At most {@code threads + 1} results wait to be
 * taken, which bounds the memory they hold. The first failure in the order of the inputs is the one thrown, as
 * when the inputs are worked one after the other.
 *
 * @param <I> an input
 * @param <O> what the work makes of it
 */
final class OrderedWork<I, O> implements AutoCloseable {
    /** The work on one input. */
    interface Step<I, O> {
        O apply(I input) throws BuildException;
    }

    private final ExecutorService pool;
    private final Iterator<I> inputs;
    private final Step<I, O> step;
    private final Deque<Future<O>> pending = new ArrayDeque<>();
    private final int window;

    OrderedWork(List<I> inputs, Step<I, O> step, int threads, String name) {
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread");
        }
        // Jena registers its subsystems on first use: once, here, not on two threads at once
        JenaSystem.init();
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.inputs = inputs.iterator();
        this.step = step;
        this.window = threads + 1;
        fill();
    }

    /** Whether a result is left to take. */
    boolean hasNext() {
        return !pending.isEmpty();
    }

    /** The next result in the order of the inputs, waiting for it; rethrows what its work threw. */
    O next() throws BuildException {
        Future<O> head = pending.removeFirst();
        O result;
        try {
            result = head.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BuildException("interrupted while waiting for a report", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof BuildException b) {
                throw b;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new BuildException(String.valueOf(cause.getMessage()), cause);
        }
        fill();
        return result;
    }

    private void fill() {
        while (pending.size() < window && inputs.hasNext()) {
            I input = inputs.next();
            pending.addLast(pool.submit(() -> step.apply(input)));
        }
    }

    /** Stops the work not yet taken. */
    @Override
    public void close() {
        pending.forEach(f -> f.cancel(true));
        pending.clear();
        pool.shutdownNow();
    }
}
