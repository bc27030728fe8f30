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

    /** The words just before a mention in its sentence (at most {@link Cue#WINDOW} characters). */
    String cueBefore(int sentence, Mention m) {
        Sentence s = discourse.sentence(sentence);
        int at = m.start() - s.start();
        return s.text().substring(Math.max(0, at - Cue.WINDOW), at);
    }


    /** The program named right before an organization in the genitive ("la Campaña … de la CNDH"). */
    Optional<Mention> ownedBy(int sentence, Mention org, List<Mention> programs) {
        Sentence s = discourse.sentence(sentence);
        return programs.stream().filter(p -> p.end() <= org.start()
                && OF.matcher(s.text().substring(p.end() - s.start(), org.start() - s.start())).matches()).findFirst();
    }

    /**
     * Whether a program is named in passing: as a place ("consultas en el Sistema de NAPHISIS") or in the
     * complement of a noun ("la asignación de la CURP"), so it is not the topic later sentences go on about.
     */
    boolean aside(int sentence, Mention m) {
        String words = cueBefore(sentence, m);
        return Cue.before(words) == Cue.VENUE || Cue.genitive(words);
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
        return bySentence.get(sentence).stream().anyMatch(p -> p.entity().type() == EntityType.PROGRAM && p != m
                && p.start() <= m.start() && m.end() <= p.end());
    }
}
