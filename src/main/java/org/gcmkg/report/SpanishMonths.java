package org.gcmkg.report;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Spanish month names, as reports write them (with or without accents or capitals). */
public final class SpanishMonths {
    private static final List<String> NAMES = List.of(
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre");

    /** A regular-expression alternation of the month names, lower case; match it case-insensitively. */
    public static final String PATTERN =
            "(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre" + "|octubre|noviembre|diciembre)";

    private SpanishMonths() {}

    /** The month number (1–12) of a Spanish month name. */
    public static Optional<Integer> number(String name) {
        String folded = Normalizer.normalize(name.trim().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        if (folded.equals("setiembre")) {
            folded = "septiembre";
        }
        int index = NAMES.indexOf(folded);
        return index < 0 ? Optional.empty() : Optional.of(index + 1);
    }

    /** The Spanish name (lower case) of month 1–12. */
    public static String name(int month) {
        return NAMES.get(month - 1);
    }
}
