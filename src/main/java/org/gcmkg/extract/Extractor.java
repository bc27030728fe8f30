package org.gcmkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gcmkg.report.ReportFormatException;
import org.gcmkg.segment.Passage;
import org.gcmkg.segment.Section;
import org.gcmkg.segment.SectionKind;
import org.gcmkg.segment.SegmentedReport;
import org.gcmkg.segment.Sentence;

/**
 * Reads entities, figures and relations from a segmented report, with the gazetteer resolving names.
 * Relations are read sentence by sentence: an organization and the program named nearest to it in the
 * same sentence, the relation given by the words just before the organization ("en colaboración con",
 * "financiado por", "realizado por", "entre"); with no such words, a public body of the reporting state
 * runs the program and any other organization is a partner it is carried out with.
 */
public final class Extractor {
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>)\\]]+[^\\s<>).,;\\]]");
    private static final Pattern COMPILED = Pattern.compile("(?i)compilaci[oó]n|se\\s+elabor[oó]|elaborad[oa]\\s+por");

    private final Gazetteer gazetteer;

    public Extractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Reads one report.
     *
     * @throws ReportFormatException when the title names no country the gazetteer knows
     */
    public ReportExtraction extract(SegmentedReport report) throws ReportFormatException {
        Entity country = reportingCountry(report, new MentionFinder(gazetteer));
        MentionFinder known = new MentionFinder(gazetteer.entitiesFor(country.country()));
        NameCapturer capturer = new NameCapturer(gazetteer, country.country());

        // First pass: names the gazetteer does not know, one entity per name however often it recurs.
        Map<String, Entity> captured = new TreeMap<>();
        Previous[] previousActor = {new Previous(-1, PassageRole.BODY, null)};
        forEachPassage(report, (passage, section, role, position) -> {
            List<Mention> mentions = known.find(passage.text());
            boolean italics =
                    report.sections().get(section).kind() == SectionKind.OBJECTIVE && role != PassageRole.FOOTNOTE;
            for (Entity entity : capturer.capture(passage.text(), mentions, italics)) {
                String id = gazetteer.get(entity.id()).isPresent() ? "text-" + entity.id() : entity.id();
                captured.putIfAbsent(id, withId(entity, id));
            }
        });
        List<Entity> all = new ArrayList<>(gazetteer.entitiesFor(country.country()));
        List<Entity> candidates = new ArrayList<>(all);
        candidates.addAll(captured.values());
        captured.replaceAll((id, e) -> UnitParents.placed(e, candidates, gazetteer.unitRules(), country.country()));
        all.addAll(captured.values());
        MentionFinder finder = new MentionFinder(all);
        MentionFinder inner = new MentionFinder(
                all.stream().filter(e -> e.type() != EntityType.PROGRAM).toList());

        // Second pass: mentions, figures, relations.
        List<PassageFacts> passages = new ArrayList<>();
        SortedMap<String, Entity> entities = new TreeMap<>();
        Map<String, SortedSet<SpanRef>> evidence = new TreeMap<>();
        Map<String, SortedSet<Integer>> addresses = new TreeMap<>();
        Set<Relation> relations = new LinkedHashSet<>();
        PeriodFinder periods = new PeriodFinder(report.date());
        FigureFinder figures = new FigureFinder(gazetteer.currencies(), country.country());
        forEachPassage(report, (passage, section, role, position) -> {
            List<Mention> mentions = inner.withInnerNames(finder.find(passage.text()));
            List<Sentence> sentences = passage.sentences();
            for (Mention mention : mentions) {
                Entity entity = mention.entity();
                entities.putIfAbsent(entity.id(), entity);
                addAncestors(entity, entities, captured);
                Sentence sentence = sentences.get(Discourse.sentenceAt(sentences, mention.start()));
                evidence.computeIfAbsent(entity.id(), k -> new TreeSet<>())
                        .add(new SpanRef(section, sentence.rawStart(), sentence.rawEnd()));
            }
            Section s = report.sections().get(section);
            if (role == PassageRole.ACTION) {
                for (Mention mention : mentions) {
                    if (mention.entity().type() == EntityType.PROGRAM) {
                        addresses
                                .computeIfAbsent(mention.entity().id(), k -> new TreeSet<>())
                                .add(s.objective().orElseThrow());
                    }
                }
            }
            List<FigureFact> facts = List.of();
            if (role == PassageRole.ACTION || role == PassageRole.GOAL) {
                // A line that opens with a verb and no subject goes on with the actor of the line before it.
                Entity before = previousActor[0].section() == section && previousActor[0].role() == role
                        ? previousActor[0].actor()
                        : null;
                PassageReading reading = new PassageReading(
                        passage,
                        sentences,
                        mentions,
                        country,
                        periods,
                        s2 -> new SpanRef(section, s2.rawStart(), s2.rawEnd()),
                        this::runnable,
                        e -> !e.inGazetteer() || gazetteer.isNational(e.id()),
                        before);
                relations.addAll(reading.relations());
                previousActor[0] =
                        new Previous(section, role, reading.headActor().orElse(null));
                if (role == PassageRole.ACTION) {
                    facts = reading.figures(figures);
                }
            }
            passages.add(new PassageFacts(passage, section, role, position, mentions, facts, urls(passage.text())));
        });
        Optional<Entity> publisher = gazetteer.governmentOf(country.country());
        publisher.ifPresent(p -> entities.putIfAbsent(p.id(), p));
        entities.putIfAbsent(country.id(), country);
        addAncestors(country, entities, captured);
        List<Entity> creators = creators(report, finder);
        creators.forEach(c -> entities.putIfAbsent(c.id(), c));
        for (Entity entity : List.copyOf(entities.values())) {
            addAncestors(entity, entities, captured);
        }
        List<Entity> unresolved =
                entities.values().stream().filter(e -> !e.inGazetteer()).toList();
        SpanRef title =
                new SpanRef(-1, report.title().rawStart(), report.title().rawEnd());
        return new ReportExtraction(
                report,
                country,
                publisher,
                creators,
                List.copyOf(passages),
                entities,
                InheritedEvidence.of(evidence, entities, title),
                addresses,
                RelationSet.mostSpecific(relations, entities),
                unresolved);
    }

    /** Whether an agency can run a program of this kind (see the {@code runnable} column of program-kinds.csv). */
    private boolean runnable(Entity program) {
        Gazetteer.Kind kind = gazetteer.programKinds().get(program.kind());
        return kind == null || kind.runnable();
    }

    private interface PassageVisitor {
        void visit(Passage passage, int section, PassageRole role, int position);
    }

    private static void forEachPassage(SegmentedReport report, PassageVisitor visitor) {
        for (int i = 0; i < report.sections().size(); i++) {
            Section section = report.sections().get(i);
            int k = 0;
            for (Passage p : section.body()) {
                visitor.visit(p, i, PassageRole.BODY, ++k);
            }
            k = 0;
            for (Passage p : section.actions()) {
                visitor.visit(p, i, PassageRole.ACTION, ++k);
            }
            k = 0;
            for (Passage p : section.goals()) {
                visitor.visit(p, i, PassageRole.GOAL, ++k);
            }
            for (var footnote : section.footnotes()) {
                visitor.visit(footnote.passage(), i, PassageRole.FOOTNOTE, footnote.number());
            }
        }
    }

    private static Entity withId(Entity e, String id) {
        return new Entity(
                e.type(),
                id,
                e.kind(),
                e.nameEs(),
                e.nameEn(),
                e.acronym(),
                e.aliases(),
                e.parent(),
                e.country(),
                e.inGazetteer());
    }

    private void addAncestors(Entity entity, Map<String, Entity> into, Map<String, Entity> captured) {
        Entity current = entity;
        Set<String> seen = new LinkedHashSet<>();
        while (!current.parent().isEmpty() && seen.add(current.id())) {
            String parentId = current.parent();
            Optional<Entity> parent = gazetteer.get(parentId).or(() -> Optional.ofNullable(captured.get(parentId)));
            if (parent.isEmpty()) {
                break;
            }
            into.putIfAbsent(parent.get().id(), parent.get());
            current = parent.get();
        }
        if (!entity.country().isEmpty() && entity.type() == EntityType.ORGANIZATION) {
            gazetteer.countryByIso3(entity.country()).ifPresent(c -> into.putIfAbsent(c.id(), c));
        }
    }

    private Entity reportingCountry(SegmentedReport report, MentionFinder finder) throws ReportFormatException {
        for (Mention mention : finder.find(report.title().text())) {
            Entity e = mention.entity();
            if (e.type() == EntityType.PLACE && e.kind().equals("country")) {
                return e;
            }
            if (e.type() == EntityType.ORGANIZATION && e.kind().equals("government")) {
                Optional<Entity> c = gazetteer.countryByIso3(e.country());
                if (c.isPresent()) {
                    return c.get();
                }
            }
        }
        throw new ReportFormatException(
                report.source().fileName(),
                report.title().firstLine(),
                "the title names no country of the gazetteer (data/gazetteer/places.csv), so the reporting state "
                        + "is unknown: '" + report.title().text() + "'");
    }

    private static List<String> urls(String text) {
        List<String> urls = new ArrayList<>();
        Matcher m = URL.matcher(text);
        while (m.find()) {
            urls.add(m.group());
        }
        return urls;
    }

    private List<Entity> creators(SegmentedReport report, MentionFinder finder) {
        Map<String, Entity> creators = new LinkedHashMap<>();
        for (Section section : report.sections()) {
            if (section.kind() != SectionKind.FRONT) {
                continue;
            }
            for (Passage p : section.body()) {
                for (Sentence s : p.sentences()) {
                    if (!COMPILED.matcher(s.text()).find()) {
                        continue;
                    }
                    List<Entity> orgs = finder.find(s.text()).stream()
                            .map(Mention::entity)
                            .filter(e -> e.type() == EntityType.ORGANIZATION)
                            .distinct()
                            .toList();
                    Set<String> parents = new LinkedHashSet<>();
                    orgs.forEach(o -> parents.add(o.parent()));
                    for (Entity o : orgs) {
                        if (!parents.contains(o.id())) {
                            creators.putIfAbsent(o.id(), o);
                        }
                    }
                }
            }
            if (!creators.isEmpty()) {
                break;
            }
        }
        return List.copyOf(creators.values());
    }

    /** The actor the last action or goal of a section leaves for the next one. */
    private record Previous(int section, PassageRole role, Entity actor) {}
}
