package org.gcmkg.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One date read with the cue written before it: "al 30 de junio de 2018" (as of), "desde 2013" (start), "hasta
 * 2018" (end), "en 2016" (within, unless something began then), "El 17 de febrero de 2017" (that day).
 */
final class CuedDate {
    private static final Pattern AS_OF_BEFORE = Pattern.compile(
            "(?:^|[^\\p{L}])(?:al|a|con\\s+corte\\s+al|al\\s+mes\\s+de|a\\s+la\\s+fecha\\s+de)\\s+(?:mes\\s+de\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern START_BEFORE = Pattern.compile(
            "(?:^|[^\\p{L}])(?:desde|partir\\s+del?|inició\\s+en|iniciaron\\s+en)\\s+(?:el\\s+)?(?:año\\s+)?(?:mes\\s+de\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern END_BEFORE =
            Pattern.compile("(?:^|[^\\p{L}])hasta\\s+(?:el\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern WITHIN_BEFORE = Pattern.compile(
            "(?:^|[^\\p{L}])(?:en|durante|del|de)\\s+(?:(?:el|la)\\s+)?(?:(?:año|temporada|ciclo|ejercicio(?:\\s+fiscal)?)\\s+)?"
                    + "(?:mes\\s+de\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** "El 17 de febrero de 2017": a day stated on its own is the period of that day. */
    private static final Pattern DAY_BEFORE =
            Pattern.compile("(?:^|[^\\p{L}])(?:el|el\\s+día|en\\s+el\\s+día)\\s+$", Pattern.CASE_INSENSITIVE);
    /** Verbs that say something began. */
    private static final String BEGAN = "inici[oó]|iniciaron|dio\\s+inicio|cre[oó]|crearon|lanz[oó]|present[oó]|"
            + "puso\\s+en\\s+marcha|comenz[oó]|arranc[oó]";
    /** An inception verb right after the date: "en junio de 2013 se dio inicio …". */
    private static final Pattern INCEPTION = Pattern.compile(
            "^\\s*,?\\s*(?:se\\s+)?(?:" + BEGAN + "|pusieron\\s+en\\s+marcha|instal[oó])(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** An inception verb before the date: "se presentó el programa Construye en tu Tierra en junio de 2016". */
    private static final Pattern BEGAN_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:se\\s+)?(?:" + BEGAN + ")(?![\\p{L}])[^.;]*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private CuedDate() {}

    /**
     * A single date with the cue before it: "al" (as of), "desde" (start), "hasta" (end), "en" (within); with
     * {@code day}, also a day stated on its own ("El 17 de febrero de 2017"), which dates the figures of its
     * sentence but is no context for the sentences after it (a publication date is not a period).
     */
    static Optional<Period> read(String sentence, DateToken t, boolean day) {
        String before = sentence.substring(Math.max(0, t.start() - 24), t.start());
        if (t.today() || t.year() == null) {
            return Optional.empty();
        }
        if (AS_OF_BEFORE.matcher(before).find()) {
            return Optional.of(new Period(
                    withCue(sentence, t, AS_OF_BEFORE), Optional.empty(), Optional.empty(), Optional.of(t.literal())));
        }
        if (START_BEFORE.matcher(before).find()) {
            return Optional.of(new Period(
                    withCue(sentence, t, START_BEFORE), Optional.of(t.literal()), Optional.empty(), Optional.empty()));
        }
        if (END_BEFORE.matcher(before).find()) {
            return Optional.of(new Period(
                    withCue(sentence, t, END_BEFORE), Optional.empty(), Optional.of(t.literal()), Optional.empty()));
        }
        if (WITHIN_BEFORE.matcher(before).find() && t.day() == null) {
            // "en marzo de 2017 se inició el programa": the date something began, not a period it fills.
            boolean began = INCEPTION
                            .matcher(sentence.substring(t.end(), Math.min(sentence.length(), t.end() + 30)))
                            .find()
                    || BEGAN_BEFORE
                            .matcher(sentence.substring(Math.max(0, t.start() - 80), t.start()))
                            .find();
            return Optional.of(new Period(
                    withCue(sentence, t, WITHIN_BEFORE),
                    Optional.of(t.literal()),
                    began ? Optional.empty() : Optional.of(t.literal()),
                    Optional.empty()));
        }
        if (day && DAY_BEFORE.matcher(before).find() && t.day() != null) {
            return Optional.of(new Period(
                    withCue(sentence, t, DAY_BEFORE),
                    Optional.of(t.literal()),
                    Optional.of(t.literal()),
                    Optional.empty()));
        }
        return Optional.empty();
    }

    private static String withCue(String sentence, DateToken t, Pattern cue) {
        String before = sentence.substring(Math.max(0, t.start() - 24), t.start());
        Matcher m = cue.matcher(before);
        int start = t.start();
        if (m.find()) {
            int cueStart = m.start();
            while (cueStart < before.length() && !Character.isLetter(before.charAt(cueStart))) {
                cueStart++;
            }
            start = t.start() - (before.length() - cueStart);
        }
        return sentence.substring(start, t.end());
    }
}
