package org.gcmkg.graph;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.gcmkg.extract.Entity;
import org.gcmkg.extract.EntityType;
import org.gcmkg.extract.Extractor;
import org.gcmkg.extract.FigureFact;
import org.gcmkg.extract.Gazetteer;
import org.gcmkg.extract.PassageFacts;
import org.gcmkg.extract.PassageRole;
import org.gcmkg.extract.Relation;
import org.gcmkg.extract.ReportExtraction;
import org.gcmkg.extract.SpanRef;
import org.gcmkg.report.ReportText;
import org.gcmkg.segment.Passage;
import org.gcmkg.segment.Section;
import org.gcmkg.segment.SectionKind;
import org.gcmkg.vocab.GCM;
import org.gcmkg.vocab.OA;
import org.gcmkg.vocab.ORG;
import org.gcmkg.vocab.PROV;
import org.gcmkg.vocab.SCHEMA;

/**
 * Turns what was read from a report into RDF: the report's named graph. Also builds the reference graph
 * (objectives and kind schemes) shared by all reports.
 */
public final class GraphBuilder {
    private static final int CONTEXT = 32;

    private final Iris iris;

    public GraphBuilder(Iris iris) {
        this.iris = iris;
    }

    /** The slug of a report's IRI: reporting state's ISO code and the report date. */
    public static String reportSlug(ReportExtraction extraction) {
        return extraction.country().country().toLowerCase() + "-" + extraction.report().date();
    }

    /** The reference graph: the GCM objectives as a SKOS concept scheme, and the kind schemes. */
    public Model referenceGraph(GcmObjectives objectives, Gazetteer gazetteer) {
        Model m = newModel();
        Resource scheme = m.createResource(iris.objectiveScheme(), SKOS.ConceptScheme);
        scheme.addProperty(SKOS.prefLabel, "Global Compact for Safe, Orderly and Regular Migration", "en");
        scheme.addProperty(SKOS.prefLabel, "Pacto Mundial para una Migración Segura, Ordenada y Regular", "es");
        scheme.addProperty(RDFS.label, "Global Compact for Safe, Orderly and Regular Migration", "en");
        scheme.addProperty(DCTerms.source, m.createResource("https://undocs.org/A/RES/73/195"));
        for (int n = 1; n <= 23; n++) {
            Resource o = m.createResource(iris.objective(n), GCM.Objective);
            o.addProperty(RDF.type, SKOS.Concept);
            o.addProperty(SKOS.inScheme, scheme);
            o.addProperty(SKOS.topConceptOf, scheme);
            scheme.addProperty(SKOS.hasTopConcept, o);
            o.addProperty(SKOS.notation, String.valueOf(n));
            o.addLiteral(GCM.objectiveNumber, m.createTypedLiteral(String.valueOf(n), XSDDatatype.XSDinteger));
            o.addProperty(SKOS.prefLabel, objectives.englishTitle(n), "en");
            o.addProperty(RDFS.label, objectives.englishTitle(n), "en");
        }
        kindScheme(m, iris.programKindScheme(), "Kinds of program", "Tipos de programa", GCM.ProgramKind,
                gazetteer.programKinds(), true);
        kindScheme(m, iris.organizationKindScheme(), "Kinds of organization", "Tipos de organización",
                GCM.OrganizationKind, gazetteer.organizationKinds(), false);
        return m;
    }

    private void kindScheme(Model m, String schemeIri, String en, String es, Resource type,
            Map<String, Gazetteer.Kind> kinds, boolean programs) {
        Resource scheme = m.createResource(schemeIri, SKOS.ConceptScheme);
        scheme.addProperty(SKOS.prefLabel, en, "en").addProperty(SKOS.prefLabel, es, "es");
        for (Gazetteer.Kind kind : kinds.values()) {
            Resource k = m.createResource(programs ? iris.programKind(kind.id()) : iris.organizationKind(kind.id()), type);
            k.addProperty(RDF.type, SKOS.Concept).addProperty(SKOS.inScheme, scheme)
                    .addProperty(SKOS.notation, kind.id())
                    .addProperty(SKOS.prefLabel, kind.labelEn(), "en").addProperty(SKOS.prefLabel, kind.labelEs(), "es")
                    .addProperty(RDFS.label, kind.labelEn(), "en").addProperty(RDFS.label, kind.labelEs(), "es");
        }
    }

