package org.gcmkg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures of a sentence: a number followed by what it counts, money, or a percentage. Years,
 * dates, durations, article and resolution numbers, enumerators and identifiers are not figures.
 *
 * <p>What a number counts is the whole noun phrase after it ({@link UnitPhrase}). A number followed by a
 * clause instead ("de los cuales 5 fueron regularizados", "a 3,204 que presentaban") counts what the first
 * figure of its sentence counts.
 */
public final class FigureFinder {
    private static final Pattern ARTICLES = Pattern.compile(
            "(?i)\\b(?:artículos?|arts?\\.|fracci[oó]n|numerales?)\\s+[\\dIVXL]+(?:\\s*(?:,|y|e)\\s*[\\dIVXL]+)*");
    private static final Pattern IDENTIFIER_BEFORE = Pattern.compile(
            "(?i)(?:objetivos?|acuerdo|resoluci[oó]n|reuni[oó]n|edici[oó]n|n[uú]mero|no\\.|cap[ií]tulo|"
                    + "circunscripci[oó]n|versi[oó]n|sesi[oó]n|grupo|paso|fase|etapa|punto)\\s*$");
    private static final Pattern APPROXIMATE_BEFORE = Pattern.compile(
            "(?i)(?:más\\s+de|aprox\\.?|aproximadamente|alrededor\\s+de|cerca\\s+de|casi|poco\\s+más\\s+de)\\s+(?:un\\s+total\\s+(?:de\\s+)?)?$");
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d/.,'])(?<dollar>\\\\?\\$\\s?)?(?<number>" + SpanishNumber.PATTERN + ")(?![\\d/\\p{L}])",
            Pattern.UNICODE_CASE);
    private static final Pattern MONEY = Pattern.compile("^\\s*(?:de\\s+)?(mdp|millones\\s+de\\s+pesos|pesos(?:\\s+mexicanos)?|"
            + "dólares\\s+canadienses|dólares(?:\\s+estadounidenses)?|euros|colones)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The figures of a sentence, in order. */
    public List<Figure> find(String sentence) {
        String masked = mask(sentence);
        List<Figure> figures = new ArrayList<>();
        Figure antecedent = null;
        Matcher m = NUMBER.matcher(masked);
        while (m.find()) {
            String written = m.group("number");
            String symbol = m.group("dollar");
            int numberEnd = m.end("number");
            String before = masked.substring(Math.max(0, m.start() - 30), m.start());
            if (IDENTIFIER_BEFORE.matcher(before).find() || symbol == null && isYear(written)
                    || enumerator(masked, numberEnd)) {
                continue;
            }
            Unit unit = money(masked, numberEnd, symbol);
            if (unit == null) {
                unit = counted(masked, numberEnd, antecedent);
            }
            if (unit == null) {
                continue;
            }
            BigDecimal value = SpanishNumber.parse(written).multiply(unit.multiplier()).stripTrailingZeros();
            String text = sentence.substring(m.start(), unit.end()).trim();
            boolean approximate = APPROXIMATE_BEFORE.matcher(before).find();
            Figure figure = new Figure(value, unit.text(), unit.currency(), text, m.start(), approximate);
            figures.add(figure);
            if (antecedent == null && figure.currency().isEmpty() && !figure.unitText().equals("%")) {
                antecedent = figure;
            }
        }
        return figures;
    }

    private record Unit(String text, Optional<String> currency, BigDecimal multiplier, int end) {}

    /** Money after a number: pesos, dollars, euros, colones; a dollar sign alone is kept as "$". */
    private static Unit money(String sentence, int end, String dollar) {
        Matcher money = MONEY.matcher(sentence.substring(end));
        if (money.find()) {
            String word = Folding.fold(money.group(1));
            BigDecimal multiplier = word.equals("mdp") || word.startsWith("millones") ? BigDecimal.valueOf(1_000_000)
                    : BigDecimal.ONE;
            String currency = word.startsWith("dolares canadienses") ? "CAD" : word.startsWith("dolares") ? "USD"
                    : word.equals("euros") ? "EUR" : word.equals("colones") ? "CRC" : "MXN";
            String text = word.equals("mdp") ? "millones de pesos" : money.group(1);
            return new Unit(text, Optional.of(currency), multiplier, end + money.end());
        }
        return dollar == null ? null : new Unit("$", Optional.empty(), BigDecimal.ONE, end);
    }

    /** A percentage, what the noun phrase after the number counts, or what the antecedent counts. */
    private static Unit counted(String sentence, int end, Figure antecedent) {
        if (end < sentence.length() && sentence.charAt(end) == '%') {
            return new Unit("%", Optional.empty(), BigDecimal.ONE, end + 1);
        }
        UnitPhrase.Read phrase = UnitPhrase.after(sentence, end);
        if (phrase != null) {
            return new Unit(phrase.text(), Optional.empty(), BigDecimal.ONE, phrase.end());
        }
        if (antecedent != null && UnitPhrase.clauseFollows(sentence, end)) {
            return new Unit(antecedent.unitText(), Optional.empty(), BigDecimal.ONE, end);
        }
        return null;
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
        return end < sentence.length() && (sentence.charAt(end) == ')' || sentence.charAt(end) == '°'
                || sentence.charAt(end) == 'º' || sentence.charAt(end) == 'ª');
    }
}
