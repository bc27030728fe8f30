package org.gcmkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gcmkg.segment.Sentence;

/**
 * Reads the figures of one passage: which program each is about (its own clause, its sentence, the sentence
 * before, its line, the lines enclosing it up to the paragraph that opens its list) and its period (the
 * nearest dating context). The rules are in {@code docs/report-format.md}.
 */
final class FigureReading {
    private static final Pattern SINCE_LAUNCH =
            Pattern.compile("(?iu)(?<![\\p{L}])(?:desde|a\\s+partir\\s+de)\\s+(?:su|la)\\s+"
                    + "(?:lanzamiento|creaci[oó]n|inicio|activaci[oó]n|apertura|puesta\\s+en\\s+marcha|instalaci[oó]n|firma|"
                    + "entrada\\s+en\\s+vigor)(?![\\p{L}])");
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "(?iu);|,\\s*(?:asimismo|además|así\\s+como|mientras|" + "por\\s+otra\\s+parte|y|e)(?![\\p{L}])");

    /**
     * What the discourse reading knows of the passage's programs and periods.
     *
     * @param previousSentenceProgram per sentence: the topic program of the sentence before it in its line
     * @param onlyProgramBefore       per sentence: the one program its line names before it, if exactly one
     * @param unitPrograms            per line: the first (at most two) programs it names
     * @param carriedPeriod           per sentence: its own period, or the last one stated before it in its line
     * @param lastPeriod              per line: the last period it states
     */
    @SuppressWarnings("ArrayRecordComponent") // a carrier indexed by sentence or line, never compared
    record Context(
            Entity[] previousSentenceProgram,
            Entity[] onlyProgramBefore,
            List<List<Entity>> unitPrograms,
            Period[] carriedPeriod,
            Period[] lastPeriod) {}

    private final SentenceView view;
    private final Discourse discourse;
    private final Predicate<Entity> runnable;
    private final PeriodFinder periodFinder;
    private final Context context;
    private final IntFunction<Optional<Entity>> actor;

    FigureReading(
            SentenceView view,
            Predicate<Entity> runnable,
            PeriodFinder periodFinder,
            Context context,
            IntFunction<Optional<Entity>> actor) {
        this.view = view;
        this.discourse = view.discourse();
        this.runnable = runnable;
        this.periodFinder = periodFinder;
        this.context = context;
        this.actor = actor;
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
                Optional<Period> period =
                        sinceLaunch(sentence, own, lastStart).or(() -> own).or(() -> context);
                facts.add(new FigureFact(figure, sentence, period, program(i, at), actor.apply(i)));
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
        List<Mention> named = view.mentions(sentence).stream()
                .filter(m -> m.entity().type() == EntityType.PROGRAM && runnable.test(m.entity()))
                .toList();
        // A program named in an aside, "(… del Programa IMSS PROSPERA)", is not what the sentence is about.
        List<Mention> main =
                named.stream().filter(m -> !view.inParentheses(sentence, m)).toList();
        List<Mention> own = main.isEmpty() ? named : main;
        Sentence s = discourse.sentence(sentence);
        List<Mention> before = own.stream().filter(m -> m.start() < at).toList();
        if (!before.isEmpty()) {
            // The nearest before it in its own clause; a clause that names none is about the sentence's topic.
            Mention last = before.get(before.size() - 1);
            boolean sameClause = !CLAUSE_BREAK
                    .matcher(s.text().substring(Math.min(last.end(), at) - s.start(), at - s.start()))
                    .find();
            return Optional.of((sameClause ? last : before.get(0)).entity());
        }
        // A program named after the figure, in the same clause ("…, asimismo, se llevó a cabo la Semana …" is
        // another clause, about something else).
        Optional<Mention> after = own.stream()
                .findFirst()
                .filter(m -> !CLAUSE_BREAK
                        .matcher(s.text()
                                .substring(Math.min(at - s.start(), m.start() - s.start()), m.start() - s.start()))
                        .find());
        if (after.isPresent()) {
            return after.map(Mention::entity);
        }
        return contextProgram(sentence);
    }

    /** The program a sentence's context is about: the sentence before, its line, its paragraph or list. */
    private Optional<Entity> contextProgram(int sentence) {
        int unit = discourse.unitOf(sentence);
        Optional<Entity> found = Optional.ofNullable(context.previousSentenceProgram()[sentence])
                .or(() -> Optional.ofNullable(context.onlyProgramBefore()[sentence]));
        boolean item = discourse.isItem(unit);
        if (found.isEmpty() && !item && unit > 0) {
            // A paragraph that carries on its action's head is about the head's topic, its first program.
            found = context.unitPrograms().get(0).isEmpty()
                    ? Optional.empty()
                    : Optional.of(context.unitPrograms().get(0).get(0));
        }
        while (found.isEmpty() && item) {
            unit = discourse.parentOf(unit);
            if (unit < 0) {
                break;
            }
            found = context.unitPrograms().get(unit).size() == 1
                    ? Optional.of(context.unitPrograms().get(unit).get(0))
                    : Optional.empty();
            item = discourse.isItem(unit);
        }
        return found;
    }

    /**
     * The period of a sentence's figures: its own; else the last one stated earlier in its line; else the
     * nearest enclosing line's: a year bullet's year, or the last period that line states.
     */
    private Optional<Period> period(int sentence) {
        if (context.carriedPeriod()[sentence] != null) {
            return Optional.of(context.carriedPeriod()[sentence]);
        }
        for (int unit = discourse.parentOf(discourse.unitOf(sentence)); unit >= 0; unit = discourse.parentOf(unit)) {
            OptionalInt year = discourse.yearOf(unit);
            if (year.isPresent()) {
                String y = String.valueOf(year.getAsInt());
                return Optional.of(new Period(y, Optional.of(y), Optional.of(y), Optional.empty()));
            }
            if (context.lastPeriod()[unit] != null) {
                return Optional.of(context.lastPeriod()[unit]);
            }
        }
        return Optional.empty();
    }
}
