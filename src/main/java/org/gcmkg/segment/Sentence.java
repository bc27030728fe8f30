package org.gcmkg.segment;

/**
 * A sentence of a passage.
 *
 * @param text     the sentence as it reads, page breaks joined
 * @param start    offset of its first character in the passage's text
 * @param rawStart offset of its first character in the report text
 * @param rawEnd   offset just past its last character in the report text
 */
public record Sentence(String text, int start, int rawStart, int rawEnd) {
    /** Offset just past its last character in the passage's text. */
    public int end() {
        return start + text.length();
    }
}
