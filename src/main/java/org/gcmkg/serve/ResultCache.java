package org.gcmkg.serve;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers of the endpoint kept by dataset version: the data do not change between builds, so the same query
 * asked with the same inputs gets the same bytes until the next build is swapped in (the Wikidata Query
 * Service caches answers the same way). Least recently used answers go first once the byte budget is spent;
 * the budget counts keys as well as answers (a key can be as long as a query); a new version empties the cache.
 */
final class ResultCache {
    /**
     * One cached answer.
     *
     * @param contentType its media type
     * @param body        its bytes
     */
    @SuppressWarnings("ArrayRecordComponent") // the bytes written to the response, never compared
    record Answer(String contentType, byte[] body) {}

    private final long budget;
    private final long maxEntry;
    private long used;
    private String version = "";
    private long hits;
    private long misses;
    private final LinkedHashMap<String, Answer> answers = new LinkedHashMap<>(256, 0.75f, true);

    /** A cache of at most {@code budget} bytes, holding no single entry larger than {@code maxEntry}. */
    ResultCache(long budget, long maxEntry) {
        this.budget = budget;
        this.maxEntry = maxEntry;
    }

    /** The largest answer worth keeping. */
    long maxEntry() {
        return maxEntry;
    }

    synchronized Answer get(String version, String key) {
        if (!version.equals(this.version)) {
            clear(version);
        }
        Answer a = answers.get(key);
        if (a == null) {
            misses++;
        } else {
            hits++;
        }
        return a;
    }

    synchronized void put(String version, String key, Answer answer) {
        if (budget <= 0 || weight(key, answer) > maxEntry) {
            return;
        }
        if (!version.equals(this.version)) {
            clear(version);
        }
        Answer old = answers.put(key, answer);
        used += weight(key, answer) - (old == null ? 0 : weight(key, old));
        var it = answers.entrySet().iterator();
        while (used > budget && it.hasNext()) {
            Map.Entry<String, Answer> eldest = it.next();
            used -= weight(eldest.getKey(), eldest.getValue());
            it.remove();
        }
    }

    /** The bytes an entry holds: its key's characters (two bytes each), its answer and their bookkeeping. */
    static long weight(String key, Answer answer) {
        return 2L * key.length()
                + answer.body().length
                + 2L * answer.contentType().length()
                + ENTRY_OVERHEAD;
    }

    /** Objects and references around an entry: map node, record, arrays' and strings' headers. */
    static final long ENTRY_OVERHEAD = 160;

    /** The bytes held, keys included. */
    synchronized long used() {
        return used;
    }

    /** Hits, misses and bytes held, for the health page and the benchmarks. */
    synchronized String stats() {
        return "hits=" + hits + " misses=" + misses + " entries=" + answers.size() + " bytes=" + used;
    }

    private void clear(String newVersion) {
        answers.clear();
        used = 0;
        version = newVersion;
    }
}
