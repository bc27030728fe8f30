package org.gcmkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.gcmkg.segment.Passage;
import org.gcmkg.segment.Sentence;

/**
 * Reads the relations of one passage from its discourse: who acts in each sentence (named in it, or carried
 * from an earlier sentence of the same line, or from the line that encloses it), and how each organization
 * relates to the programs named with it; {@link FigureReading} reads its figures from the same state. The
 * rules are in {@code docs/report-format.md}.
 */
final class PassageReading {
    private final Discourse discourse;
    private final SpanSource spans;
    private final Entity country;
    private final Predicate<Entity> runnable;
    private final PeriodFinder periodFinder;
    private final Predicate<Entity> national;
    private final List<List<Mention>> bySentence = new ArrayList<>();
    private final SentenceView view;
    private final MentionCues cues;
    private final Mention[] ownActor;
    /** Per sentence: its own actor, or the last one named before it in its line. */
    private final Entity[] carriedActor;
    /** Per sentence: its own period, or the last one stated before it in its line. */
    private final Period[] carriedPeriod;
    /** Per line: the last actor and period it states. */
    private final Entity[] lastActor;
    /** Per sentence and per line: the organizations listed with the carried actor as the subject. */
    private final List<List<Entity>> carriedWith = new ArrayList<>();

    private final List<List<Entity>> lastWith = new ArrayList<>();
    private final Period[] lastPeriod;
    /** Per sentence: the one program its line names before it, if exactly one; per line: the programs it names. */
    private final Entity[] onlyProgramBefore;
    /** Per sentence: the first program (its topic) the sentence just before it in its line names, if any. */
    private final Entity[] previousSentenceProgram;

    private final List<List<Entity>> unitPrograms = new ArrayList<>();

    /** Where a sentence's evidence span lies in the report. */
    interface SpanSource {
        SpanRef of(Sentence sentence);
    }

    /**
     * @param runnable which programs an agency can run (a law or regulation is enacted, not run)
     * @param national which programs are the reporting state's own, so an agency acting nearby runs them
     *     (not a curated program of another state or an international one)
     * @param before the actor the line before the passage leaves, taken when the passage opens with a verb and
     *     no subject ({@link ElidedSubject}); null if none
     */
    PassageReading(
            Passage passage,
            List<Sentence> sentences,
            List<Mention> mentions,
            Entity country,
            PeriodFinder periodFinder,
            SpanSource spans,
            Predicate<Entity> runnable,
            Predicate<Entity> national,
            Entity before) {
        this.runnable = runnable;
        this.periodFinder = periodFinder;
        this.national = national;
        this.discourse = Discourse.of(passage, sentences);
        this.spans = spans;
        this.country = country;
        for (int i = 0; i < sentences.size(); i++) {
            bySentence.add(new ArrayList<>());
        }
        for (Mention m : mentions) {
            int i = discourse.sentenceAt(m.start());
            if (m.end() <= sentences.get(i).end()) {
                bySentence.get(i).add(m);
            }
        }
        this.view = new SentenceView(discourse, bySentence);
        this.cues = new MentionCues(view, country, runnable);
        Subjects subjects = new Subjects(view, country, runnable);
        int n = sentences.size();
        this.ownActor = new Mention[n];
        this.carriedActor = new Entity[n];
        this.carriedPeriod = new Period[n];
        this.lastActor = new Entity[discourse.units()];
        this.lastPeriod = new Period[discourse.units()];
        this.onlyProgramBefore = new Entity[n];
        this.previousSentenceProgram = new Entity[n];
        for (int u = 0; u < discourse.units(); u++) {
            unitPrograms.add(new ArrayList<>());
            lastWith.add(List.of());
        }
        if (before != null && n > 0 && ElidedSubject.opens(sentences.get(0).text())) {
            lastActor[0] = before;
        }
        for (int i = 0; i < n; i++) {
            List<Entity> named = unitPrograms.get(discourse.unitOf(i));
            onlyProgramBefore[i] = named.size() == 1 ? named.get(0) : null;
            if (i > 0 && discourse.unitOf(i - 1) == discourse.unitOf(i)) {
                for (Mention m : bySentence.get(i - 1)) {
                    if (m.entity().type() == EntityType.PROGRAM
                            && runnable.test(m.entity())
                            && !view.inParentheses(i - 1, m)
                            && !view.aside(i - 1, m)
                            && previousSentenceProgram[i] == null) {
                        previousSentenceProgram[i] = m.entity();
                    }
                }
            }
            for (Mention m : bySentence.get(i)) {
                if (m.entity().type() == EntityType.PROGRAM
                        && runnable.test(m.entity())
                        && named.size() < 2
                        && !named.contains(m.entity())
                        && !Cue.frames(view.cueBefore(i, m))) {
                    named.add(m.entity());
                }
            }
            ownActor[i] = subjects.of(i);
            int unit = discourse.unitOf(i);
            carriedActor[i] = ownActor[i] != null ? ownActor[i].entity() : lastActor[unit];
            Sentence here = sentences.get(i);
            carriedWith.add(
                    ownActor[i] != null
                            ? Coordination.with(here.text(), here.start(), bySentence.get(i), ownActor[i])
                            : lastWith.get(unit));
            // The actor of a line's first sentence is the line's topic and carries on; an actor named later
            // together with a program of its own acts on that program only.
            boolean first = i == 0 || discourse.unitOf(i - 1) != unit;
            boolean namesProgram =
                    bySentence.get(i).stream().anyMatch(m -> m.entity().type() == EntityType.PROGRAM);
            if (first || ownActor[i] == null || !namesProgram) {
                lastActor[unit] = carriedActor[i];
                lastWith.set(unit, carriedWith.get(i));
            }
            carriedPeriod[i] = periodFinder.find(sentences.get(i).text()).orElse(lastPeriod[unit]);
            lastPeriod[unit] = carriedPeriod[i];
        }
    }

