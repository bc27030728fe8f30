package org.gcmkg.graph;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.writer.WriterStreamRDFBlocks;

/**
 * Jena's streaming Turtle and TriG writer ({@link RDFFormat#TURTLE_BLOCKS}, {@link RDFFormat#TRIG_BLOCKS}: the
 * same class writes both, the same bytes) over a buffer that takes no lock. Jena's writer hands its output one
 * character at a time to a {@link BufferedWriter}, which locks for each; writing the graph files spent most of
 * its time there.
 */
final class BlockText {
    private BlockText() {}

    /**
     * A stream writing Turtle (given triples) or TriG (given quads) into {@code out} as UTF-8; used by one thread,
     * and {@link StreamRDF#finish} flushes it.
     */
    static StreamRDF writer(OutputStream out) {
        return new WriterStreamRDFBlocks(
                new UnlockedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                RIOT.getContext().copy());
    }

    /**
     * A {@link BufferedWriter} (Jena's writer takes one as it is, and wraps any other writer in one) with a
     * buffer of its own that only one thread uses, so that it needs no lock.
     */
    private static final class UnlockedWriter extends BufferedWriter {
        private static final int SIZE = 1 << 16;
        private final Writer out;
        private final char[] buffer = new char[SIZE];
        private int used;

        UnlockedWriter(Writer out) {
            super(out, 1);
            this.out = out;
        }

        @Override
        public void write(int c) throws IOException {
            if (used == SIZE) {
                drain();
            }
            buffer[used++] = (char) c;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            for (int i = 0; i < length; i++) {
                write(chars[offset + i]);
            }
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            for (int i = 0; i < length; i++) {
                write(text.charAt(offset + i));
            }
        }

        private void drain() throws IOException {
            out.write(buffer, 0, used);
            used = 0;
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            try {
                drain();
            } finally {
                out.close();
            }
        }
    }
}
