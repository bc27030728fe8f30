package org.gcmkg.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * How one organization or place named in a sentence relates to the programs the sentence names, read from the
 * words before it (its cue): runs, takes part in, carries out with, funds, or is where a program happens. The
 * rules are in {@code docs/report-format.md}.
 */
final class MentionCues {
    /**
     * A relation read from a cue.
     *
     * @param relation  the relation
     * @param claimsRun whether the cue itself says who runs the program, so that the sentence's carried actor
     *                  does not also run it
     */
    record Read(Relation relation, boolean claimsRun) {}

    private final SentenceView view;
    private final Entity country;
    private final Predicate<Entity> runnable;

    MentionCues(SentenceView view, Entity country, Predicate<Entity> runnable) {
        this.view = view;
        this.country = country;
        this.runnable = runnable;
    }

    /** The relation of mention {@code m} of sentence {@code i} to one of the sentence's {@code programs}, if any. */
    Optional<Read> read(int i, Mention m, List<Mention> programs, SpanRef evidence) {
        Entity entity = m.entity();
        Mention program = Mention.nearest(programs, m);
        if (entity.type() == EntityType.ORGANIZATION) {
            // Not a program named alongside the subject, nor one listed with the organization itself.
            Set<Entity> alongside = new HashSet<>();
            programs.stream().filter(p -> Cue.alongside(view.cueBefore(i, p))).forEach(p -> alongside.add(p.entity()));
            List<Mention> targets = programs.stream()
                    .filter(p -> !alongside.contains(p.entity()) && !view.coordinated(i, m, p))
                    .toList();
            if (targets.isEmpty()) {
                return Optional.empty();
            }
            program = Mention.nearest(targets, m);
        }
        if (entity.type() == EntityType.PLACE) {
            return entity.id().equals(country.id())
                    ? Optional.empty()
                    : found(new Relation(program.entity(), RelationKind.LOCATED_IN, entity, evidence), false);
        }
        String words = view.cueBefore(i, m);
        Cue cue = view.cue(i, m);
        // "En el marco de la Alianza del Pacífico": the frame of what is done, not a party to it; "los
        // Estados parte de la Alianza del Pacífico" inside an agreement's name: not a party either.
        if (Cue.frames(words) || (view.insideProgramName(i, m) && Cue.genitive(words))) {
            return Optional.empty();
        }
        boolean home = OrganizationRole.isHomeBody(entity, country);
        if (cue == Cue.VENUE
                || cue == Cue.RECIPIENT
                || (cue == Cue.USED_BY && !home)
                || !runnable.test(program.entity())) {
            return Optional.empty();
        }
        if (home && cue == Cue.NONE && Cue.genitive(words)) {
            // An agency in the complement of a noun ("el acuerdo 286 de la SEP") owns what that noun names: a
            // program named right before it ("la Campaña … de la CNDH"), else nothing the sentence names.
            Optional<Mention> owned = view.ownedBy(i, m, programs);
            if (owned.isEmpty() || !runnable.test(owned.get().entity())) {
                return Optional.empty();
            }
            return found(new Relation(entity, RelationKind.RUNS, owned.get().entity(), evidence), false);
        }
        if (cue == Cue.FUNDED) {
            return found(new Relation(program.entity(), RelationKind.FUNDED_BY, entity, evidence), false);
        } else if (cue == Cue.BETWEEN || (home && (cue == Cue.WITH || cue == Cue.USED_BY))) {
            return found(new Relation(entity, RelationKind.PARTICIPATES_IN, program.entity(), evidence), false);
        } else if (!home && cue != Cue.RUN_BY) {
            return found(new Relation(program.entity(), RelationKind.CARRIED_OUT_WITH, entity, evidence), false);
        }
        return found(new Relation(entity, RelationKind.RUNS, program.entity(), evidence), true);
    }

    private static Optional<Read> found(Relation relation, boolean claimsRun) {
        return Optional.of(new Read(relation, claimsRun));
    }
}
