package org.gcmkg.graph;

import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The text of a passage as a reader reads it: the report's inline Markdown ({@code *italic*},
 * {@code **bold**}, escapes such as {@code \$}, links {@code [text](url)} and autolinks {@code <http://…>})
 * read by a CommonMark parser and only its text kept. Block syntax is not read, since a passage's lines
 * are already the pieces of its list items and paragraphs: a line that starts with {@code 1.} or
 * {@code #} keeps it. Line breaks between list items stay line breaks.
 */
public final class PlainText {
    private static final Parser INLINE =
            Parser.builder().enabledBlockTypes(Set.of()).build();

    private PlainText() {}

    /** The plain text of a piece of report Markdown. */
    public static String of(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length());
        INLINE.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                if (out.length() > 0) {
                    out.append("\n\n");
                }
                visitChildren(paragraph);
            }

            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(HtmlInline html) {
                out.append(html.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                out.append('\n');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                out.append('\n');
            }
        });
        // A passage that is nothing but a link reference definition has no paragraph: keep it as written.
        return out.length() == 0 ? markdown : out.toString();
    }
}
