package org.gcmkg.graph;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.RiotLib;

/**
 * A file of triples spooled to disk, each a row of its three nodes in their N-Triples form, in publication order:
 * rows compare node by node, by those forms, as {@link Publication} sorts them.
 */
final class SpoolFile {
    /** The publication order of rows. */
    static final Comparator<String[]> ORDER = Arrays::compare;

    private static final int BUFFER = 1 << 16;

    private SpoolFile() {}

    /** Writes rows to a new file. */
    static Writer writer(Path file) throws IOException {
        return new Writer(file);
    }

    /** Reads the rows of a file, one at a time. */
    static Reader reader(Path file) throws IOException {
        return new Reader(file);
    }

    /** Writes rows. */
    static final class Writer implements AutoCloseable {
        private final DataOutputStream out;

        private Writer(Path file) throws IOException {
            out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), BUFFER));
        }

        void write(String[] row) throws IOException {
            for (String form : row) {
                byte[] bytes = form.getBytes(StandardCharsets.UTF_8);
                out.writeInt(bytes.length);
                out.write(bytes);
            }
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /** Reads rows back; {@link #next} gives null after the last. */
    static final class Reader implements AutoCloseable {
        private final DataInputStream in;

        private Reader(Path file) throws IOException {
            in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER));
        }

        String[] next() throws IOException {
            String[] row = new String[3];
            for (int i = 0; i < row.length; i++) {
                int length;
                try {
                    length = in.readInt();
                } catch (EOFException e) {
                    if (i == 0) {
                        return null;
                    }
                    throw e;
                }
                byte[] bytes = new byte[length];
                in.readFully(bytes);
                row[i] = new String(bytes, StandardCharsets.UTF_8);
            }
            return row;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /**
     * Nodes read back from their N-Triples forms. The forms a stream repeats most (predicates, classes, the
     * current subject) are parsed once while the cache lasts; it is emptied when it grows, so it stays small.
     */
    static final class Nodes {
        private static final int LIMIT = 50_000;
        private final Map<String, Node> parsed = new HashMap<>();

        Node of(String form) {
            Node node = parsed.get(form);
            if (node == null) {
                if (parsed.size() >= LIMIT) {
                    parsed.clear();
                }
                node = parse(form);
                parsed.put(form, node);
            }
            return node;
        }

        /** A node from its {@link NodeFmtLib#strNT} form; a blank node gets back the label it had. */
        static Node parse(String form) {
            if (form.startsWith("_:")) {
                return NodeFactory.createBlankNode(NodeFmtLib.decodeBNodeLabel(form.substring(2)));
            }
            return RiotLib.parse(form);
        }
    }
}
