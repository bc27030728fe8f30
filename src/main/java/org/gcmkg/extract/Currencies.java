package org.gcmkg.extract;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The curated currency table ({@code data/currencies.csv}): for each ISO 4217 code the symbols written
 * before or after a number ({@code Q}, {@code US$}, {@code L.}), the words written after it
 * ({@code quetzales}, {@code dólares}) and the countries whose reports mean it by a symbol or word that
 * several currencies share ({@code $}, {@code pesos}). Such a shared symbol or word means the currency of
 * the report's country when that is one of them, else the first row of the table that lists it. A short
 * symbol made of letters ({@code Q}, {@code L.}, {@code S/}) is read only in reports of the countries of
 * its currency, so that "Q3" or "L 5" elsewhere stay what they are.
 */
public final class Currencies {
    /** The table's file name in the data folder. */
    public static final String FILE = "currencies.csv";

    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
    private static final String[] COLUMNS = {"code", "symbols", "words", "label_es", "countries"};

    /**
     * One currency.
     *
     * @param code      ISO 4217 code
     * @param symbols   symbols as written, case-sensitive
     * @param words     words as written after a number, the first one the unit text of its figures
     * @param labelEs   its name in Spanish, singular
     * @param countries ISO 3166 codes of the countries whose reports mean it by a shared symbol or word
     */
    public record Currency(
            String code, List<String> symbols, List<String> words, String labelEs, Set<String> countries) {
        /** The word a figure in this currency counts, e.g. {@code quetzales}. */
        public String word() {
            return words.get(0);
        }
    }

    private static Currencies standard;

    private final List<Currency> rows;

    private Currencies(List<Currency> rows) {
        this.rows = List.copyOf(rows);
    }

    /** Reads a currency table; a row without a valid code or without a word is refused with its line. */
    public static Currencies load(Path file) throws IOException {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        List<Currency> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser =
                        CSVParser.builder().setReader(reader).setFormat(format).get()) {
            if (!parser.getHeaderNames().containsAll(List.of(COLUMNS))) {
                throw new IOException(file + ":1: the header must name " + String.join(",", COLUMNS));
            }
            for (CSVRecord row : parser) {
                String where = file + ":" + parser.getCurrentLineNumber() + ": ";
                if (!row.isConsistent()) {
                    throw new IOException(where + "expected " + COLUMNS.length + " fields");
                }
                if (!CODE.matcher(row.get("code")).matches()) {
                    throw new IOException(where + "'" + row.get("code") + "' is not an ISO 4217 code");
                }
                List<String> words = list(row.get("words"));
                if (words.isEmpty()) {
                    throw new IOException(where + "a currency needs at least one word");
                }
                rows.add(new Currency(
                        row.get("code"),
                        list(row.get("symbols")),
                        words,
                        row.get("label_es"),
                        Set.copyOf(list(row.get("countries")))));
            }
        }
        return new Currencies(rows);
    }

    /** The project's table, {@code data/currencies.csv} under the working folder, read once. */
    public static synchronized Currencies standard() {
        if (standard == null) {
            try {
                standard = load(Path.of("data", FILE));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the currency table: " + e.getMessage(), e);
            }
        }
        return standard;
    }

    private static List<String> list(String cell) {
        return Arrays.stream(cell.split("\\|"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** Every currency, in table order. */
    public List<Currency> all() {
        return rows;
    }

    /** The currency a symbol means in a report of {@code country}; a local symbol only in its countries. */
    public Optional<Currency> bySymbol(String symbol, String country) {
        return choose(
                rows.stream()
                        .filter(c -> c.symbols().contains(symbol)
                                && (!local(symbol) || c.countries().contains(country)))
                        .toList(),
                country);
    }

    /** A symbol of one or two characters with a letter ({@code Q}, {@code L.}, {@code S/}): read only at home. */
    private static boolean local(String symbol) {
        return symbol.length() < 3 && symbol.chars().anyMatch(Character::isLetter);
    }

    /** The currency a word means in a report of {@code country}; compared folded (case and accents). */
    public Optional<Currency> byWord(String word, String country) {
        String folded = Folding.fold(word).replaceAll("\\s+", " ");
        return choose(
                rows.stream()
                        .filter(c ->
                                c.words().stream().anyMatch(w -> Folding.fold(w).equals(folded)))
                        .toList(),
                country);
    }

    private static Optional<Currency> choose(List<Currency> candidates, String country) {
        return candidates.stream()
                .filter(c -> c.countries().contains(country))
                .findFirst()
                .or(() -> candidates.stream().findFirst());
    }

    /** A regular expression matching any symbol read in a report of {@code country}, longest first. */
    public String symbolPattern(String country) {
        return alternation(
                rows.stream()
                        .flatMap(c -> c.symbols().stream()
                                .filter(s -> !local(s) || c.countries().contains(country)))
                        .distinct(),
                q -> q);
    }

    /** A regular expression matching any symbol that may follow a number: codes and signs, not {@code L}. */
    public String symbolAfterPattern() {
        return alternation(
                rows.stream().flatMap(c -> c.symbols().stream()).distinct().filter(s -> !local(s)), q -> q);
    }

    /** A regular expression matching any currency word, folded, longest first, spaces flexible. */
    public String wordPattern() {
        return alternation(
                rows.stream()
                        .flatMap(c -> c.words().stream())
                        .map(Folding::fold)
                        .distinct(),
                q -> q.replace(" ", "\\E\\s+\\Q"));
    }

    private static String alternation(Stream<String> items, UnaryOperator<String> shape) {
        return items.sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(s -> shape.apply(Pattern.quote(s)))
                .collect(Collectors.joining("|", "(?:", ")"));
    }
}
