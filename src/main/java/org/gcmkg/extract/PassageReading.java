package org.gcmkg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gcmkg.segment.Passage;
import org.gcmkg.segment.Sentence;

/**
 * Reads the relations and figures of one passage from its discourse: who acts in each sentence (named in
 * it, or carried from an earlier sentence of the same line, or from the line that encloses it), which
 * program each figure is about (its own sentence, its line, the lines enclosing it up to the paragraph that
 * opens its list), and its period (the nearest dating context). The rules are in
 * {@code docs/report-format.md}.
 */
final class PassageReading {
    private static final Pattern SINCE_LAUNCH = Pattern.compile("(?iu)(?<![\\p{L}])(?:desde|a\\s+partir\\s+de)\\s+(?:su|la)\\s+"
            + "(?:lanzamiento|creaci[oó]n|inicio|activaci[oó]n|apertura|puesta\\s+en\\s+marcha|instalaci[oó]n|firma|"
            + "entrada\\s+en\\s+vigor)(?![\\p{L}])");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?iu);|,\\s*(?:asimismo|además|así\\s+como|mientras|"
            + "por\\s+otra\\s+parte|y|e)(?![\\p{L}])");
    private static final Pattern OF = Pattern.compile("[*”\"]?\\s*(?:de|del)\\s+(?:(?:la|el|los|las)\\s+)?");
    private static final Pattern COORDINATION = Pattern.compile("\\s*(?:y|e)\\s+(?:(?:el|la|los|las)\\s+)?");
    private final Discourse discourse;
    private final SpanSource spans;
    private final Entity country;
    private final Predicate<Entity> runnable;
    private final PeriodFinder periodFinder;
    private final Predicate<Entity> national;
    private final List<List<Mention>> bySentence = new ArrayList<>();
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
     */
    PassageReading(Passage passage, List<Sentence> sentences, List<Mention> mentions, Entity country,
            PeriodFinder periodFinder, SpanSource spans, Predicate<Entity> runnable, Predicate<Entity> national) {
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
        for (int i = 0; i < n; i++) {
            List<Entity> named = unitPrograms.get(discourse.unitOf(i));
            onlyProgramBefore[i] = named.size() == 1 ? named.get(0) : null;
            if (i > 0 && discourse.unitOf(i - 1) == discourse.unitOf(i)) {
                for (Mention m : bySentence.get(i - 1)) {
                    if (m.entity().type() == EntityType.PROGRAM && runnable.test(m.entity())
                            && !inParentheses(i - 1, m) && !aside(i - 1, m) && previousSentenceProgram[i] == null) {
                        previousSentenceProgram[i] = m.entity();
                    }
                }
            }
            for (Mention m : bySentence.get(i)) {
                if (m.entity().type() == EntityType.PROGRAM && runnable.test(m.entity()) && named.size() < 2
                        && !named.contains(m.entity()) && !Cue.frames(cueBefore(i, m))) {
                    named.add(m.entity());
                }
            }
            ownActor[i] = findOwnActor(i);
            int unit = discourse.unitOf(i);
            carriedActor[i] = ownActor[i] != null ? ownActor[i].entity() : lastActor[unit];
            Sentence here = sentences.get(i);
            carriedWith.add(ownActor[i] != null ? Coordination.with(here.text(), here.start(), bySentence.get(i), ownActor[i])
                    : lastWith.get(unit));
            // The actor of a line's first sentence is the line's topic and carries on; an actor named later
            // together with a program of its own acts on that program only.
            boolean first = i == 0 || discourse.unitOf(i - 1) != unit;
            boolean namesProgram = bySentence.get(i).stream().anyMatch(m -> m.entity().type() == EntityType.PROGRAM);
            if (first || ownActor[i] == null || !namesProgram) {
                lastActor[unit] = carriedActor[i];
                lastWith.set(unit, carriedWith.get(i));
            }
            carriedPeriod[i] = periodFinder.find(sentences.get(i).text()).orElse(lastPeriod[unit]);
            lastPeriod[unit] = carriedPeriod[i];
        }
    }

    /** Whether an organization is the reporting state itself (its government), not one of its agencies. */
    static boolean isReportingState(Entity e, Entity country) {
        return e.type() == EntityType.ORGANIZATION && e.kind().equals("government")
                && e.country().equals(country.country());
    }

    private String cueBefore(int sentence, Mention m) {
        Sentence s = discourse.sentence(sentence);
        int at = m.start() - s.start();
        return s.text().substring(Math.max(0, at - Cue.WINDOW), at);
    }

    /** The first public body of the reporting state that acts in the sentence (no partner cue before it). */
    private Mention findOwnActor(int sentence) {
        List<Mention> programs = bySentence.get(sentence).stream()
                .filter(m -> m.entity().type() == EntityType.PROGRAM).toList();
        for (Mention m : bySentence.get(sentence)) {
            Entity e = m.entity();
            // A body named inside a program's name ("Programa IME Becas") is part of that name, not the subject.
            boolean inName = programs.stream().anyMatch(p -> p.start() <= m.start() && m.end() <= p.end());
            if (e.type() == EntityType.ORGANIZATION && Extractor.isHomeBody(e, country) && !isReportingState(e, country)
                    && !inName) {
                Cue cue = Cue.before(cueBefore(sentence, m));
                if (cue == Cue.RUN_BY || cue == Cue.NONE) {
                    return m;
                }
            }
        }
        return null;
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

    /** The relations stated in the passage. */
    List<Relation> relations() {
        List<Relation> found = new ArrayList<>();
        List<Set<Entity>> partners = new ArrayList<>();
        for (int u = 0; u < discourse.units(); u++) {
            partners.add(new LinkedHashSet<>());
        }
        for (int i = 0; i < discourse.size(); i++) {
            List<Mention> in = bySentence.get(i);
            List<Mention> programs = in.stream().filter(m -> m.entity().type() == EntityType.PROGRAM).toList();
            if (programs.isEmpty()) {
                continue;
            }
            SpanRef evidence = spans.of(discourse.sentence(i));
            int first = found.size();
            Set<String> run = new LinkedHashSet<>();
            for (Mention m : in) {
                Entity entity = m.entity();
                if (entity.type() == EntityType.PROGRAM || isReportingState(entity, country)) {
                    continue;
                }
                Mention program = Mention.nearest(programs, m);
                if (entity.type() == EntityType.ORGANIZATION) {
                    // Not a program named alongside the subject, nor one listed with the organization itself.
                    int sentence = i;
                    Set<Entity> alongside = new HashSet<>();
                    programs.stream().filter(p -> Cue.alongside(cueBefore(sentence, p))).forEach(p -> alongside.add(p.entity()));
                    List<Mention> targets = programs.stream().filter(p -> !alongside.contains(p.entity())
                            && !coordinated(sentence, m, p)).toList();
                    if (targets.isEmpty()) {
                        continue;
                    }
                    program = Mention.nearest(targets, m);
                }
                if (entity.type() == EntityType.PLACE) {
                    if (!entity.id().equals(country.id())) {
                        found.add(new Relation(program.entity(), RelationKind.LOCATED_IN, entity, evidence));
                    }
                    continue;
                }
                String words = cueBefore(i, m);
                Cue cue = Cue.before(words);
                // "En el marco de la Alianza del Pacífico": the frame of what is done, not a party to it; "los
                // Estados parte de la Alianza del Pacífico" inside an agreement's name: not a party either.
                boolean inName = programs.stream().anyMatch(p -> p.start() <= m.start() && m.end() <= p.end());
                if (Cue.frames(words) || inName && Cue.genitive(words)) {
                    continue;
                }
                boolean home = Extractor.isHomeBody(entity, country);
                boolean genitive = home && cue == Cue.NONE && Cue.genitive(cueBefore(i, m));
                if (cue == Cue.VENUE || cue == Cue.RECIPIENT || !runnable.test(program.entity())) {
                    continue;
                }
                if (genitive) {
                    // An agency in the complement of a noun ("el acuerdo 286 de la SEP") owns what that noun names: a program
                    // named right before it ("la Campaña … de la CNDH"), else nothing the sentence names.
                    Optional<Mention> owned = ownedBy(i, m, programs);
                    if (owned.isEmpty() || !runnable.test(owned.get().entity())) {
                        continue;
                    }
                    found.add(new Relation(entity, RelationKind.RUNS, owned.get().entity(), evidence));
                    continue;
                }
                if (cue == Cue.FUNDED) {
                    found.add(new Relation(program.entity(), RelationKind.FUNDED_BY, entity, evidence));
                } else if (cue == Cue.BETWEEN || (home && cue == Cue.WITH)) {
                    found.add(new Relation(entity, RelationKind.PARTICIPATES_IN, program.entity(), evidence));
                } else if (!home && cue != Cue.RUN_BY) {
                    found.add(new Relation(program.entity(), RelationKind.CARRIED_OUT_WITH, entity, evidence));
                } else {
                    found.add(new Relation(entity, RelationKind.RUNS, program.entity(), evidence));
                    run.add(program.entity().id());
                }
            }
            Optional<Entity> actor = actor(i);
            if (actor.isPresent()) {
                Mention subject = ownActor[i];
                int sentence = i;
                for (Mention p : programs) {
                    // Not a program the sentence names as a frame, or as another item of a list the actor is in.
                    if (runnable.test(p.entity()) && national.test(p.entity()) && !Cue.frames(cueBefore(i, p))
                            && (subject == null || !coordinated(sentence, subject, p))
                            && run.add(p.entity().id())) {
                        found.add(new Relation(actor.get(), RelationKind.RUNS, p.entity(), evidence));
                        if (subject == null) {
                            // A subject carried from a list of organizations ("… y la Embajada … En 2017,
                            // firmaron un Memorándum"): each of them acts.
                            for (Entity other : carriedWith.get(i)) {
                                found.add(Extractor.isHomeBody(other, country)
                                        ? new Relation(other, RelationKind.PARTICIPATES_IN, p.entity(), evidence)
                                        : new Relation(p.entity(), RelationKind.CARRIED_OUT_WITH, other, evidence));
                            }
                        }
                    }
                }
            }
            int unit = discourse.unitOf(i);
            for (Relation r : found.subList(first, found.size())) {
                Entity org = r.subject().type() == EntityType.ORGANIZATION ? r.subject() : r.object();
                if (org.type() == EntityType.ORGANIZATION && !Extractor.isHomeBody(org, country)) {
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

    /** The program named right before an organization in the genitive ("la Campaña … de la CNDH"). */
    private Optional<Mention> ownedBy(int sentence, Mention org, List<Mention> programs) {
        Sentence s = discourse.sentence(sentence);
        return programs.stream().filter(p -> p.end() <= org.start()
                && OF.matcher(s.text().substring(p.end() - s.start(), org.start() - s.start())).matches()).findFirst();
    }

    /**
     * Whether a program is named in passing: as a place ("consultas en el Sistema de NAPHISIS") or in the
     * complement of a noun ("la asignación de la CURP"), so it is not the topic later sentences go on about.
     */
    private boolean aside(int sentence, Mention m) {
        String words = cueBefore(sentence, m);
        return Cue.before(words) == Cue.VENUE || Cue.genitive(words);
    }

    /** Whether a mention stands inside parentheses opened in its sentence. */
    private boolean inParentheses(int sentence, Mention m) {
        Sentence s = discourse.sentence(sentence);
        int depth = 0;
        for (int k = 0; k < m.start() - s.start() && k < s.text().length(); k++) {
            char c = s.text().charAt(k);
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
        }
        return depth > 0;
    }

    /** Whether an organization and a program are items of one list ("la Unidad … y el Mecanismo …"). */
    private boolean coordinated(int sentence, Mention org, Mention program) {
        if (program.start() < org.end()) {
            return false;
        }
        Sentence s = discourse.sentence(sentence);
        String between = s.text().substring(org.end() - s.start(), program.start() - s.start());
        return COORDINATION.matcher(between).matches();
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
        List<FigureFact> facts = new ArrayList<>();
        Optional<String> lastStart = Optional.empty();
        for (int i = 0; i < discourse.size(); i++) {
            Sentence sentence = discourse.sentence(i);
            Optional<Period> context = period(i);
            for (Figure figure : finder.find(sentence.text())) {
                int at = sentence.start() + figure.start();
                // The period stated nearest the number in its own sentence, else its dating context.
                Optional<Period> own = periodFinder.nearest(sentence.text(), figure.start(), figure.numberEnd());
                Optional<Period> period = sinceLaunch(sentence, own, lastStart).or(() -> own).or(() -> context);
                facts.add(new FigureFact(figure, sentence, period, program(i, at), actor(i)));
            }
            for (PeriodFinder.Located l : periodFinder.all(sentence.text())) {
                if (l.period().start().isPresent()) {
                    lastStart = l.period().start();
                }
            }
        }
        return facts;
    }

    /**
     * "Desde su lanzamiento y hasta el 31 de julio de 2018", "a partir de la firma del MoU": a period that runs
     * from the launch of what the passage is about starts at the last date the passage stated before it, and
     * ends where the sentence says, if it does.
     */
    private static Optional<Period> sinceLaunch(Sentence sentence, Optional<Period> own, Optional<String> lastStart) {
        Matcher since = SINCE_LAUNCH.matcher(sentence.text());
        if (lastStart.isEmpty() || own.flatMap(Period::start).isPresent() || !since.find()) {
            return Optional.empty();
        }
        return Optional.of(own.map(p -> new Period(p.text(), lastStart, p.end(), p.asOf()))
                .orElse(new Period(since.group(), lastStart, Optional.empty(), Optional.empty())));
    }

    /**
     * The program a figure is about (a law or regulation frames a figure, it is not what it counts): the
     * program its sentence names (the nearest before the figure in its clause, else the sentence's first one
     * before it, else the first after it within its clause; one named in parentheses only when no other is); else the first program the sentence just before it
     * names; else the one program its line names before it; else, in a paragraph that carries on the
     * action, the first program the action's head names; else, in a list item, the one program an enclosing
     * line names, up to and including the paragraph that opens its list (never beyond it).
     */
    private Optional<Entity> program(int sentence, int at) {
        List<Mention> named = bySentence.get(sentence).stream()
                .filter(m -> m.entity().type() == EntityType.PROGRAM && runnable.test(m.entity())).toList();
        // A program named in an aside, "(… del Programa IMSS PROSPERA)", is not what the sentence is about.
        List<Mention> main = named.stream().filter(m -> !inParentheses(sentence, m)).toList();
        List<Mention> own = main.isEmpty() ? named : main;
        Sentence s = discourse.sentence(sentence);
        List<Mention> before = own.stream().filter(m -> m.start() < at).toList();
        if (!before.isEmpty()) {
            // The nearest before it in its own clause; a clause that names none is about the sentence's topic.
            Mention last = before.get(before.size() - 1);
            boolean sameClause = !CLAUSE_BREAK.matcher(s.text().substring(Math.min(last.end(), at) - s.start(), at - s.start())).find();
            return Optional.of((sameClause ? last : before.get(0)).entity());
        }
        // A program named after the figure, in the same clause ("…, asimismo, se llevó a cabo la Semana …" is
        // another clause, about something else).
        Optional<Mention> after = own.stream().findFirst()
                .filter(m -> !CLAUSE_BREAK.matcher(s.text().substring(Math.min(at - s.start(), m.start() - s.start()),
                        m.start() - s.start())).find());
        if (after.isPresent()) {
            return after.map(Mention::entity);
        }
        return contextProgram(sentence);
    }

    /** The program a sentence's context is about: the sentence before, its line, its paragraph or list. */
    private Optional<Entity> contextProgram(int sentence) {
        int unit = discourse.unitOf(sentence);
        Optional<Entity> found = Optional.ofNullable(previousSentenceProgram[sentence])
                .or(() -> Optional.ofNullable(onlyProgramBefore[sentence]));
        boolean item = discourse.isItem(unit);
        if (found.isEmpty() && !item && unit > 0) {
            // A paragraph that carries on its action's head is about the head's topic, its first program.
            found = unitPrograms.get(0).isEmpty() ? Optional.empty() : Optional.of(unitPrograms.get(0).get(0));
        }
        while (found.isEmpty() && item) {
            unit = discourse.parentOf(unit);
            if (unit < 0) {
                break;
            }
            found = unitPrograms.get(unit).size() == 1 ? Optional.of(unitPrograms.get(unit).get(0)) : Optional.empty();
            item = discourse.isItem(unit);
        }
        return found;
    }


    /**
     * The period of a sentence's figures: its own; else the last one stated earlier in its line; else the
     * nearest enclosing line's: a year bullet's year, or the last period that line states.
     */
    private Optional<Period> period(int sentence) {
        if (carriedPeriod[sentence] != null) {
            return Optional.of(carriedPeriod[sentence]);
        }
        for (int unit = discourse.parentOf(discourse.unitOf(sentence)); unit >= 0; unit = discourse.parentOf(unit)) {
            OptionalInt year = discourse.yearOf(unit);
            if (year.isPresent()) {
                String y = String.valueOf(year.getAsInt());
                return Optional.of(new Period(y, Optional.of(y), Optional.of(y), Optional.empty()));
            }
            if (lastPeriod[unit] != null) {
                return Optional.of(lastPeriod[unit]);
            }
        }
        return Optional.empty();
    }
}
