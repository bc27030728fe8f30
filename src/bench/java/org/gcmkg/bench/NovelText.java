package org.gcmkg.bench;

/**
 * A curated query as a text no cache has seen: the query unchanged, followed by a trailing {@code VALUES} of one
 * variable the query does not use and a number. Joining the answer with that one-row table leaves its rows as
 * they are, so the answer is the curated query's; but the text, and so any key made of it or of its parse,
 * differs with every number.
 */
public final class NovelText {
    private NovelText() {}

    /** The query with a trailing unused {@code VALUES ?nonce { "n" }}. */
    public static String of(String query, long n) {
        return query + "\nVALUES ?nonce { \"" + n + "\" }\n";
    }
}
