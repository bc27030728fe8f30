package org.gcmkg.report;

/**
 * One line of a report, without its line terminator.
 *
 * @param number 1-based line number in the file
 * @param start  offset of the line's first character in {@link ReportText#text()} (UTF-16 units)
 * @param text   the line's characters
 */
public record Line(int number, int start, String text) {
    /** Offset just past the line's last character. */
    public int end() {
        return start + text.length();
    }

    /** Whether the line holds nothing but white space. */
    public boolean isBlank() {
        return text.isBlank();
    }
}
