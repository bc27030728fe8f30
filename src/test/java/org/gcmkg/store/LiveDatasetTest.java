package org.gcmkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/** The switchable dataset a server registers once: a switch lets transactions under way finish where they began. */
class LiveDatasetTest {
    private static final Node G = NodeFactory.createURI("urn:g");
    private static final Node S = NodeFactory.createURI("urn:s");
    private static final Node P = NodeFactory.createURI("urn:p");

    private static StoredDataset holding(String value) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> dataset.add(G, S, P, NodeFactory.createLiteralString(value)));
        return new StoredDataset(dataset, value.repeat(64), Optional.empty(), 1, Path.of("dumps"));
    }

    private static String value(DatasetGraph dataset) {
        return dataset.find(G, S, P, Node.ANY).next().getObject().getLiteralLexicalForm();
    }

    @Test
    void aTransactionFinishesOnTheDatasetItBeganOnAndTheNextOneSeesTheSwitch() throws Exception {
        StoredDataset a = holding("a");
        StoredDataset b = holding("b");
        LiveDataset live = new LiveDataset(a);
        DatasetGraph served = live.dataset();
        CountDownLatch begun = new CountDownLatch(1);
        CountDownLatch switched = new CountDownLatch(1);
        CompletableFuture<String> underway = CompletableFuture.supplyAsync(() -> {
            served.begin(ReadWrite.READ);
            try {
                begun.countDown();
                switched.await(30, TimeUnit.SECONDS);
                return value(served);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            } finally {
                served.end();
            }
        });
        assertTrue(begun.await(30, TimeUnit.SECONDS));
        assertSame(a, live.switchTo(b));
        assertSame(b, live.current());
        assertFalse(live.awaitIdle(a, Duration.ofMillis(100)), "a transaction still runs on the previous dataset");
        switched.countDown();
        assertEquals("a", underway.get(30, TimeUnit.SECONDS), "the transaction under way kept its dataset");
        assertTrue(live.awaitIdle(a, Duration.ofSeconds(30)));
        assertEquals("b", Txn.calculateRead(served, () -> value(served)), "a new transaction sees the switch");
        assertFalse(served.isInTransaction());
    }

    @Test
    void eachDatasetIsPreparedBeforeItServesAndTheContextIsTheCurrentOnes() {
        Symbol prepared = Symbol.create("urn:prepared");
        StoredDataset a = holding("a");
        StoredDataset b = holding("b");
        LiveDataset live = new LiveDataset(a);
        live.prepareEach(d -> d.getContext().set(prepared, true));
        assertTrue(live.dataset().getContext().isTrue(prepared));
        live.switchTo(b);
        assertTrue(b.dataset().getContext().isTrue(prepared), "prepared before it was switched to");
        assertSame(b.dataset().getContext(), live.dataset().getContext());
        assertTrue(live.awaitIdle(a, Duration.ZERO), "nothing ran on the previous dataset");
    }
}
