package org.gcmkg.graph;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.gcmkg.extract.Entity;
import org.gcmkg.extract.FigureFact;
import org.gcmkg.extract.Folding;
import org.gcmkg.extract.PassageFacts;
import org.gcmkg.extract.PassageRole;
import org.gcmkg.extract.Relation;
import org.gcmkg.extract.ReportExtraction;
import org.gcmkg.extract.SpanRef;
import org.gcmkg.segment.Passage;
import org.gcmkg.segment.Section;
import org.gcmkg.segment.SectionKind;
import org.gcmkg.vocab.GCM;
import org.gcmkg.vocab.PROV;
import org.gcmkg.vocab.SCHEMA;

/**
 * Builds the named graph of one report: the report, its sections, actions, future goals, footnotes, figures
 * and relations, with its entities typed by {@link EntityTyping} and its sources quoted by
 * {@link SourceSpans}. Holds the state of that one build.
 */
final class ReportGraph {
    private final Iris iris;
    private final ReportExtraction x;
    private final Model m = Prefixes.newModel();
    private final String reportIri;
    private final Resource report;
    private final List<String> sectionIris = new ArrayList<>();
    private final SourceSpans spans;
    private final List<Resource> sections = new ArrayList<>();
    private final Set<String> usedHashes = new HashSet<>();

    /** The graph of {@code x}, whose report resource is {@code reportIri}. */
    ReportGraph(Iris iris, ReportExtraction x, String reportIri) {
        this.iris = iris;
        this.x = x;
        this.reportIri = reportIri;
        this.report = m.createResource(reportIri, GCM.Report);
        for (Section s : x.report().sections()) {
            sectionIris.add(sectionIri(s));
        }
        this.spans = new SourceSpans(m, iris, report, x.report().source(), sectionIris);
    }

    Model build() {
        describeReport();
        for (int i = 0; i < x.report().sections().size(); i++) {
            sections.add(describeSection(i));
        }
        Map<PassageFacts, Resource> passages = new HashMap<>();
        for (PassageFacts facts : x.passages()) {
            passages.put(facts, describePassage(facts));
        }
        for (PassageFacts facts : x.passages()) {
            for (FigureFact figure : facts.figures()) {
                describeFigure(figure, facts, passages.get(facts));
            }
        }
        new EntityTyping(m, iris, x, spans).describeAll();
        for (Relation r : x.relations()) {
            describeRelation(r);
        }
        return m;
    }

    private void describeReport() {
        var r = x.report();
        var source = r.source();
        report.addProperty(RDF.type, PROV.Entity);
        report.addProperty(DCTerms.title, r.title().text(), "es");
        report.addProperty(RDFS.label, r.title().text(), "es");
        report.addLiteral(DCTerms.issued, m.createTypedLiteral(r.date().toString(), XSDDatatype.XSDdate));
        report.addProperty(DCTerms.language, "es");
        report.addProperty(DCTerms.identifier, source.fileName());
        report.addProperty(GCM.sha256, source.sha256());
        report.addProperty(GCM.reportingCountry, entity(x.country()));
        x.publisher().ifPresent(p -> report.addProperty(DCTerms.publisher, entity(p)));
        for (Entity creator : x.creators()) {
            report.addProperty(DCTerms.creator, entity(creator));
        }
    }

    private Resource describeSection(int index) {
        Section s = x.report().sections().get(index);
        Resource section = m.createResource(
                sectionIris.get(index), s.kind() == SectionKind.OBJECTIVE ? GCM.ObjectiveSection : GCM.ReportSection);
        if (s.kind() == SectionKind.OBJECTIVE) {
            section.addProperty(RDF.type, GCM.ReportSection);
        }
        section.addProperty(RDF.type, PROV.Entity);
        section.addProperty(DCTerms.title, s.title(), "es");
        section.addProperty(RDFS.label, s.title(), "es");
        section.addProperty(GCM.inReport, report);
        report.addProperty(GCM.hasSection, section);
        section.addLiteral(GCM.position, Literals.integer(index + 1));
        section.addLiteral(GCM.lineNumber, Literals.integer(s.heading().firstLine()));
        section.addProperty(
                PROV.wasDerivedFrom,
                spans.of(new SpanRef(index, s.heading().rawStart(), s.heading().rawEnd())));
        if (s.kind() == SectionKind.OBJECTIVE) {
            int n = s.objective().orElseThrow();
            Resource objective = m.createResource(iris.objective(n));
            section.addProperty(GCM.aboutObjective, objective);
            objective.addProperty(RDFS.label, s.title(), "es");
            objective.addProperty(SKOS.altLabel, s.title(), "es");
        } else if (!s.body().isEmpty()) {
            StringBuilder text = new StringBuilder();
            for (Passage p : s.body()) {
                text.append(text.length() == 0 ? "" : "\n\n").append(PlainText.of(p.text()));
            }
            section.addProperty(SCHEMA.text, text.toString(), "es");
        }
        return section;
    }

    /** The IRI of a section: from its objective number, or from its title. */
    private String sectionIri(Section s) {
        String slug = s.kind() == SectionKind.OBJECTIVE
                ? "objective-" + s.objective().orElseThrow()
                : Folding.slug(s.title());
        return iris.section(reportIri, slug);
    }

