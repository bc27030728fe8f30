package org.gcmkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OrderedWorkTest {
    @Test
    void resultsComeInTheOrderOfTheInputsWhenLaterOnesFinishFirst() throws Exception {
        List<Integer> inputs = List.of(0, 1, 2, 3, 4, 5, 6, 7);
        List<String> taken = new ArrayList<>();
        try (OrderedWork<Integer, String> work = new OrderedWork<>(
                inputs,
                i -> {
                    sleep(5L * (inputs.size() - i)); // the first input takes longest
                    return "r" + i;
                },
                3,
                "test")) {
            while (work.hasNext()) {
                taken.add(work.next());
            }
        }
        assertEquals(List.of("r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7"), taken);
    }

    @Test
    void theFirstFailureInTheOrderOfTheInputsIsTheOneThrown() throws Exception {
        CountDownLatch laterFailed = new CountDownLatch(1);
        try (OrderedWork<Integer, Integer> work = new OrderedWork<>(
                List.of(0, 1, 2),
                i -> {
                    if (i == 2) {
                        laterFailed.countDown();
                        throw new BuildException("input 2 is bad");
                    }
                    if (i == 1) {
                        await(laterFailed); // input 2 has failed before input 1 does
                        throw new BuildException("input 1 is bad");
                    }
                    return i;
                },
                3,
                "test")) {
            assertEquals(0, work.next());
            BuildException thrown = assertThrows(BuildException.class, work::next);
            assertEquals("input 1 is bad", thrown.getMessage());
        }
    }

    @Test
    void noMoreThanOneInputBeyondTheThreadsIsStartedAheadOfWhatIsTaken() throws Exception {
        AtomicInteger started = new AtomicInteger();
        try (OrderedWork<Integer, Integer> work = new OrderedWork<>(
                List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
                i -> {
                    started.incrementAndGet();
                    return i;
                },
                2,
                "test")) {
            for (int taken = 0; taken < 10; taken++) {
                // 2 threads + 1 ahead of what is taken, up to the ten inputs
                int ahead = Math.min(10, taken + 3);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (started.get() < ahead && System.nanoTime() < deadline) {
                    sleep(1);
                }
                sleep(30); // time enough for one more to start, were it allowed
                assertEquals(ahead, started.get(), "started with " + taken + " taken");
                assertEquals(taken, work.next());
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) throws BuildException {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new BuildException("the other input never failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BuildException("interrupted", e);
        }
    }
}
