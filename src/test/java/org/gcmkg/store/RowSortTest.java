package org.gcmkg.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The row sort against the JDK's sort of the same rows as arrays, with keys that need unsigned comparison. */
class RowSortTest {
    private static final Comparator<long[]> UNSIGNED = (a, b) -> {
        for (int i = 0; i < a.length; i++) {
            int c = Long.compareUnsigned(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    @Test
    void rowsComeOutInTheOrderOfTheirKeysComparedAsUnsignedNumbers() {
        for (int n : new int[] {0, 1, 31, 32, 33, 1000, 4097}) {
            Random random = new Random(n);
            long[] rows = new long[n * QuadRuns.WIDTH];
            for (int i = 0; i < rows.length; i++) {
                // few distinct values, so that rows tie on their first keys; the high bit set on some
                long v = random.nextInt(5);
                rows[i] = random.nextBoolean() ? v : v | Long.MIN_VALUE;
            }
            List<long[]> expected = new ArrayList<>();
            for (int r = 0; r < n; r++) {
                expected.add(Arrays.copyOfRange(rows, r * 4, r * 4 + 4));
            }
            expected.sort(UNSIGNED);

            long[] sorted = RowSort.sort(rows, new long[rows.length], n);

            for (int r = 0; r < n; r++) {
                assertArrayEquals(
                        expected.get(r), Arrays.copyOfRange(sorted, r * 4, r * 4 + 4), "row " + r + " of " + n);
            }
        }
    }

    @Test
    void aKeyWithItsHighBitSetComesAfterEveryKeyWithout() {
        long[] high = {Long.MIN_VALUE, 0, 0, 0};
        long[] low = {Long.MAX_VALUE, 0, 0, 0};
        assertTrue(RowSort.compare(high, low) > 0);
        assertTrue(RowSort.compare(low, high) < 0);
        assertTrue(RowSort.compare(low, low.clone()) == 0);
    }
}
