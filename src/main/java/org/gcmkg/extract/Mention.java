package org.gcmkg.extract;

import java.util.Comparator;
import java.util.List;

/**
 * A place in a passage's text where an entity is named.
 *
 * @param entity  what is named
 * @param start   offset of the first character in the passage's text
 * @param end     offset just past the last character
 * @param surface the words as written
 * @param anaphor whether the words only refer back ("el Instituto") to an entity named before
 */
public record Mention(Entity entity, int start, int end, String surface, boolean anaphor) {

    /** The mention of {@code among} nearest to {@code to} (overlapping is nearest), the first on a tie. */
    static Mention nearest(List<Mention> among, Mention to) {
        return among.stream()
                .min(Comparator.comparingInt((Mention p) -> distance(p, to)).thenComparingInt(Mention::start))
                .orElseThrow();
    }

    private static int distance(Mention a, Mention b) {
        if (a.end() <= b.start()) {
            return b.start() - a.end();
        }
        if (b.end() <= a.start()) {
            return a.start() - b.end();
        }
        return 0;
    }
}
