package org.gcmkg.extract;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a number counts: the noun phrase after it, whole. Content words, joined by {@code de},
 * {@code del}, {@code de la(s)}, {@code de los} ({@code visitas de verificación}), and words coordinated by
 * {@code y} or by commas closed by {@code y} ({@code Niñas, Niños y Adolescentes}). The phrase ends at
 * punctuation, a stop word (articles, prepositions, relative words), a date, a verb (a gerund, a past or
 * plural present form) or a participle that opens a clause of its own ({@code colocados en Canadá}).
 */
final class UnitPhrase {
    private static final Pattern LIST_COMMA = Pattern.compile(",\\s*");
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{Ll}+)*");
    static final Set<String> STOP = Words.of("""
            que quienes quien los las el la lo y e o u en con por para a al se su sus como cual cuales cuyo cuya
            donde le les mas menos sin entre hasta desde durante sobre ya no han ha fueron fue es son esta estan este
            estos estas dichos dichas cada mismo misma total un una uno unos unas ante tras segun mediante of the and
            bajo contra hacia asi pero sino tambien respectivamente aproximadamente anualmente cuenta del todas todos
            toda todo hay habia eran era estaban sera seran tiene tienen dio hizo hubo tuvo puso pudo vio sido
            """);
    private static final Set<String> TIME_UNITS = Words.of("""
            hora horas minuto minutos dia dias semana semanas mes meses ano anos segundos segundo edad
            """);
    private static final Set<String> MONTHS = Words.of("""
            enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
            """);
    /** Words after which a participle opens a clause rather than qualifying the noun. */
    private static final Set<String> COMPLEMENT = Words.of("""
            en por a al como con desde para durante hasta entre ante sobre bajo hacia mediante
            """);
    /** Nouns that end as a plural present verb does. */
    private static final Set<String> NOUNS_IN_EN = Words.of("""
            orden origen imagen imagenes examen volumen resumen regimen joven certamen dictamen crimen margen abdomen
            germen virgen desorden gran plan
            """);
    /** Words that follow an elliptic number in place of its noun. */
    private static final Set<String> ELLIPSIS_CUES = Words.of("""
            que quienes se fueron fue son es han ha estan eran estaban tienen tiene y e en
            """);

    private static final int MAX_WORDS = 6;
    private static final Pattern LIST = Pattern.compile(",\\s*(\\p{L}+(?:,\\s*\\p{L}+)*)\\s+(?:y|e)\\s+(\\p{L}+)");
    private static final Pattern COPULA = Pattern.compile(
            "\\s+(?:eran|son|fueron|fue|es|era|(?:han|ha|habían|habia|habian)\\s+sido)\\s", Pattern.CASE_INSENSITIVE);

    /** A unit read: its text and where it ends in the sentence. */
    record Read(String text, int end) {}

    private UnitPhrase() {}

    /**
     * Whether no noun follows the number at {@code from} but a clause, a coordination or the end of the
     * clause: a verb, a relative word, "se" ("5 fueron regularizados", "3,204 que presentaban"), "y", "en"
     * ("entregadas 627,023 y activadas 303,378.", "34 en el resto del mundo") or punctuation. Such a number
     * is elliptic: it counts what an earlier figure counts.
     */
    static boolean clauseFollows(String sentence, int from) {
        int at = skipSpaces(sentence, from);
        if (at >= sentence.length() || ",.;:".indexOf(sentence.charAt(at)) >= 0) {
            return true;
        }
        Matcher w = WORD.matcher(sentence);
        if (at == from || !w.find(at) || w.start() != at) {
            return false;
        }
        String word = w.group();
        return ELLIPSIS_CUES.contains(Folding.fold(word)) || isVerb(word);
    }

    /** The noun phrase after a number ending at {@code from}, or null when none follows. */
    static Read after(String sentence, int from) {
        int position = skipSpaces(sentence, from);
        if (position == from || position >= sentence.length()) {
            return null;
        }
        if (sentence.startsWith("de ", position)) {
            position = skipSpaces(sentence, position + 2);
        }
        Matcher words = WORD.matcher(sentence);
        int start = -1;
        int end = -1;
        int count = 0;
        while (count < MAX_WORDS && words.find(position) && words.start() == position) {
            String original = words.group();
            String word = Folding.fold(original);
            if (count == 0 && (STOP.contains(word) || TIME_UNITS.contains(word) || MONTHS.contains(word))) {
                return null;
            }
            if (word.equals("de") || word.equals("del")) {
                int next = joinedNoun(sentence, words.end());
                if (next < 0) {
                    break;
                }
                position = next;
                continue;
            }
            if (count > 0 && (word.equals("y") || word.equals("e"))) {
                int next = skipSpaces(sentence, words.end());
                if (contentWord(wordAt(sentence, next))) {
                    position = next;
                    continue;
                }
                break;
            }
            if (STOP.contains(word)
                    || isVerb(original)
                    || (count > 0 && opensClause(original, sentence, words.end()))) {
                break;
            }
            start = start < 0 ? words.start() : start;
            end = words.end();
            count++;
            position = skipSpaces(sentence, end);
            if (listFollows(sentence, end)) {
                position = skipSpaces(sentence, end + 1);
                continue;
            }
            if (position == end) {
                break;
            }
        }
        return start < 0 ? null : new Read(sentence.substring(start, end), end);
    }

    /** After "de": where the joined noun starts (past "la", "los", "las"), or -1 when none follows. */
    private static int joinedNoun(String sentence, int from) {
        int next = skipSpaces(sentence, from);
        Matcher look = WORD.matcher(sentence);
        if (!(look.find(next) && look.start() == next)) {
            return -1;
        }
        String word = Folding.fold(look.group());
        if (word.equals("la") || word.equals("los") || word.equals("las")) {
            next = skipSpaces(sentence, look.end());
            if (!(look.find(next) && look.start() == next)) {
                return -1;
            }
            word = Folding.fold(look.group());
        }
        if (STOP.contains(word) || MONTHS.contains(word) || isVerb(look.group())) {
            return -1;
        }
        return next;
    }

    /** Whether a comma at {@code at} goes on with a list of single words closed by "y" ("niñas, niños y adolescentes"). */
    private static boolean listFollows(String sentence, int at) {
        Matcher list = LIST.matcher(sentence).region(at, sentence.length());
        if (!list.lookingAt()) {
            return false;
        }
        for (String word : LIST_COMMA.split(list.group(1), -1)) {
            if (!contentWord(word)) {
                return false;
            }
        }
        return contentWord(list.group(2));
    }

    private static boolean contentWord(String word) {
        if (word.isEmpty()) {
            return false;
        }
        String folded = Folding.fold(word);
        return !STOP.contains(folded) && !MONTHS.contains(folded) && !isVerb(word);
    }

    /**
     * The noun a copula gives an elliptic number ("de las cuales 10,412 eran niñas, niños y adolescentes"),
     * or null when none follows or it is a participle ("5 fueron regularizados").
     */
    static Read predicate(String sentence, int from) {
        Matcher copula = COPULA.matcher(sentence).region(from, sentence.length());
        if (!copula.lookingAt()) {
            return null;
        }
        Read phrase = after(sentence, copula.end() - 1);
        if (phrase == null || Folding.fold(phrase.text()).matches("\\p{L}*(?:ad|id)[oa]s?(?:\\s.*)?")) {
            return null;
        }
        return phrase;
    }

    private static String wordAt(String sentence, int at) {
        Matcher w = WORD.matcher(sentence);
        return w.find(at) && w.start() == at ? w.group() : "";
    }

    /** A lower-case gerund, preterite, imperfect, future or plural present form. */
    static boolean isVerb(String word) {
        if (word.isEmpty() || !Character.isLowerCase(word.charAt(0))) {
            return false;
        }
        String folded = Folding.fold(word);
        if (folded.length() >= 6 && (folded.endsWith("ando") || folded.endsWith("iendo"))) {
            return true;
        }
        if (word.length() >= 3 && (word.endsWith("ó") || word.endsWith("ían") || word.endsWith("rán"))) {
            return true;
        }
        if (folded.endsWith("aron") || folded.endsWith("ieron") || folded.endsWith("aban")) {
            return true;
        }
        return word.length() >= 5 && (word.endsWith("an") || word.endsWith("en")) && !NOUNS_IN_EN.contains(folded);
    }

    /** A participle followed by a complement ("desplegados en", "reportadas como"): a clause, not the unit. */
    private static boolean opensClause(String word, String sentence, int end) {
        String folded = Folding.fold(word);
        if (!Character.isLowerCase(word.charAt(0)) || folded.length() < 5 || !folded.matches(".*(?:ad|id)[oa]s?")) {
            return false;
        }
        int at = skipSpaces(sentence, end);
        String next = Folding.fold(wordAt(sentence, at));
        // "atendidos en 2012" dates the noun's participle; "desplegados en toda la República" opens a clause.
        int after = skipSpaces(sentence, at + next.length());
        boolean dated = after < sentence.length() && Character.isDigit(sentence.charAt(after));
        return COMPLEMENT.contains(next) && !dated;
    }

    static int skipSpaces(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
