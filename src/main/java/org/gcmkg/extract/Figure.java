package org.gcmkg.extract;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A number a sentence reports.
 *
 * @param value       its value, scale words ("millones", "mil") and abbreviations ("mdp") applied
 * @param unitText    what it counts ("guías", "personas migrantes"), the currency's word ("pesos") or "%"
 * @param currency    ISO 4217 code for money, or empty
 * @param text        the number expression as written ("578,905 guías")
 * @param start       offset of the expression in the sentence
 * @param approximate whether the text hedges it ("más de", "aprox.")
 * @param numberEnd   offset just after the number itself (before its unit) in the sentence
 */
public record Figure(
        BigDecimal value,
        String unitText,
        Optional<String> currency,
        String text,
        int start,
        boolean approximate,
        int numberEnd) {}
