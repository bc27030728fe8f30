package org.gcmkg.graph;

import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.gcmkg.extract.Gazetteer;
import org.gcmkg.vocab.GCM;

/** Builds the reference graph shared by all reports: the GCM objectives and the kind schemes, in SKOS. */
final class ReferenceGraph {
    private final Iris iris;
    private final Model m = Prefixes.newModel();

    ReferenceGraph(Iris iris) {
        this.iris = iris;
    }

    Model build(GcmObjectives objectives, Gazetteer gazetteer) {
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
            o.addLiteral(GCM.objectiveNumber, Literals.integer(n));
            o.addProperty(SKOS.prefLabel, objectives.englishTitle(n), "en");
            o.addProperty(RDFS.label, objectives.englishTitle(n), "en");
        }
        kindScheme(
                iris.programKindScheme(),
                "Kinds of program",
                "Tipos de programa",
                GCM.ProgramKind,
                gazetteer.programKinds(),
                true);
        kindScheme(
                iris.organizationKindScheme(),
                "Kinds of organization",
                "Tipos de organización",
                GCM.OrganizationKind,
                gazetteer.organizationKinds(),
                false);
        return m;
    }

    private void kindScheme(
            String schemeIri,
            String en,
            String es,
            Resource type,
            Map<String, Gazetteer.Kind> kinds,
            boolean programs) {
        Resource scheme = m.createResource(schemeIri, SKOS.ConceptScheme);
        scheme.addProperty(SKOS.prefLabel, en, "en").addProperty(SKOS.prefLabel, es, "es");
        for (Gazetteer.Kind kind : kinds.values()) {
            Resource k =
                    m.createResource(programs ? iris.programKind(kind.id()) : iris.organizationKind(kind.id()), type);
            k.addProperty(RDF.type, SKOS.Concept)
                    .addProperty(SKOS.inScheme, scheme)
                    .addProperty(SKOS.notation, kind.id())
                    .addProperty(SKOS.prefLabel, kind.labelEn(), "en")
                    .addProperty(SKOS.prefLabel, kind.labelEs(), "es")
                    .addProperty(RDFS.label, kind.labelEn(), "en")
                    .addProperty(RDFS.label, kind.labelEs(), "es");
        }
    }
}
