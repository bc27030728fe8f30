package org.gcmkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the period a sentence states: {@code de enero de 2013 a julio de 2018}, {@code del 2013 a la fecha},
 * {@code al 30 de junio de 2018}, {@code en 2017}, {@code desde 2005}, {@code hasta el 31 de julio de 2018},
 * {@code entre enero y junio de 2018}, {@code entre 2016 y 2018}, {@code 2013-2018},
 * {@code el primer semestre de 2018}, {@code actualmente}. "A la fecha" and "actualmente" mean the report's
 * date; "y" joins a range only after "entre".
 */
public final class PeriodFinder {
    private static final Pattern RANGE_JOINER = Pattern.compile(
            "^\\s*,?\\s*(?:a|al|hasta|hasta\\s+el|y\\s+hasta\\s+el|-|–)\\s*$", Pattern.CASE_INSENSITIVE);
    /** "entre enero y junio de 2018", "entre 2016 y 2018": "y" joins a range only after "entre". */
    private static final Pattern BETWEEN_BEFORE = Pattern.compile(
            "(?:^|[^\\p{L}])(entre\\s+(?:el\\s+|los\\s+meses\\s+de\\s+|los\\s+años\\s+)?(?:año\\s+)?)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern AND_JOINER = Pattern.compile("^\\s*(?:y|e)\\s*$", Pattern.CASE_INSENSITIVE);
    /** "el primer semestre de 2018", "el cuarto trimestre de 2017": the months of that part of the year. */
    private static final Pattern PART_OF_YEAR = Pattern.compile(
            "(?<![\\p{L}])(?<ordinal>primer|segundo|tercer|cuarto)\\s+(?<part>semestre|trimestre)\\s+(?:de|del)\\s+"
                    + "(?:año\\s+)?(?<year>(?:19|20)\\d{2})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern NOW = Pattern.compile(
            "(?:^|[^\\p{L}])(actualmente|a\\s+la\\s+fecha|hasta\\s+el\\s+momento|"
                    + "al\\s+momento|hasta\\s+ahora|en\\s+la\\s+actualidad|en\\s+los\\s+[uú]ltimos\\s+\\p{L}+\\s+(?:años|meses))(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CURRENT_YEAR_AFTER = Pattern.compile(
            "\\s+(?:del|de este|de)\\s+(?:presente\\s+año|año\\s+en\\s+curso)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_YEAR_AFTER = Pattern.compile("\\s+((?:19|20)\\d{2})(?!\\d)");

    private final LocalDate reportDate;

    public PeriodFinder(LocalDate reportDate) {
        this.reportDate = reportDate;
    }

    /** The first period the sentence states, if any. */
    public Optional<Period> find(String sentence) {
        Matcher part = PART_OF_YEAR.matcher(sentence);
        if (part.find()) {
            return Optional.of(partOfYear(part));
        }
        List<DateToken> tokens = DateToken.all(sentence, reportDate);
        Matcher soFar = SoFar.PATTERN.matcher(sentence);
        if (soFar.find() && (tokens.isEmpty() || soFar.start() < tokens.get(0).start())) {
            return Optional.of(SoFar.period(sentence, soFar, reportDate));
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            DateToken a = tokens.get(i);
            DateToken b = tokens.get(i + 1);
            if (joined(sentence, a, b)) {
                Optional<Period> range = range(sentence, a, b);
                if (range.isPresent()) {
                    return range;
                }
            }
        }
        for (DateToken t : tokens) {
            Optional<Period> single = CuedDate.read(sentence, t, false);
            if (single.isPresent()) {
                return single;
            }
        }
        Matcher now = NOW.matcher(sentence);
        if (now.find()) {
            return Optional.of(
                    new Period(now.group(1), Optional.empty(), Optional.empty(), Optional.of(reportDate.toString())));
        }
        return Optional.empty();
    }

    /** A period and where its words stand in the sentence. */
    public record Located(Period period, int start, int end) {}

    /** Every period the sentence states, in order: parts of years, ranges, cued dates, "actualmente". */
    public List<Located> all(String sentence) {
        List<Located> found = new ArrayList<>();
        Matcher part = PART_OF_YEAR.matcher(sentence);
        while (part.find()) {
            found.add(new Located(partOfYear(part), part.start(), part.end()));
        }
        Matcher soFar = SoFar.PATTERN.matcher(sentence);
        while (soFar.find()) {
            Period p = SoFar.period(sentence, soFar, reportDate);
            found.add(new Located(p, soFar.start(), soFar.start() + p.text().length()));
        }
        List<DateToken> tokens = DateToken.all(sentence, reportDate);
        for (int i = 0; i < tokens.size(); i++) {
            DateToken t = tokens.get(i);
            if (covered(found, t.start())) {
                continue;
            }
            Optional<Period> range = i + 1 < tokens.size() && joined(sentence, t, tokens.get(i + 1))
                    ? range(sentence, t, tokens.get(i + 1))
                    : Optional.empty();
            if (range.isPresent()) {
                int start = rangeStart(sentence, t);
                found.add(new Located(
                        range.get(), start, start + range.get().text().length()));
                i++;
            } else {
                // A single date stands with its cue ("en 2015"), so a figure just before the cue is nearest to it.
                CuedDate.read(sentence, t, true)
                        .ifPresent(
                                p -> found.add(new Located(p, t.end() - p.text().length(), t.end())));
            }
        }
        Matcher now = NOW.matcher(sentence);
        while (now.find()) {
            if (!covered(found, now.start(1))) {
                found.add(new Located(
                        new Period(
                                now.group(1), Optional.empty(), Optional.empty(), Optional.of(reportDate.toString())),
                        now.start(1),
                        now.end(1)));
            }
        }
        found.sort(Comparator.comparingInt(Located::start));
        return found;
    }

    /**
     * The period of a figure written from {@code start} to {@code end}: the one stated nearest to it (counted
     * from the figure's first character before it, from its last after it), before it on a tie.
     */
    public Optional<Period> nearest(String sentence, int start, int end) {
        return all(sentence).stream()
                .min(Comparator.comparingInt(
                        (Located l) -> l.end() <= start ? start - l.end() : Math.max(0, l.start() - end)))
                .map(Located::period);
    }

    private static boolean covered(List<Located> found, int at) {
        return found.stream().anyMatch(l -> l.start() <= at && at < l.end());
    }

    private static boolean joined(String sentence, DateToken a, DateToken b) {
        String joiner = sentence.substring(a.end(), b.start());
        boolean between = BETWEEN_BEFORE
                        .matcher(sentence.substring(Math.max(0, a.start() - 40), a.start()))
                        .find()
                && AND_JOINER.matcher(joiner).matches();
        return !a.today() && (between || RANGE_JOINER.matcher(joiner).matches());
    }

    /**
     * The range from {@code a} to {@code b}. A year given once goes to both ends: "de enero a julio de 2018"
     * gives it to the start, "de marzo de 2017 a junio" to the end; "del presente año" is the report's year.
     */
    private Optional<Period> range(String sentence, DateToken a, DateToken b) {
        DateToken last = b;
        int end = b.end();
        if (b.year() == null) {
            String after = sentence.substring(b.end());
            Matcher current = CURRENT_YEAR_AFTER.matcher(after);
            Matcher bare = BARE_YEAR_AFTER.matcher(after);
            if (current.lookingAt()) {
                last = withYear(b, reportDate.getYear());
                end = b.end() + current.end();
            } else if (bare.lookingAt()) {
                last = withYear(b, Integer.parseInt(bare.group(1)));
                end = b.end() + bare.end();
            }
        }
        DateToken first = a.year() == null && last.year() != null ? withYear(a, last.year()) : a;
        if (first.year() == null) {
            return Optional.empty();
        }
        if (last.year() == null) {
            last = withYear(b, first.year());
        }
        if (b.today()) {
            // "de 1974 a la fecha": a period still running, given as of the report's date.
            return Optional.of(new Period(
                    sentence.substring(rangeStart(sentence, a), end),
                    Optional.of(first.literal()),
                    Optional.empty(),
                    Optional.of(reportDate.toString())));
        }
        return Optional.of(new Period(
                sentence.substring(rangeStart(sentence, a), end),
                Optional.of(first.literal()),
                Optional.of(last.literal()),
                Optional.empty()));
    }

    private static DateToken withYear(DateToken t, int year) {
        return new DateToken(t.start(), t.end(), year, t.month(), t.day(), false);
    }

    private static Period partOfYear(Matcher m) {
        int year = Integer.parseInt(m.group("year"));
        int months = Folding.fold(m.group("part")).equals("semestre") ? 6 : 3;
        int index = switch (Folding.fold(m.group("ordinal"))) {
            case "primer" -> 0;
            case "segundo" -> 1;
            case "tercer" -> 2;
            default -> 3;
        };
        if (index * months >= 12) {
            index = 0;
        }
        return new Period(
                m.group(),
                Optional.of(String.format("%04d-%02d", year, index * months + 1)),
                Optional.of(String.format("%04d-%02d", year, index * months + months)),
                Optional.empty());
    }

    private static int rangeStart(String sentence, DateToken a) {
        Matcher between = BETWEEN_BEFORE.matcher(sentence.substring(Math.max(0, a.start() - 40), a.start()));
        if (between.find()) {
            return a.start() - between.group(1).length();
        }
        Matcher cue = Pattern.compile(
                        "(?:^|[^\\p{L}])((?:del?|desde)\\s+(?:el\\s+)?(?:periodo\\s+(?:comprendido\\s+)?(?:de|del)\\s+)?(?:año\\s+)?)$",
                        Pattern.CASE_INSENSITIVE)
                .matcher(sentence.substring(Math.max(0, a.start() - 40), a.start()));
        return cue.find() ? a.start() - cue.group(1).length() : a.start();
    }
}
