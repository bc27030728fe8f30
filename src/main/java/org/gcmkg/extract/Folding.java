package org.gcmkg.extract;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Case and accent folding that keeps every character in place, so a match found in the folded text has
 * the same offsets in the original.
 */
public final class Folding {
    private Folding() {}

    /** Lower case, accents removed, typographic quotes and dashes made plain; same length as the input. */
    public static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(foldChar(text.charAt(i)));
        }
        return out.toString();
    }

    /** Folded characters already worked out (0: not yet); decomposing a character is costly. */
    private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

    private static char foldChar(char c) {
        if (c < 128) {
            return Character.toLowerCase(c);
        }
        char known = FOLDED[c];
        if (known == 0) {
            // Racing threads write the same value, so no lock is needed.
            known = foldUncached(c);
            FOLDED[c] = known;
        }
        return known;
    }

    private static char foldUncached(char c) {
        switch (c) {
            case '“', '”', '«', '»' -> {
                return '"';
            }
            case '‘', '’' -> {
                return '\'';
            }
            case '–', '—' -> {
                return '-';
            }
            default -> {}
        }
        if (Character.isSurrogate(c)) {
            return c;
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = decomposed.charAt(0);
        return Character.toLowerCase(base);
    }

    /** Folds and collapses white space and trims: a key for comparing names. */
    public static String key(String text) {
        return fold(text).replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }

    /**
     * A slug for an IRI path segment: folded, every run of characters other than a–z and 0–9 made one
     * hyphen, no leading or trailing hyphen.
     */
    public static String slug(String text) {
        String slug = fold(text).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "x" : slug;
    }
}
