package org.gcmkg.graph;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * The graph files written from named graphs given one at a time, in bounded memory, with the same bytes as
 * {@link Publication#write}. Each graph is sorted in memory when it is given and spooled to a temporary file
 * ({@link SpoolFile}); at the end the graphs are read back in the order of their names for the TriG and JSON-LD
 * files, and merged (duplicates dropped) for the union's Turtle and N-Triples, the two at once on two threads.
 * Memory holds one graph while it is given and one buffer per spooled graph while they are merged.
 */
public final class SpooledPublication implements AutoCloseable {
    /** The most spooled files merged at once; more are merged in rounds. */
    private static final int FAN_IN = 128;

    private final int fanIn;
    private final Path spool;
    private final List<Spooled> graphs = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private int files;

    private record Spooled(String form, Node name, Path file) {}

    /** Starts spooling into a new temporary folder, removed by {@link #close}. */
    public SpooledPublication() throws IOException {
        this(FAN_IN);
    }

    /** The same, merging at most {@code fanIn} files at once. */
    SpooledPublication(int fanIn) throws IOException {
        if (fanIn < 2) {
            throw new IllegalArgumentException("a merge needs at least two files at once");
        }
        this.fanIn = fanIn;
        spool = Files.createTempDirectory("gcmkg-spool-");
    }

    /** Spools a named graph, which the caller may then drop. */
    public void add(String graphIri, Graph graph) throws IOException {
        add(graphIri, SortedGraph.of(graph));
    }

    /** Spools a graph sorted beforehand (on any thread). */
    public void add(String graphIri, SortedGraph graph) throws IOException {
        if (!names.add(graphIri)) {
            throw new IllegalArgumentException("the graph " + graphIri + " was given twice");
        }
        Path file = nextFile();
        try (SpoolFile.Writer out = SpoolFile.writer(file)) {
            for (String[] row : graph.rows()) {
                out.write(row);
            }
        }
        Node name = NodeFactory.createURI(graphIri);
        graphs.add(new Spooled(NTriplesForm.of(name), name, file));
    }

    /**
     * Writes the four graph files into {@code dir}; returns the number of distinct triples of the union. The TriG
     * and JSON-LD files (graph by graph) are written on a second thread while this one merges the graphs into the
     * union's Turtle and N-Triples: the two read the spooled files and share nothing else.
     */
    public long write(Path dir) throws IOException {
        graphs.sort(Comparator.comparing(Spooled::form));
        ExecutorService second = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "gcmkg-write-quads");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<?> quads = second.submit(() -> {
                writeQuads(dir);
                return null;
            });
            long union;
            try {
                union = writeUnion(dir);
            } catch (IOException | RuntimeException e) {
                // the caller removes the folder: nothing may still be writing into it
                try {
                    join(quads);
                } catch (IOException | RuntimeException ignored) {
                    e.addSuppressed(ignored);
                }
                throw e;
            }
            join(quads);
            return union;
        } finally {
            second.shutdownNow();
        }
    }

    private static void join(Future<?> task) throws IOException {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the TriG and JSON-LD files", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(e.getCause());
        }
    }

    /**
     * Merges the spooled graphs into the union's files, in rounds of at most {@code fanIn} files; the spooled
     * graphs themselves stay (the quads are read from them at the same time) until {@link #close}.
     */
    private long writeUnion(Path dir) throws IOException {
        List<Path> runs = new ArrayList<>(graphs.stream().map(Spooled::file).toList());
        boolean spooled = true;
        while (runs.size() > fanIn) {
            List<Path> merged = new ArrayList<>();
            for (int i = 0; i < runs.size(); i += fanIn) {
                Path file = nextFile();
                try (SpoolFile.Writer out = SpoolFile.writer(file)) {
                    merge(runs.subList(i, Math.min(runs.size(), i + fanIn)), out::write);
                }
                if (!spooled) {
                    for (Path run : runs.subList(i, Math.min(runs.size(), i + fanIn))) {
                        Files.delete(run);
                    }
                }
                merged.add(file);
            }
            runs = merged;
            spooled = false;
        }
        return writeTriples(runs, dir);
    }

    private void writeQuads(Path dir) throws IOException {
        SpoolFile.Nodes nodes = new SpoolFile.Nodes();
        try (OutputStream trigOut = Files.newOutputStream(dir.resolve(Publication.TRIG));
                JsonLdQuads.Sink jsonLd = new JsonLdQuads(Prefixes.all(), NTriplesForm::of)
                        .start(new BufferedOutputStream(Files.newOutputStream(dir.resolve(Publication.JSONLD))))) {
            StreamRDF trig = BlockText.writer(trigOut);
            trig.start();
            Prefixes.all().forEach(trig::prefix);
            for (Spooled g : graphs) {
                try (SpoolFile.Reader in = SpoolFile.reader(g.file())) {
                    for (String[] row = in.next(); row != null; row = in.next()) {
                        Quad q = Quad.create(g.name(), nodes.of(row[0]), nodes.of(row[1]), nodes.of(row[2]));
                        trig.quad(q);
                        jsonLd.quad(q);
                    }
                }
            }
            trig.finish();
        }
    }

    private static long writeTriples(List<Path> runs, Path dir) throws IOException {
        SpoolFile.Nodes nodes = new SpoolFile.Nodes();
        long[] count = {0};
        try (OutputStream turtleOut = Files.newOutputStream(dir.resolve(Publication.TURTLE));
                BufferedWriter nt =
                        Files.newBufferedWriter(dir.resolve(Publication.NTRIPLES), StandardCharsets.UTF_8)) {
            StreamRDF turtle = BlockText.writer(turtleOut);
            turtle.start();
            Prefixes.all().forEach(turtle::prefix);
            merge(runs, row -> {
                count[0]++;
                turtle.triple(Triple.create(nodes.of(row[0]), nodes.of(row[1]), nodes.of(row[2])));
                nt.append(row[0])
                        .append(' ')
                        .append(row[1])
                        .append(' ')
                        .append(row[2])
                        .append(" .\n");
            });
            turtle.finish();
        }
        return count[0];
    }

    /** A row at a time. */
    private interface RowSink {
        void accept(String[] row) throws IOException;
    }

    /** Merges sorted spooled files into one sorted stream, each distinct row once. */
    private static void merge(List<Path> runs, RowSink sink) throws IOException {
        @SuppressWarnings("ArrayRecordComponent") // ordered by the row, never compared with equals
        record Head(String[] row, SpoolFile.Reader reader) {}
        PriorityQueue<Head> heads = new PriorityQueue<>((a, b) -> SpoolFile.ORDER.compare(a.row(), b.row()));
        List<SpoolFile.Reader> readers = new ArrayList<>();
        try {
            for (Path run : runs) {
                SpoolFile.Reader reader = SpoolFile.reader(run);
                readers.add(reader);
                String[] first = reader.next();
                if (first != null) {
                    heads.add(new Head(first, reader));
                }
            }
            String[] last = null;
            while (!heads.isEmpty()) {
                Head head = heads.poll();
                if (last == null || SpoolFile.ORDER.compare(last, head.row()) != 0) {
                    sink.accept(head.row());
                    last = head.row();
                }
                String[] next = head.reader().next();
                if (next != null) {
                    heads.add(new Head(next, head.reader()));
                }
            }
        } finally {
            for (SpoolFile.Reader reader : readers) {
                reader.close();
            }
        }
    }

    private Path nextFile() {
        return spool.resolve(files++ + ".rows");
    }

    /** Removes the spooled files. */
    @Override
    public void close() throws IOException {
        try (Stream<Path> all = Files.list(spool)) {
            all.forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Files.delete(spool);
    }
}
