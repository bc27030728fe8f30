package org.gcmkg.segment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gcmkg.report.Line;

/**
 * A line with its shape: indentation, list marker, and where its content starts.
 *
 * @param line         the line
 * @param shape        its shape
 * @param indent       count of leading spaces
 * @param markerStart  offset in the report text of the first non-space character (the marker, if any)
 * @param contentStart offset in the report text where the content after the marker starts
 */
record MarkedLine(Line line, LineShape shape, int indent, int markerStart, int contentStart) {
    private static final Pattern BULLET = Pattern.compile("^( *)- +");
    private static final Pattern NUMBERED = Pattern.compile("^( *)\\d{1,3}\\. +");
    private static final Pattern FOOTNOTE = Pattern.compile("^( *)[¹²³⁴⁵⁶⁷⁸⁹⁰]+ +");

    static MarkedLine of(Line line) {
        String text = line.text();
        if (text.isBlank()) {
            return new MarkedLine(line, LineShape.BLANK, 0, line.start(), line.start());
        }
        MarkedLine marked = matchMarker(line, BULLET, LineShape.BULLET);
        if (marked == null) {
            marked = matchMarker(line, NUMBERED, LineShape.NUMBERED);
        }
        if (marked == null) {
            marked = matchMarker(line, FOOTNOTE, LineShape.FOOTNOTE);
        }
        if (marked != null) {
            return marked;
        }
        int indent = 0;
        while (indent < text.length() && Character.isWhitespace(text.charAt(indent))) {
            indent++;
        }
        return new MarkedLine(line, LineShape.TEXT, indent, line.start() + indent, line.start() + indent);
    }

    private static MarkedLine matchMarker(Line line, Pattern pattern, LineShape shape) {
        Matcher m = pattern.matcher(line.text());
        if (!m.find()) {
            return null;
        }
        int indent = m.group(1).length();
        return new MarkedLine(line, shape, indent, line.start() + indent, line.start() + m.end());
    }

    /** The content after the marker, trimmed at the end. */
    String content() {
        return line.text().substring(contentStart - line.start()).stripTrailing();
    }

    /** Offset just past the content's last non-space character. */
    int contentEnd() {
        return contentStart + content().length();
    }

    /** Whether the content starts with a lower-case letter, as a line continuing a sentence does. */
    boolean startsLowerCase() {
        String content = content();
        return !content.isEmpty() && Character.isLowerCase(content.codePointAt(0));
    }

    boolean isTopLevelBullet() {
        return shape == LineShape.BULLET && indent == 0;
    }

    boolean isListItem() {
        return shape == LineShape.BULLET || shape == LineShape.NUMBERED;
    }
}
