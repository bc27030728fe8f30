package org.gcmkg.store;

/**
 * Sorting of rows of {@value QuadRuns#WIDTH} keys laid end to end in one {@code long[]}, compared key by key as
 * unsigned numbers, the order of TDB2's B+tree records: a bottom-up merge sort (runs of {@value #RUN} rows by
 * insertion first), stable and in {@code n log n} whatever the input, with no object per row.
 */
final class RowSort {
    private static final int W = QuadRuns.WIDTH;
    private static final int RUN = 32;

    private RowSort() {}

    /**
     * Sorts the first {@code n} rows of {@code rows}, using {@code spare} (at least as long) as working space;
     * gives the array that holds the sorted rows, one of the two.
     */
    static long[] sort(long[] rows, long[] spare, int n) {
        for (int lo = 0; lo < n; lo += RUN) {
            insertionSort(rows, lo, Math.min(lo + RUN, n));
        }
        long[] from = rows;
        long[] to = spare;
        for (int width = RUN; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                merge(from, to, lo, mid, hi);
            }
            long[] swap = from;
            from = to;
            to = swap;
        }
        return from;
    }

    /** Compares the row at {@code i} of {@code a} with the row at {@code j} of {@code b} (offsets in keys). */
    static int compare(long[] a, int i, long[] b, int j) {
        for (int k = 0; k < W; k++) {
            int c = Long.compareUnsigned(a[i + k], b[j + k]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Compares two rows held one per array. */
    static int compare(long[] a, long[] b) {
        return compare(a, 0, b, 0);
    }

    private static void insertionSort(long[] rows, int lo, int hi) {
        long[] row = new long[W];
        for (int r = lo + 1; r < hi; r++) {
            System.arraycopy(rows, r * W, row, 0, W);
            int s = r - 1;
            while (s >= lo && compare(rows, s * W, row, 0) > 0) {
                System.arraycopy(rows, s * W, rows, (s + 1) * W, W);
                s--;
            }
            System.arraycopy(row, 0, rows, (s + 1) * W, W);
        }
    }

    private static void merge(long[] from, long[] to, int lo, int mid, int hi) {
        int i = lo;
        int j = mid;
        int out = lo * W;
        while (i < mid && j < hi) {
            if (compare(from, j * W, from, i * W) < 0) {
                System.arraycopy(from, j++ * W, to, out, W);
            } else {
                System.arraycopy(from, i++ * W, to, out, W);
            }
            out += W;
        }
        if (i < mid) {
            System.arraycopy(from, i * W, to, out, (mid - i) * W);
        } else if (j < hi) {
            System.arraycopy(from, j * W, to, out, (hi - j) * W);
        }
    }
}
