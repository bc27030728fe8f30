package org.gcmkg.extract;

/**
 * A range of the report text that a statement was read from.
 *
 * @param section  index of the section it stands in, in the segmented report's section list
 * @param rawStart offset of its first character in the report text
 * @param rawEnd   offset just past its last character
 */
public record SpanRef(int section, int rawStart, int rawEnd) implements Comparable<SpanRef> {
    @Override
    public int compareTo(SpanRef other) {
        int c = Integer.compare(rawStart, other.rawStart);
        return c != 0 ? c : Integer.compare(rawEnd, other.rawEnd);
    }
}
