package org.gcmkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.sys.JenaSystem;

/**
 * One task run on a thread of its own while the caller goes on, for the steps of a rebuild that wait on the
 * disk or leave the machine's second core idle. Its failure is rethrown, unwrapped, by {@link #join()}.
 *
 * @param <T> what the task gives
 */
final class SecondThread<T> {
    private final Future<T> task;

    private SecondThread(Future<T> task) {
        this.task = task;
    }

    /**
     * Starts {@code work} on a daemon thread named {@code name}. Jena is initialised first, on the caller's
     * thread: Jena marks itself initialised before its subsystems have registered their query engines, so a
     * first use on two threads at once lets one iterate the engine registry while the other fills it.
     */
    static <T> SecondThread<T> start(String name, Callable<T> work) {
        JenaSystem.init();
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        try {
            return new SecondThread<>(thread.submit(work));
        } finally {
            thread.shutdown();
        }
    }

    /** Waits for the task and gives its result, or throws what it threw. */
    T join() throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the second thread", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }

    /** Waits for the task and gives its result, or null when it failed (for clean-up after another failure). */
    T joinQuietly() {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            return null;
        }
    }
}