    private Resource describePassage(PassageFacts facts) {
        Section s = x.report().sections().get(facts.section());
        Resource section = sections.get(facts.section());
        Passage p = facts.passage();
        SpanRef extent = new SpanRef(facts.section(), p.rawStart(), p.rawEnd());
        Resource resource;
        switch (facts.role()) {
            case ACTION, GOAL -> {
                int n = s.objective().orElseThrow();
                String hash = uniqueHash(n + "|" + facts.role() + "|" + Folding.key(p.text()), 12);
                boolean action = facts.role() == PassageRole.ACTION;
                resource = m.createResource(
                        action ? iris.action(reportIri, n, hash) : iris.goal(reportIri, n, hash),
                        action ? GCM.ReportedAction : GCM.FutureGoal);
                resource.addProperty(RDF.type, PROV.Entity);
                resource.addProperty(action ? GCM.underObjective : GCM.goalOf, m.createResource(iris.objective(n)));
                section.addProperty(action ? GCM.hasAction : GCM.hasGoal, resource);
                resource.addProperty(GCM.inSection, section);
                resource.addLiteral(GCM.position, Literals.integer(facts.position()));
                resource.addLiteral(GCM.lineNumber, Literals.integer(p.firstLine()));
                resource.addProperty(SCHEMA.text, PlainText.of(p.text()), "es");
                resource.addProperty(PROV.wasDerivedFrom, spans.of(extent));
                facts.mentions().stream()
                        .map(mention -> mention.entity())
                        .distinct()
                        .forEach(e -> resource.addProperty(GCM.mentions, entity(e)));
            }
            case FOOTNOTE -> {
                resource = m.createResource(iris.footnote(reportIri, facts.position()), GCM.Footnote);
                resource.addProperty(RDF.type, PROV.Entity);
                resource.addLiteral(GCM.footnoteNumber, Literals.integer(facts.position()));
                resource.addProperty(SCHEMA.text, PlainText.of(p.text()), "es");
                resource.addProperty(GCM.inSection, section);
                section.addProperty(GCM.hasFootnote, resource);
                resource.addProperty(PROV.wasDerivedFrom, spans.of(extent));
            }
            default -> {
                return section;
            }
        }
        for (String url : facts.urls()) {
            resource.addProperty(RDFS.seeAlso, m.createResource(url));
        }
        return resource;
    }

    private void describeFigure(FigureFact f, PassageFacts facts, Resource action) {
        int n = x.report().sections().get(facts.section()).objective().orElseThrow();
        String hash =
                uniqueHash("figure|" + f.sentence().text() + "|" + f.figure().text(), 16);
        Resource figure = m.createResource(iris.figure(reportIri, hash), GCM.ReportedFigure);
        figure.addProperty(RDF.type, SCHEMA.QuantitativeValue);
        // A whole value is an xsd:integer ("44"), any other an xsd:decimal in canonical form ("18782.3").
        BigDecimal value = f.figure().value().stripTrailingZeros();
        boolean whole = value.scale() <= 0;
        figure.addLiteral(
                SCHEMA.value,
                m.createTypedLiteral(
                        whole ? value.toBigIntegerExact().toString() : value.toPlainString(),
                        whole ? XSDDatatype.XSDinteger : XSDDatatype.XSDdecimal));
        figure.addProperty(SCHEMA.unitText, f.figure().unitText(), "es");
        f.figure().currency().ifPresent(c -> figure.addProperty(SCHEMA.currency, c));
        figure.addProperty(GCM.figureText, f.figure().text());
        figure.addLiteral(GCM.approximate, m.createTypedLiteral(f.figure().approximate()));
        f.period().ifPresent(period -> {
            figure.addProperty(GCM.periodText, period.text(), "es");
            period.start().ifPresent(d -> figure.addLiteral(GCM.periodStart, Literals.date(d)));
            period.end().ifPresent(d -> figure.addLiteral(GCM.periodEnd, Literals.date(d)));
            period.asOf().ifPresent(d -> figure.addLiteral(GCM.asOf, Literals.date(d)));
        });
        f.program().ifPresent(p -> figure.addProperty(GCM.aboutProgram, entity(p)));

        f.agency().ifPresent(a -> figure.addProperty(GCM.actingAgency, entity(a)));
        figure.addProperty(GCM.reportedIn, action);
        figure.addProperty(GCM.underObjective, m.createResource(iris.objective(n)));
        figure.addProperty(
                PROV.wasDerivedFrom,
                spans.of(new SpanRef(
                        facts.section(), f.sentence().rawStart(), f.sentence().rawEnd())));
    }

    private void describeRelation(Relation r) {
        Resource subject = entity(r.subject());
        Resource object = entity(r.object());
        Property p = switch (r.kind()) {
            case RUNS -> GCM.runs;
            case PARTICIPATES_IN -> GCM.participatesIn;
            case CARRIED_OUT_WITH -> GCM.carriedOutWith;
            case FUNDED_BY -> GCM.fundedBy;
            case LOCATED_IN -> GCM.locatedIn;
        };
        subject.addProperty(p, object);
    }

    private Resource entity(Entity e) {
        return m.createResource(iris.entity(e));
    }

    private String uniqueHash(String content, int length) {
        String hash = Iris.hash(content, length);
        int k = 2;
        while (!usedHashes.add(hash)) {
            hash = Iris.hash(content + "|" + k++, length);
        }
        return hash;
    }
}
