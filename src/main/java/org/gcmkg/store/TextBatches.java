package org.gcmkg.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.Quad;

/**
 * The quads a text index has a field for, handed in batches from the thread that loads them into TDB2 to one that
 * indexes them, so that the file is parsed once and the two cores share the work. The loading thread calls {@link
 * #offer} and then {@link #end} (or {@link #stop} after a failure); the indexing thread runs {@link #indexAll}. At
 * most {@value #WAITING} batches of {@value #BATCH} quads wait.
 */
final class TextBatches {
    private static final int BATCH = 1024;
    private static final int WAITING = 8;
    private static final List<Quad> END = new ArrayList<>();
    private static final List<Quad> STOP = new ArrayList<>();

    private final EntityDefinition fields;
    private final BlockingQueue<List<Quad>> queue = new ArrayBlockingQueue<>(WAITING);
    private List<Quad> batch = new ArrayList<>(BATCH);
    private volatile boolean indexerDone;

    TextBatches(EntityDefinition fields) {
        this.fields = fields;
    }

    /** Keeps {@code quad} for the index when its predicate has a field. */
    void offer(Quad quad) {
        if (fields.getField(quad.getPredicate()) != null) {
            batch.add(quad);
            if (batch.size() == BATCH) {
                hand(batch);
                batch = new ArrayList<>(BATCH);
            }
        }
    }

    /** Hands the last batch over and tells the indexing thread that no more come. */
    void end() {
        if (!batch.isEmpty()) {
            hand(batch);
        }
        hand(END);
    }

    /** Tells the indexing thread to stop without indexing what waits. */
    void stop() {
        queue.clear();
        queue.offer(STOP);
    }

    /** The indexing thread's work: indexes the batches until the end or a stop; gives the number of quads indexed. */
    long indexAll(TextIndex index) throws InterruptedException {
        long indexed = 0;
        try {
            for (List<Quad> taken = queue.take(); taken != END && taken != STOP; taken = queue.take()) {
                for (Quad quad : taken) {
                    Entity entity = TextQueryFuncs.entityFromQuad(fields, quad);
                    if (entity != null) {
                        index.addEntity(entity);
                        indexed++;
                    }
                }
            }
        } finally {
            indexerDone = true;
        }
        return indexed;
    }

    private void hand(List<Quad> quads) {
        try {
            while (!queue.offer(quads, 100, TimeUnit.MILLISECONDS)) {
                if (indexerDone) {
                    throw new IllegalStateException("the text index stopped before the load's end");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing quads to the text index", e);
        }
    }
}
