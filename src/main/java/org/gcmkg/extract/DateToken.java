package org.gcmkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gcmkg.report.SpanishMonths;

/**
 * A date written in a sentence: a day with its month ("30 de junio de 2018"), a month ("marzo de 2017"), a
 * year, or "la fecha" (the report's date); the year may be missing where the text gives it once for a range.
 *
 * @param start where it starts in the sentence
 * @param end   where it ends
 * @param year  its year, or null
 * @param month its month (1–12), or null
 * @param day   its day, or null
 * @param today whether it is "la fecha", the report's date
 */
record DateToken(int start, int end, Integer year, Integer month, Integer day, boolean today) {
    private static final String MONTH = SpanishMonths.PATTERN;
    private static final Pattern DATE = Pattern.compile(
            "(?<![\\p{L}\\d])(?:(?<day>\\d{1,2})[°º]?\\s+de\\s+(?<month1>" + MONTH
                    + ")(?:\\s+(?:de|del)\\s+(?:año\\s+)?(?<year1>(?:19|20)\\d{2}))?"
                    + "|(?<month2>" + MONTH + ")(?:(?:\\s+(?:de|del))?\\s+(?:año\\s+)?(?<year2>(?:19|20)\\d{2}))?"
                    + "|(?<![\\d,.'])(?<year3>(?:19|20)\\d{2})(?!\\d|,\\d|\\.\\d|-(?!(?:19|20)\\d{2}(?!\\d))\\d)"
                    + "|(?<today>la\\s+fecha))(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ITALIC = Pattern.compile("(?<![*\\\\])\\*(?![*\\s])[^*]+(?<![\\s\\\\])\\*(?!\\*)");

    /** The dates of a sentence, in order, leaving out those inside an italic name. */
    static List<DateToken> all(String sentence, LocalDate reportDate) {
        List<DateToken> tokens = new ArrayList<>();
        Matcher m = DATE.matcher(sentence);
        while (m.find()) {
            if (insideItalicName(sentence, m.start())) {
                continue;
            }
            if (m.group("today") != null) {
                tokens.add(new DateToken(
                        m.start(),
                        m.end(),
                        reportDate.getYear(),
                        reportDate.getMonthValue(),
                        reportDate.getDayOfMonth(),
                        true));
            } else if (m.group("day") != null) {
                tokens.add(new DateToken(
                        m.start(),
                        m.end(),
                        year(m.group("year1")),
                        SpanishMonths.number(m.group("month1")).orElseThrow(),
                        Integer.parseInt(m.group("day")),
                        false));
            } else if (m.group("month2") != null) {
                tokens.add(new DateToken(
                        m.start(),
                        m.end(),
                        year(m.group("year2")),
                        SpanishMonths.number(m.group("month2")).orElseThrow(),
                        null,
                        false));
            } else {
                tokens.add(new DateToken(m.start(), m.end(), Integer.parseInt(m.group("year3")), null, null, false));
            }
        }
        return tokens;
    }

    /** Whether an offset stands inside an italic name ({@code *Plan Nacional … 2017-2021*}): a name, not a date. */
    private static boolean insideItalicName(String sentence, int at) {
        Matcher italic = ITALIC.matcher(sentence);
        while (italic.find() && italic.start() < at) {
            if (at < italic.end()) {
                return true;
            }
        }
        return false;
    }

    private static Integer year(String text) {
        return text == null ? null : Integer.valueOf(text);
    }

    /** Its ISO 8601 form: {@code 2018-06-30}, {@code 2018-06} or {@code 2018}. */
    String literal() {
        if (day != null && month != null) {
            return String.format("%04d-%02d-%02d", year, month, day);
        }
        if (month != null) {
            return String.format("%04d-%02d", year, month);
        }
        return String.format("%04d", year);
    }
}
