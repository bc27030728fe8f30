package org.gcmkg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.gcmkg.store.SpanishFoldingAnalyzer;
import org.gcmkg.store.TextIndexing;

/**
 * Highlighted snippets of a search hit's text: the words of the search found as the index finds them (the same
 * Spanish analysis: case, accents and plural endings folded), marked in a window of the text around the first
 * of them. The marks are data (a list of segments), so that the page template escapes every character.
 */
final class Snippets {
    /** A stretch of text, marked when it is a word of the search. */
    record Segment(String text, boolean hit) {}

    /** Characters shown before the first match and in all. */
    static final int BEFORE = 80;

    static final int LENGTH = 260;
    private static final Analyzer ANALYZER = new SpanishFoldingAnalyzer();

    private final Set<String> terms;

    /** For the words and phrases a person typed. */
    Snippets(List<String> parts) {
        Set<String> t = new HashSet<>();
        parts.forEach(p -> tokens(p).forEach(tok -> t.add(tok.term())));
        this.terms = Set.copyOf(t);
    }

    private record Token(String term, int start, int end) {}

    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream(TextIndexing.FIELD, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** How many words of the search a text holds. */
    int matches(String text) {
        return (int) tokens(text).stream().filter(t -> terms.contains(t.term())).count();
    }

    /** Of a resource's texts (by property, in order of preference), the one holding most words of the search. */
    String best(Map<String, List<String>> textsByProperty) {
        String best = null;
        int most = -1;
        for (List<String> texts : textsByProperty.values()) {
            for (String text : texts) {
                int n = matches(text);
                if (n > most) {
                    best = text;
                    most = n;
                }
            }
        }
        return best;
    }

    /** A window of {@code text} around its first word of the search, the words of the search marked. */
    List<Segment> snippet(String text) {
        List<Token> hits =
                tokens(text).stream().filter(t -> terms.contains(t.term())).toList();
        int from = hits.isEmpty() ? 0 : Math.max(0, hits.get(0).start() - BEFORE);
        if (from > 0) {
            int space = text.indexOf(' ', from);
            from = space < 0 || space > hits.get(0).start() ? from : space + 1;
        }
        int to = Math.min(text.length(), from + LENGTH);
        if (to < text.length()) {
            int space = text.lastIndexOf(' ', to);
            to = space > from ? space : to;
        }
        List<Segment> segments = new ArrayList<>();
        if (from > 0) {
            segments.add(new Segment("… ", false));
        }
        int at = from;
        for (Token t : hits) {
            if (t.start() < at || t.end() > to) {
                continue;
            }
            if (t.start() > at) {
                segments.add(new Segment(text.substring(at, t.start()), false));
            }
            segments.add(new Segment(text.substring(t.start(), t.end()), true));
            at = t.end();
        }
        if (at < to) {
            segments.add(new Segment(text.substring(at, to), false));
        }
        if (to < text.length()) {
            segments.add(new Segment(" …", false));
        }
        return segments;
    }
}
