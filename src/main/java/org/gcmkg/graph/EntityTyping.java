package org.gcmkg.graph;

import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.gcmkg.extract.Entity;
import org.gcmkg.extract.EntityType;
import org.gcmkg.extract.OrganizationRole;
import org.gcmkg.extract.ReportExtraction;
import org.gcmkg.extract.SpanRef;
import org.gcmkg.vocab.GCM;
import org.gcmkg.vocab.ORG;
import org.gcmkg.vocab.PROV;

/**
 * Types and names the entities of one report's graph: an organization by its role for the reporting state, a
 * place and a program by their kind; each with its labels and the spans of the sentences naming it.
 */
final class EntityTyping {
    private final Model m;
    private final Iris iris;
    private final ReportExtraction x;
    private final SourceSpans spans;

    EntityTyping(Model m, Iris iris, ReportExtraction x, SourceSpans spans) {
        this.m = m;
        this.iris = iris;
        this.x = x;
        this.spans = spans;
    }

    /** Describes every entity the report names. */
    void describeAll() {
        for (Entity e : x.entities().values()) {
            describe(e);
        }
    }

    private void describe(Entity e) {
        Resource r = m.createResource(iris.entity(e));
        switch (e.type()) {
            case ORGANIZATION -> typeOrganization(r, e);
            case PLACE -> typePlace(r, e);
            case PROGRAM -> typeProgram(r, e);
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
            r.addProperty(PROV.wasDerivedFrom, spans.of(ref));
        }
    }

    private void typeOrganization(Resource r, Entity e) {
        r.addProperty(RDF.type, ORG.Organization);
        r.addProperty(
                RDF.type,
                switch (OrganizationRole.of(e, x.country())) {
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
                    .filter(c -> c.type() == EntityType.PLACE
                            && c.kind().equals("country")
                            && c.country().equals(e.country()))
                    .findFirst()
                    .ifPresent(c -> r.addProperty(GCM.country, m.createResource(iris.entity(c))));
        }
    }

    private void typePlace(Resource r, Entity e) {
        r.addProperty(RDF.type, GCM.Place);
        r.addProperty(
                RDF.type,
                switch (e.kind()) {
                    case "country" -> GCM.Country;
                    case "subdivision" -> GCM.Subdivision;
                    case "city" -> GCM.City;
                    default -> GCM.Region;
                });
        if (!e.parent().isEmpty()) {
            r.addProperty(GCM.locatedIn, m.createResource(iris.place(e.parent())));
        }
    }

    private void typeProgram(Resource r, Entity e) {
        r.addProperty(RDF.type, GCM.Program);
        r.addProperty(GCM.programKind, m.createResource(iris.programKind(e.kind())));
        for (Integer n : x.addresses().getOrDefault(e.id(), new TreeSet<>())) {
            r.addProperty(GCM.addresses, m.createResource(iris.objective(n)));
        }
    }
}
