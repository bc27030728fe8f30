package org.gcmkg.serve;

import java.util.List;
import java.util.Locale;

/**
 * The language of a page, English or Spanish, chosen in this order: the {@code lang} parameter, then the choice
 * remembered in the {@code lang} cookie, then the browser's {@code Accept-Language}, then English, the language
 * of the site's readers when they say nothing (the report itself is Spanish, and Spanish labels are the
 * fallback of missing English ones). A {@code lang} parameter that is neither is a bad request (400); a cookie or
 * header naming another language is passed over.
 *
 * @param code    {@code en} or {@code es}
 * @param chosen  whether the {@code lang} parameter chose it (then the page does not vary with the headers)
 */
record PageLanguage(String code, boolean chosen) {
    /** The languages the pages are written in. */
    static final List<String> SUPPORTED = List.of("en", "es");
    /** The language when the request says nothing. */
    static final String DEFAULT = "en";
    /** The cookie (and parameter) remembering the choice. */
    static final String COOKIE = "lang";

    /** The other language, for the switch link. */
    String other() {
        return code.equals("en") ? "es" : "en";
    }

    /**
     * The language for a request's parameter, cookie value and {@code Accept-Language} header (each may be null).
     *
     * @throws IllegalArgumentException naming the problem when the parameter is given and not supported
     */
    static PageLanguage choose(String parameter, String cookie, String acceptLanguage) {
        if (parameter != null) {
            String p = parameter.strip().toLowerCase(Locale.ROOT);
            if (!SUPPORTED.contains(p)) {
                throw new IllegalArgumentException("lang=" + abbreviate(parameter) + " is not a language of these "
                        + "pages; use lang=en (English) or lang=es (español)");
            }
            return new PageLanguage(p, true);
        }
        if (cookie != null && SUPPORTED.contains(cookie.strip().toLowerCase(Locale.ROOT))) {
            return new PageLanguage(cookie.strip().toLowerCase(Locale.ROOT), false);
        }
        return new PageLanguage(fromHeader(acceptLanguage), false);
    }

    private static String fromHeader(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 1000) {
            return DEFAULT;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            for (Locale.LanguageRange range : ranges) {
                String primary = range.getRange().split("-", 2)[0].toLowerCase(Locale.ROOT);
                if (range.getWeight() > 0 && SUPPORTED.contains(primary)) {
                    return primary;
                }
            }
        } catch (IllegalArgumentException malformed) {
            // a header that does not parse says nothing
        }
        return DEFAULT;
    }

    private static String abbreviate(String s) {
        String printable = s.replaceAll("[^\\p{Alnum}_-]", "?");
        return printable.length() > 20 ? printable.substring(0, 20) + "…" : printable;
    }
}
