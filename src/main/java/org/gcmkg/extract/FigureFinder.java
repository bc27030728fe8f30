package org.gcmkg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gcmkg.extract.Currencies.Currency;

/**
 * Finds the figures of a sentence: a number followed by what it counts, money, or a percentage. Years,
 * dates, durations, article and resolution numbers, enumerators and identifiers are not figures.
 *
 * <p>What a number counts is the whole noun phrase after it ({@link UnitPhrase}). A number followed by a
 * clause instead ("de los cuales 5 fueron regularizados", "a 3,204 que presentaban") counts what the first
 * figure of its sentence counts, and so does a bare number that ends its clause ("tramitadas 766,427
 * credenciales, entregadas 627,023 y activadas 303,378"). Money is a number with a currency symbol before or after it or a currency
 * word after it, as the curated {@link Currencies} table lists them; its unit text is the currency's word.
 */
public final class FigureFinder {
    private static final Pattern ARTICLES = Pattern.compile(
            "(?i)\\b(?:artículos?|arts?\\.|fracci[oó]n|numerales?)\\s+[\\dIVXL]+(?:\\s*(?:,|y|e)\\s*[\\dIVXL]+)*");
    private static final Pattern IDENTIFIER_BEFORE =
            Pattern.compile("(?i)(?:objetivos?|acuerdo|resoluci[oó]n|reuni[oó]n|edici[oó]n|n[uú]mero|no\\.|cap[ií]tulo|"
                    + "circunscripci[oó]n|versi[oó]n|sesi[oó]n|grupo|paso|fase|etapa|punto)\\s*$");
    private static final Pattern APPROXIMATE_BEFORE = Pattern.compile(
            "(?i)(?:más\\s+de|aprox\\.?|aproximadamente|alrededor\\s+de|cerca\\s+de|casi|poco\\s+más\\s+de)\\s+(?:un\\s+total\\s+(?:de\\s+)?)?$");
    /** "el 50 Aniversario de la Convención", "la 12 edición": an ordinal written in digits, not a count. */
    private static final Pattern ORDINAL_AFTER = Pattern.compile("(?iu)\\s+(?:aniversario|edición)(?![\\p{L}])");
    /** A number in parentheses right after a name: "Chiapas (5) Oaxaca (1)" count parts of a total before them. */
    private static final Pattern PART_OPEN = Pattern.compile("\\p{L}\\s?\\($");
    /** "(de 2457)": the whole a number before it is part of. */
    private static final Pattern WHOLE_OPEN = Pattern.compile("(?i)\\(\\s*de\\s+(?:(?:los|las)\\s+)?$");
    /** "29 de los 32 Registros Civiles", "911 (de 2457) municipios": a part counts what its whole counts. */
    private static final Pattern OF_WHOLE_AFTER =
            Pattern.compile("(?i)^\\s*(?:\\(\\s*)?de\\s+(?:(?:los|las)\\s+)?\\d[\\d,.]*(?<![,.])(?:\\s*\\))?");
    /** Abbreviations that carry a scale and a currency word: "18,782.30 mdp" is millions of pesos. */
    private static final Map<String, String> SCALED = Map.of("mdp", "pesos", "mdd", "dólares");

    private static final Pattern SCALED_AFTER = Pattern.compile("^\\s*(mdp|mdd)(?![\\p{L}])");
    private static final int AFTER_WINDOW = 80;
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private final Currencies currencies;
    private final String country;
    private final Pattern number;
    private final Pattern wordAfter;
    private final Pattern symbolAfter;

    /**
     * A finder for a report of Mexico with the project's currency table ({@code $} alone is the Mexican
     * peso), as the extractor reads reports until it passes the reporting state.
     */
    public FigureFinder() {
        this(Currencies.standard(), "MEX");
    }

    /**
     * A finder for a report of {@code country}.
     *
     * @param currencies the currency table
     * @param country    ISO 3166-1 alpha-3 code of the reporting state; it decides what a shared symbol
     *                   such as {@code $} means
     */
    public FigureFinder(Currencies currencies, String country) {
        this.currencies = currencies;
        this.country = country;
        this.number = Pattern.compile(
                "(?<![\\p{L}\\d/.,'])(?:\\\\?(?<symbol>" + currencies.symbolPattern(country) + ")\\s?)?(?<number>"
                        + SpanishNumber.PATTERN + ")(?![\\d/\\p{L}])",
                Pattern.UNICODE_CASE);
        this.wordAfter = Pattern.compile("^\\s*(?:de\\s+)?(" + currencies.wordPattern() + ")(?![\\p{L}])");
        this.symbolAfter = Pattern.compile("^\\s?(" + currencies.symbolAfterPattern() + ")(?![\\p{L}\\d])");
    }

