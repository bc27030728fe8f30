package org.gcmkg.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A run of report text read as one unit (an action, a goal, a section's text, a footnote): the pieces of
 * lines it is made of, joined into readable text, with a map from every character of that text back to
 * its offset in the report.
 */
public final class Passage {
    private static final int SHORT_HEADING = 40;
    private static final Pattern TERMINAL = Pattern.compile("[.:;!?…]['\"”’»)\\]*_]*$|[.:;!?…][¹²³⁴⁵⁶⁷⁸⁹⁰ ]*$|>\\.?$");
    /** Abbreviations after which a period does not end a sentence. */
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?i)(?:\\b(?:aprox|pág|pag|núm|num|no|art|arts|dr|dra|lic|sr|sra|ing|etc|i\\.e|p\\.ej|vs|cfr|coah|chih|"
                    + "son|tamps|b\\.c|d\\.c|ee\\.uu|s\\.a|fracc|mdp)|\\b\\p{Lu})\\.$");

    private final String text;
    private final int[] rawOffsets;
    private final int firstLine;
    private final int rawStart;
    private final int rawEnd;
    private final List<Unit> units;

    private Passage(String text, int[] rawOffsets, int firstLine, int rawStart, int rawEnd, List<Unit> units) {
        this.text = text;
        this.rawOffsets = rawOffsets;
        this.firstLine = firstLine;
        this.rawStart = rawStart;
        this.rawEnd = rawEnd;
        this.units = units;
    }

    /**
     * One line of the passage as a reader sees it: its first paragraph or bullet, a paragraph that carries
     * it on, or an item of a list it opens (page breaks inside a sentence joined).
     *
     * @param start  offset of its first character in {@link #text()}
     * @param end    offset just past its last character
     * @param item   whether it is a list item (bullet or numbered) of a list the passage opens
     * @param indent the item's indentation in spaces (0 for paragraphs and top-level items)
     * @param line   the report line it starts on
     */
    public record Unit(int start, int end, boolean item, int indent, int line) {}

    /** The passage's lines as a reader sees them, in order; the first is the passage's head. */
    public List<Unit> units() {
        return units;
    }

    /** The passage's text, as a reader reads it. */
    public String text() {
        return text;
    }

    /** The 1-based line it starts on. */
    public int firstLine() {
        return firstLine;
    }

    /** Offset of its first character in the report text. */
    public int rawStart() {
        return rawStart;
    }

    /** Offset just past its last character in the report text. */
    public int rawEnd() {
        return rawEnd;
    }

    /** The report offset of the character at {@code index} of {@link #text()}. */
    public int rawOffset(int index) {
        return rawOffsets[index];
    }

    /** Maps a range of {@link #text()} to the report range that holds it. */
    public int[] rawRange(int start, int end) {
        int first = start;
        while (first < end && rawOffsets[first] < 0) {
            first++;
        }
        int last = end - 1;
        while (last > first && rawOffsets[last] < 0) {
            last--;
        }
        return new int[] {rawOffsets[first], rawOffsets[last] + 1};
    }

    /**
     * The passage's sentences. A sentence ends at a line break of the passage, or after {@code . ! ?}
     * followed by white space and a capital, digit, quote or opening mark, unless the period closes an
     * abbreviation or an initial.
     */
    public List<Sentence> sentences() {
        List<Sentence> result = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean boundary = false;
            int end = i + 1;
            if (c == '\n') {
                boundary = true;
                end = i;
            } else if ((c == '.' || c == '!' || c == '?') && endsSentence(i)) {
                boundary = true;
                end = i + 1;
                while (end < text.length() && "\"”’»)¹²³⁴⁵⁶⁷⁸⁹⁰".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
            }
            if (boundary) {
                addSentence(result, start, end);
                // A line break is not part of either sentence; closing marks after a period are.
                start = c == '\n' ? i + 1 : end;
                i = start - 1;
            }
        }
        addSentence(result, start, text.length());
        return result;
    }

    private boolean endsSentence(int period) {
        int next = period + 1;
        while (next < text.length() && "\"”’»)¹²³⁴⁵⁶⁷⁸⁹⁰".indexOf(text.charAt(next)) >= 0) {
            next++;
        }
        if (next >= text.length()) {
            return true;
        }
        if (text.charAt(next) != ' ') {
            return false;
        }
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        if (next >= text.length()) {
            return true;
        }
        char following = text.charAt(next);
        if (!(Character.isUpperCase(following) || Character.isDigit(following) || "“\"¿¡(*-".indexOf(following) >= 0)) {
            return false;
        }
        String before = text.substring(Math.max(0, period - 12), period + 1);
        Matcher abbreviation = ABBREVIATION.matcher(before);
        return !abbreviation.find();
    }

    private void addSentence(List<Sentence> result, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            int[] raw = rawRange(start, end);
            result.add(new Sentence(text.substring(start, end), start, raw[0], raw[1]));
        }
    }

    /** Builds a passage from pieces of lines, deciding how each piece joins the one before. */
    static final class Builder {
        private final String report;
        private final StringBuilder text = new StringBuilder();
        private final List<Integer> offsets = new ArrayList<>();
        private int firstLine = -1;
        private int rawStart = -1;
        private int rawEnd = -1;
        private String lastPiece = "";
        private final List<Unit> units = new ArrayList<>();

        Builder(String report) {
            this.report = report;
        }

        boolean isEmpty() {
            return text.length() == 0;
        }

        /** Whether the text so far ends with a colon: the passage opens an enumeration. */
        boolean endsWithColon() {
            return lastPiece.endsWith(":");
        }

        /**
         * Adds the report range {@code [start, end)} from line {@code lineNumber}.
         *
         * @param listItem whether the piece is a list item (it then always starts on a new line)
         */
        Builder add(int start, int end, int lineNumber, boolean listItem) {
            return add(start, end, lineNumber, listItem, 0);
        }

        /** Adds a list item indented by {@code indent} spaces. */
        Builder item(int start, int end, int lineNumber, int indent) {
            return add(start, end, lineNumber, true, indent);
        }

        private Builder add(int start, int end, int lineNumber, boolean listItem, int indent) {
            String piece = report.substring(start, end);
            boolean continues = false;
            if (!isEmpty()) {
                continues = !listItem && !TERMINAL.matcher(lastPiece).find() && lastPiece.length() > SHORT_HEADING;
                appendSeparator(continues ? ' ' : '\n');
            } else {
                firstLine = lineNumber;
                rawStart = start;
            }
            int unitStart = text.length();
            for (int i = 0; i < piece.length(); i++) {
                text.append(piece.charAt(i));
                offsets.add(start + i);
            }
            if (continues && !units.isEmpty()) {
                Unit last = units.remove(units.size() - 1);
                units.add(new Unit(last.start(), text.length(), last.item(), last.indent(), last.line()));
            } else {
                units.add(new Unit(unitStart, text.length(), listItem, indent, lineNumber));
            }
            rawEnd = end;
            lastPiece = piece;
            return this;
        }

        private void appendSeparator(char separator) {
            text.append(separator);
            offsets.add(-1);
        }

        Passage build() {
            int[] map = offsets.stream().mapToInt(Integer::intValue).toArray();
            return new Passage(text.toString(), map, firstLine, rawStart, rawEnd, List.copyOf(units));
        }
    }
}
