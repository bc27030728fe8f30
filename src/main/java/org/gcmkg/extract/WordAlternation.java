package org.gcmkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A regular expression matching any of a list of words, with the same matches as the plain alternation
 * {@code \Qw1\E|\Qw2\E|…} but faster: the words are grouped by their first letter, each group behind a lookahead
 * for that letter, so that at a given place only the words that can start there are tried. Within a group the
 * words keep their order, and the words of other groups cannot match there, so the regex engine tries the
 * same candidates in the same order and finds the same match. With case folding, letters are grouped as
 * {@link Pattern#UNICODE_CASE} compares them.
 */
final class WordAlternation {
    private WordAlternation() {}

    /**
     * The alternation of {@code words}, without enclosing group.
     *
     * @param foldCase whether the pattern is compiled with {@code (?i)} and {@link Pattern#UNICODE_CASE}
     */
    static String of(List<String> words, boolean foldCase) {
        Map<Integer, List<String>> groups = new LinkedHashMap<>();
        for (String word : words) {
            if (word.isEmpty()) {
                throw new IllegalArgumentException("an empty word in an alternation");
            }
            int first = word.codePointAt(0);
            int key = foldCase ? Character.toLowerCase(Character.toUpperCase(first)) : first;
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(word);
        }
        List<String> parts = new ArrayList<>();
        // each lookahead is written with its group's first word's own letter, compiled as the words are
        groups.values()
                .forEach(group -> parts.add("(?=\\x{"
                        + Integer.toHexString(group.get(0).codePointAt(0)) + "})(?:"
                        + String.join("|", group.stream().map(Pattern::quote).toList()) + ")"));
        return String.join("|", parts);
    }
}
