package org.gcmkg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures of a sentence: a number followed by what it counts, money, or a percentage. Years,
 * dates, durations, article and resolution numbers, enumerators and identifiers are not figures.
 */
public final class FigureFinder {
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d/.,'])(?<dollar>\\\\?\\$\\s?)?(?<number>" + SpanishNumber.PATTERN + ")(?![\\d/\\p{L}])",
            Pattern.UNICODE_CASE);
    private static final Pattern ARTICLES = Pattern.compile(
            "(?i)\\b(?:artículos?|arts?\\.|fracci[oó]n|numerales?)\\s+[\\dIVXL]+(?:\\s*(?:,|y|e)\\s*[\\dIVXL]+)*");
    private static final Pattern IDENTIFIER_BEFORE = Pattern.compile(
            "(?i)(?:objetivos?|acuerdo|resoluci[oó]n|reuni[oó]n|edici[oó]n|n[uú]mero|no\\.|cap[ií]tulo|"
                    + "circunscripci[oó]n|versi[oó]n|sesi[oó]n|grupo|paso|fase|etapa|punto)\\s*$");
    private static final Pattern APPROXIMATE_BEFORE = Pattern.compile(
            "(?i)(?:más\\s+de|aprox\\.?|aproximadamente|alrededor\\s+de|cerca\\s+de|casi|poco\\s+más\\s+de)\\s+(?:un\\s+total\\s+(?:de\\s+)?)?$");
    private static final Pattern UNIT_WORD = Pattern.compile("[\\p{L}][\\p{L}\\-]*");
    private static final Set<String> STOP = Set.of("que", "quienes", "quien", "los", "las", "el", "la", "lo", "y", "e",
            "o", "u", "en", "con", "por", "para", "a", "al", "se", "su", "sus", "como", "cual", "cuales", "cuyo",
            "cuya", "donde", "le", "les", "mas", "menos", "sin", "entre", "hasta", "desde", "durante", "sobre", "ya",
            "no", "han", "ha", "fueron", "fue", "es", "son", "esta", "estan", "este", "estos", "estas", "dichos",
            "dichas", "cada", "mismo", "misma", "total", "un", "una", "uno", "unos", "unas", "ante", "tras",
            "segun", "mediante", "of", "the", "and", "bajo", "contra", "hacia", "asi", "pero", "sino", "tambien",
            "respectivamente", "aproximadamente", "anualmente", "cuenta", "del");
    private static final Set<String> TIME_UNITS = Set.of("hora", "horas", "minuto", "minutos", "dia", "dias",
            "semana", "semanas", "mes", "meses", "ano", "anos", "segundos", "segundo", "edad");
    private static final Set<String> MONTHS = Set.of("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
            "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre");
    private static final int MAX_UNIT_WORDS = 5;

    /** The figures of a sentence, in order. */
    public List<Figure> find(String sentence) {
        String masked = mask(sentence);
        List<Figure> figures = new ArrayList<>();
        Matcher m = NUMBER.matcher(masked);
        while (m.find()) {
            String number = m.group("number");
            int numberEnd = m.end("number");
            String before = masked.substring(Math.max(0, m.start() - 30), m.start());
            if (IDENTIFIER_BEFORE.matcher(before).find() || isYear(number) || enumerator(masked, numberEnd)) {
                continue;
            }
            BigDecimal value = SpanishNumber.parse(number);
            Unit unit = unitAfter(masked, numberEnd, m.group("dollar") != null);
            if (unit == null) {
                continue;
            }
            value = value.multiply(unit.multiplier());
            int start = m.start();
            String text = sentence.substring(start, unit.end()).trim();
            boolean approximate = APPROXIMATE_BEFORE.matcher(before).find();
            figures.add(new Figure(value.stripTrailingZeros(), unit.text(), unit.currency(), text, start, approximate));
        }
        return figures;
    }

    private record Unit(String text, Optional<String> currency, BigDecimal multiplier, int end) {}

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

    private static Unit unitAfter(String sentence, int end, boolean dollar) {
        int i = end;
        if (i < sentence.length() && sentence.charAt(i) == '%') {
            return new Unit("%", Optional.empty(), BigDecimal.ONE, i + 1);
        }
        String rest = sentence.substring(i);
        Matcher money = Pattern.compile("^\\s*(?:de\\s+)?(mdp|millones\\s+de\\s+pesos|pesos(?:\\s+mexicanos)?|"
                + "dólares\\s+canadienses|dólares(?:\\s+estadounidenses)?|euros|colones)(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(rest);
        if (money.find()) {
            String word = Folding.fold(money.group(1));
            BigDecimal multiplier = word.equals("mdp") || word.startsWith("millones") ? BigDecimal.valueOf(1_000_000)
                    : BigDecimal.ONE;
            String currency = word.startsWith("dolares canadienses") ? "CAD" : word.startsWith("dolares") ? "USD"
                    : word.equals("euros") ? "EUR" : word.equals("colones") ? "CRC" : "MXN";
            String text = word.equals("mdp") ? "millones de pesos" : money.group(1);
            return new Unit(text, Optional.of(currency), multiplier, i + money.end());
        }
        if (dollar) {
            return new Unit("$", Optional.empty(), BigDecimal.ONE, i);
        }
        // What it counts: content words after the number, with "de" joining nouns.
        Matcher words = UNIT_WORD.matcher(sentence);
        int position = i;
        int firstSpace = skipSpaces(sentence, position);
        if (firstSpace == position || firstSpace >= sentence.length()) {
            return null;
        }
        position = firstSpace;
        if (sentence.startsWith("de ", position)) {
            position = skipSpaces(sentence, position + 2);
        }
        List<int[]> taken = new ArrayList<>();
        int count = 0;
        while (count < MAX_UNIT_WORDS && words.find(position) && words.start() == position) {
            String word = Folding.fold(words.group());
            if (count == 0 && (STOP.contains(word) || TIME_UNITS.contains(word) || MONTHS.contains(word))) {
                return null;
            }
            if (word.equals("de") || word.equals("del")) {
                int next = skipSpaces(sentence, words.end());
                Matcher look = UNIT_WORD.matcher(sentence);
                if (look.find(next) && look.start() == next) {
                    String nextWord = Folding.fold(look.group());
                    if (nextWord.equals("la") || nextWord.equals("los") || nextWord.equals("las")) {
                        next = skipSpaces(sentence, look.end());
                        if (!(look.find(next) && look.start() == next)) {
                            break;
                        }
                        nextWord = Folding.fold(look.group());
                    }
                    if (STOP.contains(nextWord) || MONTHS.contains(nextWord) || nextWord.matches("\\d+")) {
                        break;
                    }
                    position = next;
                    continue;
                }
                break;
            }
            if (STOP.contains(word)) {
                break;
            }
            taken.add(new int[] {words.start(), words.end()});
            count++;
            position = skipSpaces(sentence, words.end());
            if (position == words.end()) {
                break;
            }
        }
        if (taken.isEmpty()) {
            return null;
        }
        int unitStart = taken.get(0)[0];
        int unitEnd = taken.get(taken.size() - 1)[1];
        return new Unit(sentence.substring(unitStart, unitEnd), Optional.empty(), BigDecimal.ONE, unitEnd);
    }

    private static int skipSpaces(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
