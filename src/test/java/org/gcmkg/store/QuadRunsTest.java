package org.gcmkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The external sort the store builds its indexes from, with chunks far smaller than the rows. */
class QuadRunsTest {
    private static final int[][] ORDERS = {{0, 1, 2, 3}, {3, 1, 2, 0}};

    @Test
    void eachOrderGivesEveryDistinctRowOnceSortedAcrossChunks() throws Exception {
        Random random = new Random(7);
        List<TreeSet<List<Long>>> expected =
                List.of(new TreeSet<>(QuadRunsTest::compare), new TreeSet<>(QuadRunsTest::compare));
        try (QuadRuns runs = new QuadRuns(ORDERS, 100)) {
            for (int i = 0; i < 1050; i++) { // ten full chunks and a part; repeats within and across chunks
                long[] row = {random.nextInt(4), random.nextInt(9), random.nextInt(9), random.nextInt(3) - 1L};
                runs.add(row[0], row[1], row[2], row[3]);
                for (int k = 0; k < ORDERS.length; k++) {
                    List<Long> inOrder = new ArrayList<>();
                    for (int column : ORDERS[k]) {
                        inOrder.add(row[column]);
                    }
                    expected.get(k).add(inOrder);
                }
            }
            runs.finish();
            for (int k = 0; k < ORDERS.length; k++) {
                List<List<Long>> read = new ArrayList<>();
                try (QuadRuns.Rows rows = runs.merged(k)) {
                    long[] row = new long[4];
                    while (rows.next(row)) {
                        read.add(List.of(row[0], row[1], row[2], row[3]));
                    }
                }
                assertEquals(new ArrayList<>(expected.get(k)), read, "order " + k);
            }
        }
    }

    @Test
    void noRowsGiveNoRows() throws Exception {
        try (QuadRuns runs = new QuadRuns(ORDERS, 10)) {
            runs.finish();
            try (QuadRuns.Rows rows = runs.merged(1)) {
                assertFalse(rows.next(new long[4]));
            }
        }
    }

    @Test
    void closingRemovesTheRuns() throws Exception {
        Path folder;
        try (QuadRuns runs = new QuadRuns(ORDERS, 2)) {
            folder = runs.folder();
            for (int i = 0; i < 5; i++) {
                runs.add(i, i, i, i);
            }
            runs.finish();
            try (Stream<Path> written = Files.list(folder)) {
                assertEquals(6, written.count(), "three chunks (two full, one not) in each of the two orders");
            }
        }
        assertFalse(Files.exists(folder));
    }

    /**
     * Closed right after a chunk is handed to the sorting thread, before or while that thread takes it up (an
     * aborted load does this): the close returns and no run stays. Repeated, since which of the two comes first
     * is up to the threads.
     */
    @Test
    void closingJustAfterAHandOverReturnsAndRemovesTheRuns() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (int round = 0; round < 500; round++) {
                Path folder;
                try (QuadRuns runs = new QuadRuns(ORDERS, 1)) {
                    folder = runs.folder();
                    // the first chunk starts the thread; the second waits in its queue
                    runs.add(round, round, round, round);
                    runs.add(round + 1, round, round, round);
                }
                assertFalse(Files.exists(folder), "round " + round);
            }
        });
    }

    private static int compare(List<Long> a, List<Long> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = Long.compareUnsigned(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