    /** The named graph of one report. */
    public Model reportGraph(ReportExtraction x) {
        return new ReportGraph(x).build();
    }

    private static Model newModel() {
        Model m = ModelFactory.createDefaultModel();
        Prefixes.apply(m);
        return m;
    }

    /** Builds one report's graph; holds the state of that one build. */
    private final class ReportGraph {
        private final ReportExtraction x;
        private final ReportText source;
        private final Model m = newModel();
        private final String reportIri;
        private final Resource report;
        private final List<Resource> sections = new ArrayList<>();
        private final Map<SpanRef, Resource> spans = new HashMap<>();
        private final Set<String> usedHashes = new HashSet<>();

        ReportGraph(ReportExtraction x) {
            this.x = x;
            this.source = x.report().source();
            this.reportIri = iris.report(reportSlug(x));
            this.report = m.createResource(reportIri, GCM.Report);
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
            describeEntities();
            for (Relation r : x.relations()) {
                describeRelation(r);
            }
            return m;
        }

        private void describeReport() {
            var r = x.report();
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
            Resource section = m.createResource(sectionIri(index),
                    s.kind() == SectionKind.OBJECTIVE ? GCM.ObjectiveSection : GCM.ReportSection);
            if (s.kind() == SectionKind.OBJECTIVE) {
                section.addProperty(RDF.type, GCM.ReportSection);
            }
            section.addProperty(RDF.type, PROV.Entity);
            section.addProperty(DCTerms.title, s.title(), "es");
            section.addProperty(RDFS.label, s.title(), "es");
            section.addProperty(GCM.inReport, report);
            report.addProperty(GCM.hasSection, section);
            section.addLiteral(GCM.position, integer(index + 1));
            section.addLiteral(GCM.lineNumber, integer(s.heading().firstLine()));
            section.addProperty(PROV.wasDerivedFrom, span(new SpanRef(index, s.heading().rawStart(), s.heading().rawEnd())));
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
        private String sectionIri(int index) {
            Section s = x.report().sections().get(index);
            String slug = s.kind() == SectionKind.OBJECTIVE ? "objective-" + s.objective().orElseThrow()
                    : org.gcmkg.extract.Folding.slug(s.title());
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
                    String hash = uniqueHash(n + "|" + facts.role() + "|" + org.gcmkg.extract.Folding.key(p.text()), 12);
                    boolean action = facts.role() == PassageRole.ACTION;
                    resource = m.createResource(action ? iris.action(reportIri, n, hash) : iris.goal(reportIri, n, hash),
                            action ? GCM.ReportedAction : GCM.FutureGoal);
                    resource.addProperty(RDF.type, PROV.Entity);
                    resource.addProperty(action ? GCM.underObjective : GCM.goalOf, m.createResource(iris.objective(n)));
                    section.addProperty(action ? GCM.hasAction : GCM.hasGoal, resource);
                    resource.addProperty(GCM.inSection, section);
                    resource.addLiteral(GCM.position, integer(facts.position()));
                    resource.addLiteral(GCM.lineNumber, integer(p.firstLine()));
                    resource.addProperty(SCHEMA.text, PlainText.of(p.text()), "es");
                    resource.addProperty(PROV.wasDerivedFrom, span(extent));
                    facts.mentions().stream().map(mention -> mention.entity()).distinct()
                            .forEach(e -> resource.addProperty(GCM.mentions, entity(e)));
                }
                case FOOTNOTE -> {
                    resource = m.createResource(iris.footnote(reportIri, facts.position()), GCM.Footnote);
                    resource.addProperty(RDF.type, PROV.Entity);
                    resource.addLiteral(GCM.footnoteNumber, integer(facts.position()));
                    resource.addProperty(SCHEMA.text, PlainText.of(p.text()), "es");
                    resource.addProperty(GCM.inSection, section);
                    section.addProperty(GCM.hasFootnote, resource);
                    resource.addProperty(PROV.wasDerivedFrom, span(extent));
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
            String hash = uniqueHash("figure|" + f.sentence().text() + "|" + f.figure().text(), 16);
            Resource figure = m.createResource(iris.figure(reportIri, hash), GCM.ReportedFigure);
            figure.addProperty(RDF.type, SCHEMA.QuantitativeValue);
            // A whole value is an xsd:integer ("44"), any other an xsd:decimal in canonical form ("18782.3").
            BigDecimal value = f.figure().value().stripTrailingZeros();
            boolean whole = value.scale() <= 0;
            figure.addLiteral(SCHEMA.value, m.createTypedLiteral(whole ? value.toBigIntegerExact().toString()
                    : value.toPlainString(), whole ? XSDDatatype.XSDinteger : XSDDatatype.XSDdecimal));
            figure.addProperty(SCHEMA.unitText, f.figure().unitText(), "es");
            f.figure().currency().ifPresent(c -> figure.addProperty(SCHEMA.currency, c));
            figure.addProperty(GCM.figureText, f.figure().text());
            figure.addLiteral(GCM.approximate, m.createTypedLiteral(f.figure().approximate()));
            f.period().ifPresent(period -> {
                figure.addProperty(GCM.periodText, period.text(), "es");
                period.start().ifPresent(d -> figure.addLiteral(GCM.periodStart, dateLiteral(d)));
                period.end().ifPresent(d -> figure.addLiteral(GCM.periodEnd, dateLiteral(d)));
                period.asOf().ifPresent(d -> figure.addLiteral(GCM.asOf, dateLiteral(d)));
            });
            f.program().ifPresent(p -> figure.addProperty(GCM.aboutProgram, entity(p)));

            f.agency().ifPresent(a -> figure.addProperty(GCM.actingAgency, entity(a)));
            figure.addProperty(GCM.reportedIn, action);
            figure.addProperty(GCM.underObjective, m.createResource(iris.objective(n)));
            figure.addProperty(PROV.wasDerivedFrom, span(new SpanRef(facts.section(), f.sentence().rawStart(),
                    f.sentence().rawEnd())));
        }

        private void describeEntities() {
            for (Entity e : x.entities().values()) {
                Resource r = entity(e);
                switch (e.type()) {
                    case ORGANIZATION -> {
                        r.addProperty(RDF.type, ORG.Organization);
                        r.addProperty(RDF.type, switch (Extractor.roleOf(e, x.country())) {
                            case REPORTING_GOVERNMENT -> GCM.ReportingGovernment;
                            case PUBLIC_AGENCY -> GCM.PublicAgency;
                            case DOMESTIC_PARTNER -> GCM.DomesticPartner;
                            case INTERNATIONAL_PARTNER -> GCM.InternationalPartner;
                        });
                        r.addProperty(GCM.organizationKind, m.createResource(iris.organizationKind(e.kind())));
                        if (!e.parent().isEmpty()) {
                            r.addProperty(ORG.subOrganizationOf, m.createResource(iris.organization(e.parent())));
                        }
                        if (!e.country().isEmpty()) {
                            x.entities().values().stream()
                                    .filter(c -> c.type() == EntityType.PLACE && c.kind().equals("country")
                                            && c.country().equals(e.country()))
                                    .findFirst().ifPresent(c -> r.addProperty(GCM.country, entity(c)));
                        }
                    }
                    case PLACE -> {
                        r.addProperty(RDF.type, GCM.Place);
                        r.addProperty(RDF.type, switch (e.kind()) {
                            case "country" -> GCM.Country;
                            case "subdivision" -> GCM.Subdivision;
                            case "city" -> GCM.City;
                            default -> GCM.Region;
                        });
                        if (!e.parent().isEmpty()) {
                            r.addProperty(GCM.locatedIn, m.createResource(iris.place(e.parent())));
                        }
                    }
                    case PROGRAM -> {
                        r.addProperty(RDF.type, GCM.Program);
                        r.addProperty(GCM.programKind, m.createResource(iris.programKind(e.kind())));
                        for (Integer n : x.addresses().getOrDefault(e.id(), new TreeSet<>())) {
                            r.addProperty(GCM.addresses, m.createResource(iris.objective(n)));
                        }
                    }
                    default -> throw new IllegalStateException(e.type().toString());
                }
                r.addProperty(RDFS.label, e.nameEs(), "es");
                r.addProperty(SKOS.prefLabel, e.nameEs(), "es");
                if (!e.nameEn().isEmpty()) {
                    r.addProperty(RDFS.label, e.nameEn(), "en");
                    r.addProperty(SKOS.prefLabel, e.nameEn(), "en");
                }
                for (String alias : e.aliases()) {
                    r.addProperty(SKOS.altLabel, alias, "es");
                }
                if (!e.acronym().isEmpty()) {
                    r.addProperty(GCM.acronym, e.acronym());
                }
                r.addLiteral(GCM.inGazetteer, m.createTypedLiteral(e.inGazetteer()));
                for (SpanRef ref : x.evidence().getOrDefault(e.id(), new TreeSet<>())) {
                    r.addProperty(PROV.wasDerivedFrom, span(ref));
                }
            }
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
            return m.createResource(switch (e.type()) {
                case ORGANIZATION -> iris.organization(e.id());
                case PLACE -> iris.place(e.id());
                case PROGRAM -> iris.program(e.id());
            });
        }

        /** The source span resource of a report range, created once. */
        private Resource span(SpanRef ref) {
            Resource existing = spans.get(ref);
            if (existing != null) {
                return existing;
            }
            String text = source.text();
            String exact = text.substring(ref.rawStart(), ref.rawEnd());
            String prefix = text.substring(Math.max(0, ref.rawStart() - CONTEXT), ref.rawStart());
            String suffix = text.substring(ref.rawEnd(), Math.min(text.length(), ref.rawEnd() + CONTEXT));
            String hash = Iris.hash(prefix + "\u0000" + exact + "\u0000" + suffix, 16);
            Resource span = m.createResource(iris.span(reportIri, hash), GCM.SourceSpan);
            span.addProperty(RDF.type, OA.SpecificResource);
            span.addProperty(OA.hasSource, report);
            Resource quote = m.createResource(span.getURI() + "/quote", OA.TextQuoteSelector);
            quote.addProperty(OA.exact, exact);
            quote.addProperty(OA.prefix, prefix);
            quote.addProperty(OA.suffix, suffix);
            Resource position = m.createResource(span.getURI() + "/position", OA.TextPositionSelector);
            position.addLiteral(OA.start, nonNegative(source.codePointOffset(ref.rawStart())));
            position.addLiteral(OA.end, nonNegative(source.codePointOffset(ref.rawEnd())));
            span.addProperty(OA.hasSelector, quote);
            span.addProperty(OA.hasSelector, position);
            span.addLiteral(GCM.lineNumber, integer(source.lineAt(ref.rawStart()).number()));
            // The title stands before the first section; its spans are filed under that section.
            span.addProperty(GCM.inSection, m.createResource(sectionIri(Math.max(0, ref.section()))));
            spans.put(ref, span);
            return span;
        }

        private String uniqueHash(String content, int length) {
            String hash = Iris.hash(content, length);
            int k = 2;
            while (!usedHashes.add(hash)) {
                hash = Iris.hash(content + "|" + k++, length);
            }
            return hash;
        }

        private Literal integer(int value) {
            return m.createTypedLiteral(String.valueOf(value), XSDDatatype.XSDinteger);
        }

        private Literal nonNegative(int value) {
            return m.createTypedLiteral(String.valueOf(value), XSDDatatype.XSDnonNegativeInteger);
        }

        private Literal dateLiteral(String value) {
            XSDDatatype type = value.length() == 4 ? XSDDatatype.XSDgYear
                    : value.length() == 7 ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDdate;
            return m.createTypedLiteral(value, type);
        }
    }
}
