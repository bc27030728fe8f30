package org.gcmkg.store;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Rows of four keys (a quad's node ids, compared as unsigned numbers) gathered a chunk at a time, and given back
 * in each of several column orders, sorted, each distinct row once: an external sort for building indexes bottom
 * up. Each full chunk is sorted in every order and written as one run file per order on a second thread while the
 * caller fills the next chunk; {@link #merged} then merges an order's runs. Memory holds at most two chunks and
 * the sorting thread's two working copies, whatever the number of rows; the runs live in a temporary folder
 * that {@link #close} removes.
 */
final class QuadRuns implements AutoCloseable {
    /** Keys per row. */
    static final int WIDTH = 4;

    private static final int BUFFER_BYTES = 1 << 16;

    private final int[][] orders;
    private final int chunk;
    private final Path dir;
    private final List<List<Path>> runs = new ArrayList<>();
    private final ExecutorService sorter;
    private Future<?> sorting;
    private int sortingIndex;
    private long[] rows;
    private int count;
    private long[] sorted = new long[0];
    private long[] spare = new long[0];

    /**
     * Starts gathering rows that will be read back in each of {@code orders}, where {@code orders[k][i]} is the
     * column that comes {@code i}th in order {@code k}; at most {@code chunk} rows are sorted at a time.
     */
    QuadRuns(int[][] orders, int chunk) throws IOException {
        this(orders, chunk, null);
    }

    /** The same, with the runs in a new folder inside {@code parent} (the system's temporary folder when null). */
    QuadRuns(int[][] orders, int chunk, Path parent) throws IOException {
        if (chunk < 1) {
            throw new IllegalArgumentException("a chunk holds at least one row");
        }
        this.orders = orders.clone();
        this.chunk = chunk;
        for (int k = 0; k < orders.length; k++) {
            runs.add(new ArrayList<>());
        }
        rows = new long[Math.multiplyExact(chunk, WIDTH)];
        dir = parent == null
                ? Files.createTempDirectory("gcmkg-runs-")
                : Files.createTempDirectory(parent, "gcmkg-runs-");
        sorter = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "gcmkg-sort-quads");
            t.setDaemon(true);
            return t;
        });
    }

    /** Adds a row; when the chunk is full it goes to the sorting thread. */
    void add(long a, long b, long c, long d) {
        int at = count * WIDTH;
        rows[at] = a;
        rows[at + 1] = b;
        rows[at + 2] = c;
        rows[at + 3] = d;
        if (++count == chunk) {
            handOver();
        }
    }

    /** Sorts and writes what is left and waits until every run is written. */
    void finish() {
        if (count > 0) {
            handOver();
        }
        awaitSorting();
    }

    /** The rows in order {@code k}, each distinct row once, merged from the runs; after {@link #finish}. */
    Rows merged(int k) {
        List<RunReader> readers = new ArrayList<>();
        try {
            for (Path run : runs.get(k)) {
                readers.add(new RunReader(run));
            }
        } catch (IOException e) {
            readers.forEach(RunReader::close);
            throw new UncheckedIOException(e);
        }
        return new Rows(readers);
    }

    private void handOver() {
        awaitSorting();
        long[] full = rows;
        int n = count;
        int index = sortingIndex++;
        sorting = sorter.submit(() -> {
            sortAndWrite(full, n, index);
            return null;
        });
        rows = new long[full.length];
        count = 0;
    }

    private void awaitSorting() {
        if (sorting == null) {
            return;
        }
        try {
            sorting.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the quads were sorted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io;
            }
            throw new IllegalStateException("sorting the quads failed", e.getCause());
        } finally {
            sorting = null;
        }
    }

    /** The sorting thread's work: the chunk in every order, one run file each. */
    private void sortAndWrite(long[] chunkRows, int n, int index) throws IOException {
        if (sorted.length < n * WIDTH) {
            sorted = new long[n * WIDTH];
            spare = new long[n * WIDTH];
        }
        for (int k = 0; k < orders.length; k++) {
            int[] order = orders[k];
            for (int r = 0; r < n; r++) {
                int at = r * WIDTH;
                for (int i = 0; i < WIDTH; i++) {
                    sorted[at + i] = chunkRows[at + order[i]];
                }
            }
            long[] result = RowSort.sort(sorted, spare, n);
            Path run = dir.resolve("order-" + k + "-run-" + index);
            writeDistinct(result, n, run);
            synchronized (runs) {
                runs.get(k).add(run);
            }
        }
    }

    private static void writeDistinct(long[] rowsInOrder, int n, Path run) throws IOException {
        ByteBuffer out = ByteBuffer.allocate(BUFFER_BYTES);
        try (FileChannel channel = FileChannel.open(run, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (int r = 0; r < n; r++) {
                if (r > 0 && RowSort.compare(rowsInOrder, (r - 1) * WIDTH, rowsInOrder, r * WIDTH) == 0) {
                    continue;
                }
                if (out.remaining() < WIDTH * Long.BYTES) {
                    drain(out, channel);
                }
                for (int i = 0; i < WIDTH; i++) {
                    out.putLong(rowsInOrder[r * WIDTH + i]);
                }
            }
            drain(out, channel);
        }
    }

    private static void drain(ByteBuffer out, FileChannel channel) throws IOException {
        out.flip();
        while (out.hasRemaining()) {
            channel.write(out);
        }
        out.clear();
    }

    /** The temporary folder of the runs. */
    Path folder() {
        return dir;
    }

    /**
     * Stops the sorting thread and removes the runs. A chunk still waiting for the thread is dropped, not awaited
     * (the thread's queue is emptied, so it would never be sorted), and one being sorted is interrupted; the runs
     * are removed once the thread has stopped writing them.
     */
    @Override
    public void close() throws IOException {
        if (sorting != null) {
            sorting.cancel(true);
            sorting = null;
        }
        sorter.shutdownNow();
        try {
            if (!sorter.awaitTermination(1, TimeUnit.MINUTES)) {
                throw new IOException("the thread sorting the quads did not stop within a minute: " + dir);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the thread sorting the quads stopped");
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    /** An order's rows, merged from its runs; each distinct row once. */
    static final class Rows implements AutoCloseable {
        private final PriorityQueue<RunReader> heads =
                new PriorityQueue<>(Comparator.comparing((RunReader r) -> r.row, RowSort::compare));
        private final List<RunReader> readers;
        private final long[] last = new long[WIDTH];
        private boolean started;

        private Rows(List<RunReader> readers) {
            this.readers = readers;
            for (RunReader reader : readers) {
                if (reader.advance()) {
                    heads.add(reader);
                }
            }
        }

        /** Puts the next row into {@code row}; false at the end. */
        boolean next(long[] row) {
            while (!heads.isEmpty()) {
                RunReader head = heads.poll();
                boolean repeat = started && RowSort.compare(last, 0, head.row, 0) == 0;
                System.arraycopy(head.row, 0, last, 0, WIDTH);
                if (head.advance()) {
                    heads.add(head);
                }
                if (!repeat) {
                    started = true;
                    System.arraycopy(last, 0, row, 0, WIDTH);
                    return true;
                }
            }
            return false;
        }

        @Override
        public void close() {
            readers.forEach(RunReader::close);
        }
    }

    /** A run file read a row at a time. */
    private static final class RunReader {
        private final FileChannel channel;
        private final ByteBuffer in = ByteBuffer.allocate(BUFFER_BYTES);
        final long[] row = new long[WIDTH];

        RunReader(Path run) throws IOException {
            channel = FileChannel.open(run, StandardOpenOption.READ);
            in.limit(0);
        }

        boolean advance() {
            try {
                if (in.remaining() < WIDTH * Long.BYTES) {
                    in.compact();
                    while (in.position() < WIDTH * Long.BYTES && channel.read(in) >= 0) {
                        // reads until a whole row is there or the file ends
                    }
                    in.flip();
                    if (in.remaining() < WIDTH * Long.BYTES) {
                        return false;
                    }
                }
                for (int i = 0; i < WIDTH; i++) {
                    row[i] = in.getLong();
                }
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void close() {
            try {
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
