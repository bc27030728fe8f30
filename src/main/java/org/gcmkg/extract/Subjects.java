package org.gcmkg.extract;

import java.util.function.Predicate;

/**
 * The subject of each sentence: the first public body of the reporting state that acts in it, with no partner
 * cue before it, not named inside a program's name, and not the owner of a program named before it.
 */
final class Subjects {
    private final SentenceView view;
    private final Entity country;
    private final Predicate<Entity> runnable;

    Subjects(SentenceView view, Entity country, Predicate<Entity> runnable) {
        this.view = view;
        this.country = country;
        this.runnable = runnable;
    }

    /** Whether an organization is the reporting state itself (its government), not one of its agencies. */
    static boolean isReportingState(Entity e, Entity country) {
        return e.type() == EntityType.ORGANIZATION
                && e.kind().equals("government")
                && e.country().equals(country.country());
    }

    /** The subject the sentence names, or null. */
    Mention of(int sentence) {
        for (Mention m : view.mentions(sentence)) {
            Entity e = m.entity();
            // A body named inside a program's name ("Programa IME Becas") is part of that name, not the subject.
            boolean inName = view.insideProgramName(sentence, m);
            if (e.type() == EntityType.ORGANIZATION
                    && OrganizationRole.isHomeBody(e, country)
                    && !isReportingState(e, country)
                    && !inName) {
                String words = view.cueBefore(sentence, m);
                Cue cue = Cue.before(words);
                // The owner named after a program ("la Campaña … de la CNDH") is not the sentence's subject.
                boolean owner = cue == Cue.NONE
                        && Cue.genitive(words)
                        && view.programs(sentence).stream()
                                .anyMatch(p -> p.end() <= m.start() && runnable.test(p.entity()));
                if ((cue == Cue.RUN_BY || cue == Cue.NONE) && !owner) {
                    return m;
                }
            }
        }
        return null;
    }
}
