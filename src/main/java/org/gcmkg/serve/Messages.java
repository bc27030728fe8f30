package org.gcmkg.serve;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of the pages in one language, from {@code messages_en.properties} and {@code messages_es.properties}
 * (UTF-8) beside this class. Templates read them as {@code {{msg.key}}}; keys use underscores, since Mustache
 * reads a dot as a step into a value. Property names the ontology does not label are under {@code p.prefix_name}.
 */
final class Messages {
    private static final Map<String, Messages> BY_LANG = new ConcurrentHashMap<>();
    private final String lang;
    private final Map<String, String> words;

    private Messages(String lang) {
        this.lang = lang;
        ResourceBundle bundle = ResourceBundle.getBundle(
                "org.gcmkg.serve.messages",
                Locale.forLanguageTag(lang),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> m = new TreeMap<>();
        bundle.keySet().forEach(k -> m.put(k, bundle.getString(k)));
        this.words = Collections.unmodifiableMap(m);
    }

    /** The messages of {@code en} or {@code es}. */
    static Messages of(String lang) {
        return BY_LANG.computeIfAbsent(lang, Messages::new);
    }

    String lang() {
        return lang;
    }

    /** The message under {@code key}; the key itself when there is none, so a missing one shows. */
    String get(String key) {
        return words.getOrDefault(key, key);
    }

    /** The message under {@code key} with {@code {0}}, {@code {1}}… replaced by the arguments. */
    String format(String key, Object... args) {
        String text = get(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    Optional<String> find(String key) {
        return Optional.ofNullable(words.get(key));
    }

    /** All messages, for templates. */
    Map<String, String> all() {
        return words;
    }
}
