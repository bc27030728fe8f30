package org.gcmkg.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gcmkg.segment.Sentence;

/**
 * The sentences of a passage with their mentions, and what the words around a mention say of it: its cue,
 * whether it stands in parentheses, in passing, in a list with another mention, or in a noun's complement.
 */
final class SentenceView {
    private static final Pattern OF = Pattern.compile("[*”\"]?\\s*(?:de|del)\\s+(?:(?:la|el|los|las)\\s+)?");
    private static final Pattern THROUGH =
            Pattern.compile("\\s*,\\s*a\\s+trav[eé]s\\s+(?:de|del)\\s+(?:(?:la|el|los|las)\\s+)?");
    private static final Pattern PURPOSE =
            Pattern.compile("(?iu)(?<![\\p{L}])(?:con\\s+la\\s+finalidad\\s+de|a\\s+fin\\s+de|"
                    + "para\\s+que|con\\s+el\\s+(?:objeto|objetivo|propósito|fin)\\s+de)(?![\\p{L}])");
    private static final Pattern COORDINATION = Pattern.compile("\\s*(?:y|e)\\s+(?:(?:el|la|los|las)\\s+)?");

    private final Discourse discourse;
    private final List<List<Mention>> bySentence;

    SentenceView(Discourse discourse, List<List<Mention>> bySentence) {
        this.discourse = discourse;
        this.bySentence = bySentence;
    }

    Discourse discourse() {
        return discourse;
    }

    /** The mentions of a sentence, in order. */
    List<Mention> mentions(int sentence) {
        return bySentence.get(sentence);
    }

    /** The programs a sentence names, in order. */
    List<Mention> programs(int sentence) {
        return bySentence.get(sentence).stream()
                .filter(m -> m.entity().type() == EntityType.PROGRAM)
                .toList();
    }

    /** The words just before a mention in its sentence (at most {@link Cue#WINDOW} characters). */
    String cueBefore(int sentence, Mention m) {
        Sentence s = discourse.sentence(sentence);
        int at = m.start() - s.start();
        return s.text().substring(Math.max(0, at - Cue.WINDOW), at);
    }

    /**
     * How an organization relates to what its sentence is about: the cue of the words before it ({@link Cue}),
     * except for a body named as the channel of the one just before it ("han considerado al Gobierno de México,
     * a través del Instituto …"), which stands where that one stands.
     */
    Cue cue(int sentence, Mention m) {
        Sentence s = discourse.sentence(sentence);
        List<Mention> in = bySentence.get(sentence);
        int k = in.indexOf(m);
        if (k > 0
                && in.get(k - 1).end() <= m.start()
                && THROUGH.matcher(s.text().substring(in.get(k - 1).end() - s.start(), m.start() - s.start()))
                        .matches()) {
            return cue(sentence, in.get(k - 1));
        }
        return Cue.before(cueBefore(sentence, m));
    }

    /** The program named right before an organization in the genitive ("la Campaña … de la CNDH"). */
    Optional<Mention> ownedBy(int sentence, Mention org, List<Mention> programs) {
        Sentence s = discourse.sentence(sentence);
        return programs.stream()
                .filter(p -> p.end() <= org.start()
                        && OF.matcher(s.text().substring(p.end() - s.start(), org.start() - s.start()))
                                .matches())
                .findFirst();
    }

    /**
     * Whether a program is named in passing: as a place ("consultas en el Sistema de NAPHISIS") or in the
     * complement of a noun ("la asignación de la CURP"), so it is not the topic later sentences go on about.
     */
    boolean aside(int sentence, Mention m) {
        String words = cueBefore(sentence, m);
        return Cue.before(words) == Cue.VENUE || Cue.genitive(words);
    }

    /**
     * Whether a mention stands in a clause of purpose ("…, con la finalidad de que la Matrícula Consular tenga
     * validez"): what the sentence's action serves, not what its subject does.
     */
    boolean inPurpose(int sentence, Mention m) {
        Sentence s = discourse.sentence(sentence);
        return PURPOSE.matcher(s.text().substring(0, Math.max(0, m.start() - s.start())))
                .find();
    }

    /** Whether a mention stands inside parentheses opened in its sentence. */
    boolean inParentheses(int sentence, Mention m) {
        Sentence s = discourse.sentence(sentence);
        int depth = 0;
        for (int k = 0; k < m.start() - s.start() && k < s.text().length(); k++) {
            char c = s.text().charAt(k);
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
        }
        return depth > 0;
    }

    /** Whether an organization and a program are items of one list ("la Unidad … y el Mecanismo …"). */
    boolean coordinated(int sentence, Mention org, Mention program) {
        if (program.start() < org.end()) {
            return false;
        }
        Sentence s = discourse.sentence(sentence);
        String between = s.text().substring(org.end() - s.start(), program.start() - s.start());
        return COORDINATION.matcher(between).matches();
    }

    /** Whether a mention stands inside a program's name in its sentence ("IME" in "Programa IME Becas"). */
    boolean insideProgramName(int sentence, Mention m) {
        return bySentence.get(sentence).stream()
                .anyMatch(p -> p.entity().type() == EntityType.PROGRAM
                        && !p.equals(m)
                        && p.start() <= m.start()
                        && m.end() <= p.end());
    }
}
