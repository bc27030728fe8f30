package org.gcmkg.extract;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gcmkg.report.SpanishMonths;

/** A period that runs up to the report's date or a stated cut-off: "en lo que va del año 2018, con corte al …". */
final class SoFar {
    /**
     * "en lo que va del año", "en lo que va del 2018", "en lo que va de la actual administración": from the
     * start of that year (when a year is meant) to the report's date, or to a cut-off stated right after it.
     */
    static final Pattern PATTERN = Pattern.compile(
            "(?<![\\p{L}])en\\s+lo\\s+que\\s+va\\s+(?:del?|de\\s+la|de\\s+este|"
                    + "de\\s+esta)\\s+(?:(?:presente|actual)\\s+)?(?:(?<year>año(?:\\s+(?<given>(?:19|20)\\d{2}))?|(?<bare>(?:19|20)\\d{2}))"
                    + "(?!\\d)|\\p{L}+)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern CUT_OFF_AFTER = Pattern.compile(
            "^\\s*,?\\s*(?:con\\s+corte\\s+al|al)\\s+(?<day>\\d{1,2})\\s+de\\s+" + "(?<month>" + SpanishMonths.PATTERN
                    + ")(?:\\s+(?:de|del)\\s+(?<year>(?:19|20)\\d{2}))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private SoFar() {}

    /** The period a match of {@link #PATTERN} states, with the cut-off after it if there is one. */
    static Period period(String sentence, Matcher m, LocalDate reportDate) {
        Optional<String> start = Optional.empty();
        if (m.group("given") != null) {
            start = Optional.of(m.group("given"));
        } else if (m.group("bare") != null) {
            start = Optional.of(m.group("bare"));
        } else if (m.group("year") != null) {
            start = Optional.of(String.valueOf(reportDate.getYear()));
        }
        Matcher cut = CUT_OFF_AFTER.matcher(sentence.substring(m.end()));
        String asOf = reportDate.toString();
        int end = m.end();
        if (cut.lookingAt()) {
            int year = cut.group("year") != null
                    ? Integer.parseInt(cut.group("year"))
                    : start.map(Integer::valueOf).orElse(reportDate.getYear());
            asOf = String.format(
                    "%04d-%02d-%02d",
                    year, SpanishMonths.number(cut.group("month")).orElseThrow(), Integer.parseInt(cut.group("day")));
            end += cut.end();
        }
        return new Period(sentence.substring(m.start(), end), start, Optional.empty(), Optional.of(asOf));
    }
}