    /** The figures of a sentence, in order. */
    public List<Figure> find(String sentence) {
        String masked = mask(sentence);
        List<Figure> figures = new ArrayList<>();
        Figure antecedent = null;
        Matcher m = number.matcher(masked);
        while (m.find()) {
            String written = m.group("number");
            String symbol = m.group("symbol");
            int numberEnd = m.end("number");
            String before = masked.substring(Math.max(0, m.start() - 30), m.start());
            boolean closed = numberEnd < masked.length() && masked.charAt(numberEnd) == ')';
            // "Chiapas (5)": a part of the total before it; "911 (de 2457) municipios": the whole of a part.
            boolean part =
                    closed && antecedent != null && PART_OPEN.matcher(before).find();
            boolean whole = closed && WHOLE_OPEN.matcher(before).find();
            if (IDENTIFIER_BEFORE.matcher(before).find()
                    || (symbol == null && isYear(written))
                    || (!written.equals("1")
                            && ORDINAL_AFTER
                                    .matcher(masked.substring(numberEnd))
                                    .lookingAt())
                    || (enumerator(masked, numberEnd) && !part && !whole)) {
                continue;
            }
            Unit unit = money(masked, numberEnd, symbol);
            if (unit == null && whole) {
                unit = phraseAfter(masked, numberEnd + 1);
            } else if (unit == null && part) {
                unit = new Unit(antecedent.unitText(), Optional.empty(), BigDecimal.ONE, numberEnd);
            }
            if (unit == null) {
                unit = partitive(masked, numberEnd);
            }
            if (unit == null) {
                unit = counted(masked, numberEnd, antecedent);
            }
            if (unit == null) {
                continue;
            }
            BigDecimal value =
                    SpanishNumber.parse(written).multiply(unit.multiplier()).stripTrailingZeros();
            // The whole in "(de 2457) municipios" is written as its number; its unit stands after the parenthesis.
            String text = sentence.substring(m.start(), whole ? numberEnd : unit.end())
                    .trim();
            boolean approximate = APPROXIMATE_BEFORE.matcher(before).find();
            Figure figure = new Figure(value, unit.text(), unit.currency(), text, m.start(), approximate, numberEnd);
            figures.add(figure);
            if (antecedent == null
                    && figure.currency().isEmpty()
                    && !figure.unitText().equals("%")) {
                antecedent = figure;
            }
        }
        return figures;
    }

    private record Unit(String text, Optional<String> currency, BigDecimal multiplier, int end) {}

    /** Money after a number: a scaled abbreviation, a currency word or code; else the symbol before it. */
    private Unit money(String sentence, int end, String symbolBefore) {
        // What follows a number within a bounded window, so a long sentence costs time in proportion to its length.
        String rest = sentence.substring(end, Math.min(sentence.length(), end + AFTER_WINDOW));
        Matcher scaled = SCALED_AFTER.matcher(Folding.fold(rest));
        if (scaled.find()) {
            return currency(currencies.byWord(SCALED.get(scaled.group(1)), country), MILLION, end + scaled.end());
        }
        Matcher word = wordAfter.matcher(Folding.fold(rest));
        if (word.find()) {
            return currency(currencies.byWord(word.group(1), country), BigDecimal.ONE, end + word.end());
        }
        Matcher sign = symbolAfter.matcher(rest);
        if (symbolBefore == null && sign.find()) {
            return currency(currencies.bySymbol(sign.group(1), country), BigDecimal.ONE, end + sign.end());
        }
        if (symbolBefore != null) {
            return currency(currencies.bySymbol(symbolBefore, country), BigDecimal.ONE, end);
        }
        return null;
    }

    private static Unit currency(Optional<Currency> currency, BigDecimal multiplier, int end) {
        return currency.map(c -> new Unit(c.word(), Optional.of(c.code()), multiplier, end))
                .orElse(null);
    }

    /**
     * A percentage, what the noun phrase after the number counts, the noun a copula gives it ("10,412 eran
     * niñas"), or what the antecedent counts.
     */
    private static Unit counted(String sentence, int end, Figure antecedent) {
        if (end < sentence.length() && sentence.charAt(end) == '%') {
            return new Unit("%", Optional.empty(), BigDecimal.ONE, end + 1);
        }
        UnitPhrase.Read phrase = UnitPhrase.after(sentence, end);
        if (phrase != null) {
            return new Unit(phrase.text(), Optional.empty(), BigDecimal.ONE, phrase.end());
        }
        UnitPhrase.Read predicate = UnitPhrase.predicate(sentence, end);
        if (predicate != null) {
            return new Unit(predicate.text(), Optional.empty(), BigDecimal.ONE, end);
        }
        if (antecedent != null && (UnitPhrase.clauseFollows(sentence, end) || bareNumber(sentence, end))) {
            return new Unit(antecedent.unitText(), Optional.empty(), BigDecimal.ONE, end);
        }
        return null;
    }

    /** The unit of a part: what the whole after it counts ("29 de los 32 Registros Civiles del país"). */
    private static Unit partitive(String sentence, int end) {
        Matcher whole =
                OF_WHOLE_AFTER.matcher(sentence.substring(end, Math.min(sentence.length(), end + AFTER_WINDOW)));
        return whole.find() ? phraseAfter(sentence, end + whole.end()) : null;
    }

    private static Unit phraseAfter(String sentence, int end) {
        UnitPhrase.Read phrase = UnitPhrase.after(sentence, end);
        return phrase == null ? null : new Unit(phrase.text(), Optional.empty(), BigDecimal.ONE, phrase.end());
    }

    private static final Pattern BARE_END =
            Pattern.compile("^\\s*(?:$|[.,;:()]|(?:y|e|o|en|durante|hasta)(?![\\p{L}]))", Pattern.CASE_INSENSITIVE);

    /**
     * Whether nothing is counted after the number: the sentence, clause or coordination ends ("entregadas
     * 627,023 y activadas 303,378.", "se han atendido 21,222."); it then counts what its antecedent counts.
     */
    private static boolean bareNumber(String sentence, int end) {
        return BARE_END.matcher(sentence.substring(end, Math.min(sentence.length(), end + AFTER_WINDOW)))
                .find();
    }

    /** Blanks out article lists so their numbers are not read as figures; keeps offsets. */
    private static String mask(String sentence) {
        StringBuilder out = new StringBuilder(sentence);
        Matcher m = ARTICLES.matcher(sentence);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    private static boolean isYear(String number) {
        return number.matches("(?:19|20)\\d{2}");
    }

    private static boolean enumerator(String sentence, int end) {
        return end < sentence.length()
                && (sentence.charAt(end) == ')'
                        || sentence.charAt(end) == '°'
                        || sentence.charAt(end) == 'º'
                        || sentence.charAt(end) == 'ª');
    }
}