    /** The last actor the passage's first line names or carries: who the next line may go on about. */
    Optional<Entity> headActor() {
        return Optional.ofNullable(lastActor[0]);
    }

    /** Who acts in a sentence: named in it, else in an earlier sentence of its line, else in an enclosing line. */
    Optional<Entity> actor(int sentence) {
        if (carriedActor[sentence] != null) {
            return Optional.of(carriedActor[sentence]);
        }
        for (int unit = discourse.parentOf(discourse.unitOf(sentence)); unit >= 0; unit = discourse.parentOf(unit)) {
            if (lastActor[unit] != null) {
                return Optional.of(lastActor[unit]);
            }
        }
        return Optional.empty();
    }

    /**
     * The subject of the next sentence of the line when it names no program of its own: "… mediante acuerdos
     * Banco-Consulado. La red consular mexicana realiza negociaciones …" says who acts on what the sentence
     * before it named with no actor, unless it acts on a program of its own (one named in a clause of purpose
     * is not its own).
     */
    private Optional<Entity> actorNamedNext(int sentence) {
        int next = sentence + 1;
        if (next >= discourse.size()
                || discourse.unitOf(next) != discourse.unitOf(sentence)
                || ownActor[next] == null
                || view.programs(next).stream().anyMatch(p -> !view.inPurpose(next, p))) {
            return Optional.empty();
        }
        return Optional.of(ownActor[next].entity());
    }

    /** The relations stated in the passage. */
    List<Relation> relations() {
        List<Relation> found = new ArrayList<>();
        List<Set<Entity>> partners = new ArrayList<>();
        for (int u = 0; u < discourse.units(); u++) {
            partners.add(new LinkedHashSet<>());
        }
        for (int i = 0; i < discourse.size(); i++) {
            List<Mention> in = bySentence.get(i);
            List<Mention> programs = in.stream()
                    .filter(m -> m.entity().type() == EntityType.PROGRAM)
                    .toList();
            if (programs.isEmpty()) {
                continue;
            }
            SpanRef evidence = spans.of(discourse.sentence(i));
            int first = found.size();
            Set<String> run = new LinkedHashSet<>();
            for (Mention m : in) {
                Entity entity = m.entity();
                if (entity.type() == EntityType.PROGRAM || Subjects.isReportingState(entity, country)) {
                    continue;
                }
                cues.read(i, m, programs, evidence).ifPresent(read -> {
                    found.add(read.relation());
                    if (read.claimsRun()) {
                        run.add(read.relation().object().id());
                    }
                });
            }
            int sentence = i;
            Optional<Entity> actor = actor(i).or(() -> actorNamedNext(sentence));
            if (actor.isPresent()) {
                Mention subject = ownActor[i];
                for (Mention p : programs) {
                    // Not a program the sentence names as a frame, or as another item of a list the actor is in.
                    if (runnable.test(p.entity())
                            && national.test(p.entity())
                            && !Cue.frames(view.cueBefore(i, p))
                            && (subject == null || !view.coordinated(sentence, subject, p))
                            && run.add(p.entity().id())) {
                        found.add(new Relation(actor.get(), RelationKind.RUNS, p.entity(), evidence));
                        if (subject == null) {
                            // A subject carried from a list of organizations ("… y la Embajada … En 2017,
                            // firmaron un Memorándum"): each of them acts.
                            for (Entity other : carriedWith.get(i)) {
                                found.add(
                                        OrganizationRole.isHomeBody(other, country)
                                                ? new Relation(
                                                        other, RelationKind.PARTICIPATES_IN, p.entity(), evidence)
                                                : new Relation(
                                                        p.entity(), RelationKind.CARRIED_OUT_WITH, other, evidence));
                            }
                        }
                    }
                }
            }
            int unit = discourse.unitOf(i);
            for (Relation r : found.subList(first, found.size())) {
                Entity org = r.subject().type() == EntityType.ORGANIZATION ? r.subject() : r.object();
                if (org.type() == EntityType.ORGANIZATION && !OrganizationRole.isHomeBody(org, country)) {
                    partners.get(unit).add(org);
                }
            }
            int opening = openingLine(unit);
            if (opening >= 0) {
                for (Entity partner : partners.get(opening)) {
                    for (Mention p : programs) {
                        found.add(new Relation(p.entity(), RelationKind.CARRIED_OUT_WITH, partner, evidence));
                    }
                }
            }
        }
        return found;
    }

    /** The nearest line enclosing a line that ends with a colon, introducing it; or -1. */
    private int openingLine(int unit) {
        for (int u = discourse.parentOf(unit); u >= 0; u = discourse.parentOf(u)) {
            if (discourse.opensList(u)) {
                return u;
            }
        }
        return -1;
    }

    /** The figures of the passage, each with its program, acting agency and period. */
    List<FigureFact> figures(FigureFinder finder) {
        return new FigureReading(
                        view,
                        runnable,
                        periodFinder,
                        new FigureReading.Context(
                                previousSentenceProgram, onlyProgramBefore, unitPrograms, carriedPeriod, lastPeriod),
                        this::actor)
                .figures(finder);
    }
}
