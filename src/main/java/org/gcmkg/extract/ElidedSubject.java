package org.gcmkg.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a line opens with a verb whose subject is left out ("También utilizan el Sistema …", "Además
 * participó en …"): in Spanish the subject is then the one the text was already talking about, the actor of the
 * line before. An impersonal "se" ("Además, se implementa …") names no one and is not an elided subject.
 */
final class ElidedSubject {
    /** Connectives a continuing line may start with before its verb. */
    private static final Pattern OPENING = Pattern.compile("(?iu)^\\s*(?:(?:también|asimismo|además|igualmente|"
            + "de\\s+igual\\s+(?:forma|manera)|de\\s+la\\s+misma\\s+forma)\\s*,?\\s+)?(\\p{L}+)\\s+(\\p{L}+)");
    /** Third-person endings of the preterite and of the present plural: participó, firmaron, utilizan, tienen. */
    private static final Pattern FINITE = Pattern.compile("(?u)\\p{L}{3,}(?:ó|aron|ieron|an|en)");
    /** What follows a verb at the head of a clause: an article, a preposition. */
    private static final Set<String> NEXT = Set.of(
            "el", "la", "los", "las", "un", "una", "unos", "unas", "con", "a", "al", "en", "de", "del", "por", "para",
            "sus", "su");
    /** Words with those endings that are not verbs. */
    private static final Set<String> NOT_VERBS = Set.of(
            "durante",
            "mediante",
            "según",
            "origen",
            "orden",
            "imagen",
            "examen",
            "volumen",
            "plan",
            "joven",
            "bien",
            "quien",
            "quienes",
            "cuando",
            "también",
            "además",
            "resumen",
            "régimen",
            "crimen",
            "margen",
            "capitán",
            "almacén",
            "desorden",
            "certamen",
            "dictamen",
            "gobierno");

    private ElidedSubject() {}

    /** Whether the sentence opens with a third-person verb and no subject before it. */
    static boolean opens(String sentence) {
        Matcher m = OPENING.matcher(sentence);
        if (!m.find()) {
            return false;
        }
        String verb = m.group(1).toLowerCase(Locale.ROOT);
        String next = m.group(2).toLowerCase(Locale.ROOT);
        return FINITE.matcher(verb).matches() && !NOT_VERBS.contains(verb) && NEXT.contains(next);
    }
}
