package org.gcmkg.extract;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Word lists written as text: words separated by spaces or line breaks, as the rules' lexicons are. */
final class Words {
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Words() {}

    /** The words of {@code text}, which must not repeat one (a repeated word is a slip in a lexicon). */
    static Set<String> of(String text) {
        String[] words = SPACE.split(text.strip(), -1);
        Set<String> set = Arrays.stream(words).collect(Collectors.toUnmodifiableSet());
        if (set.size() != words.length) {
            throw new IllegalArgumentException("a word list repeats a word: " + text);
        }
        return set;
    }
}
