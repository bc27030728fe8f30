package org.gcmkg.extract;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers as Spanish reports write them: {@code 578,905}, {@code 26, 524,933} (a space left after a
 * separator by the page layout), {@code 1,070'049,035} (an apostrophe for millions), {@code 18,782.30},
 * {@code 89.38}, and with scale words: {@code 675 mil 457}, {@code 278 millones 285 mil 812},
 * {@code 10 millones}. The comma groups thousands and the period marks decimals, as in Mexican usage.
 */
public final class SpanishNumber {
    /** One written number without scale words. */
    static final String DIGITS = "(?:\\d{1,3}(?:,\\d{3})*'\\d{3}(?:,\\d{3})*(?:\\.\\d+)?"
            + "|\\d{1,3}(?:,\\s?\\d{3})+(?:\\.\\d+)?"
            + "|\\d+(?:\\.\\d+)?)";

    private static final String SCALE = "(?:millones|millón|millon|billones|billón|mil)(?![\\p{L}])";
    /** A number with optional scale words, e.g. {@code 278 millones 285 mil 812}. */
    public static final String PATTERN = DIGITS + "(?:\\s+" + SCALE + "(?:\\s+" + DIGITS + "(?:\\s+" + SCALE + ")?)*)?";

    private static final Pattern PART = Pattern.compile("(" + DIGITS + ")(?:\\s+(" + SCALE + "))?");

    private SpanishNumber() {}

    /** The value of a number expression matching {@link #PATTERN}. */
    public static BigDecimal parse(String expression) {
        Matcher m = PART.matcher(expression);
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal pending = BigDecimal.ZERO;
        while (m.find()) {
            BigDecimal value = new BigDecimal(m.group(1).replaceAll("[,'\\s]", ""));
            String scale = m.group(2);
            if (scale == null) {
                pending = pending.add(value);
            } else {
                BigDecimal multiplier = switch (Folding.fold(scale)) {
                    case "mil" -> BigDecimal.valueOf(1_000);
                    case "millones", "millon" -> BigDecimal.valueOf(1_000_000);
                    default -> BigDecimal.valueOf(1_000_000_000_000L);
                };
                if (multiplier.compareTo(BigDecimal.valueOf(1_000)) == 0) {
                    pending = pending.add(value).multiply(multiplier);
                    total = total.add(pending);
                } else {
                    total = total.add(pending).add(value).multiply(multiplier).add(BigDecimal.ZERO);
                }
                pending = BigDecimal.ZERO;
            }
        }
        return total.add(pending).stripTrailingZeros();
    }
}
