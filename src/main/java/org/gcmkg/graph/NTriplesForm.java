package org.gcmkg.graph;

import org.apache.jena.atlas.io.AWriterBase;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterNT;

/**
 * A node's N-Triples form, the same text as {@link NodeFmtLib#strNT}, formatted by Jena's own N-Triples
 * formatter into a plain {@link StringBuilder}. {@code strNT} formats into a buffer that takes a lock for every
 * character, which made formatting the forms a build sorts and writes a tenth of its time.
 */
final class NTriplesForm {
    /** Jena's formatter; it keeps no state between nodes, so threads share it. */
    private static final NodeFormatter FORMATTER = new NodeFormatterNT();

    private NTriplesForm() {}

    /** The N-Triples form of {@code node}. */
    static String of(Node node) {
        Text text = new Text();
        FORMATTER.format(text, node);
        return text.toString();
    }

    /** Jena's character output over a {@link StringBuilder}, for one thread; its base class writes by printing. */
    private static final class Text extends AWriterBase {
        private final StringBuilder text = new StringBuilder(64);

        @Override
        public void print(char ch) {
            text.append(ch);
        }

        @Override
        public void print(char[] cbuf) {
            text.append(cbuf);
        }

        @Override
        public void print(String string) {
            text.append(string);
        }

        @Override
        @SuppressWarnings("AnnotateFormatMethod") // Jena's interface, which formatters do not call
        public void printf(String fmt, Object... arg) {
            text.append(String.format(fmt, arg));
        }

        @Override
        public void println(String object) {
            text.append(object).append('\n');
        }

        @Override
        public void println() {
            text.append('\n');
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
