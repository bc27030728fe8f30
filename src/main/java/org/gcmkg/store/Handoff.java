package org.gcmkg.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Items handed in batches from one thread to another, so that two steps of a load run on the two cores at once.
 * The giving thread calls {@link #give} and then {@link #end} (or {@link #stop} after a failure); the taking
 * thread runs {@link #takeAll}. Either side failing stops the other: a giver whose taker has returned fails
 * instead of waiting forever, and a taker whose giver stopped returns. At most {@value #WAITING} batches of
 * {@value #BATCH} items wait.
 *
 * @param <T> what is handed
 */
final class Handoff<T> {
    private static final int BATCH = 1024;
    private static final int WAITING = 8;

    private final BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(WAITING);
    private final List<T> end = new ArrayList<>();
    private final List<T> stop = new ArrayList<>();
    private final String taker;
    private List<T> batch = new ArrayList<>(BATCH);
    private volatile boolean takerDone;

    /** A handoff to the step {@code taker} names (for the error when it stops early). */
    Handoff(String taker) {
        this.taker = taker;
    }

    /** Gives an item; a full batch goes to the taking thread. */
    void give(T item) {
        batch.add(item);
        if (batch.size() == BATCH) {
            hand(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /** Hands the last batch over and tells the taking thread that no more come. */
    void end() {
        if (!batch.isEmpty()) {
            hand(batch);
        }
        hand(end);
    }

    /** Tells the taking thread to stop without taking what waits. */
    void stop() {
        queue.clear();
        queue.offer(stop);
    }

    /**
     * The taking thread's work: gives each item to {@code step} until the end (true) or a stop (false). When it
     * returns or fails, the giving thread fails at its next batch instead of waiting.
     */
    boolean takeAll(Consumer<T> step) throws InterruptedException {
        try {
            for (List<T> taken = queue.take(); ; taken = queue.take()) {
                if (taken == end) {
                    return true;
                }
                if (taken == stop) {
                    return false;
                }
                taken.forEach(step);
            }
        } finally {
            takerDone = true;
        }
    }

    private void hand(List<T> items) {
        try {
            while (!queue.offer(items, 100, TimeUnit.MILLISECONDS)) {
                if (takerDone) {
                    throw new IllegalStateException(taker + " stopped before the end");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing over to " + taker, e);
        }
    }
}
