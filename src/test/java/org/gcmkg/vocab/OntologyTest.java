package org.gcmkg.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.RDFDocumentFormat;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLNamedIndividual;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/** The ontology is OWL 2 DL and consistent, as OWL API and HermiT see it. */
class OntologyTest {
    private static final File ONTOLOGY = new File("ontology/gcmkg.ttl");
    private static OWLOntologyManager manager;
    private static OWLOntology ontology;

    @BeforeAll
    static void load() throws Exception {
        manager = newManager();
        ontology = manager.loadOntologyFromOntologyDocument(ONTOLOGY);
    }

    /**
     * A manager with OWL API's own parsers only: its RDF4J-based parsers are built for an older RDF4J than
     * the one this project ships, so they are taken out rather than letting them fail.
     */
    static OWLOntologyManager newManager() {
        OWLOntologyManager m = OWLManager.createOWLOntologyManager();
        var rio = new java.util.ArrayList<org.semanticweb.owlapi.io.OWLParserFactory>();
        m.getOntologyParsers().forEach(p -> {
            if (p.getClass().getName().contains(".rio.")) {
                rio.add(p);
            }
        });
        rio.forEach(p -> m.getOntologyParsers().remove(p));
        return m;
    }

    @Test
    void hasItsIriAndAVersionIri() {
        var id = ontology.getOntologyID();
        assertEquals(GCM.ONTOLOGY_IRI, id.getOntologyIRI().map(IRI::toString).orElse(""));
        assertTrue(
                id.getVersionIRI().map(IRI::toString).orElse("").startsWith(GCM.ONTOLOGY_IRI + "/"),
                "the version IRI lives under the ontology IRI: " + id.getVersionIRI());
    }

    @Test
    void everyTripleIsUnderstoodByTheOwlParser() {
        var format = (RDFDocumentFormat) manager.getOntologyFormat(ontology);
        var unparsed = format.getOntologyLoaderMetaData().orElseThrow().getUnparsedTriples();
        assertEquals(0, unparsed.count(), "triples OWL API could not map to axioms");
    }

    @Test
    void isInTheOwl2DlProfile() {
        OWLProfileReport report = new OWL2DLProfile().checkOntology(ontology);
        assertTrue(
                report.isInProfile(),
                () -> String.join(
                        "\n",
                        report.getViolations().stream().map(Object::toString).toList()));
    }

    @Test
    void isConsistentWithNoUnsatisfiableClass() {
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(ontology);
        try {
            assertTrue(reasoner.isConsistent());
            assertTrue(
                    reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom().isEmpty(),
                    () -> "unsatisfiable: " + reasoner.getUnsatisfiableClasses());
        } finally {
            reasoner.dispose();
        }
    }

    /** The consistency check can fail: one organization both public agency and international partner. */
    @Test
    void theReasonerCatchesAnAgencyThatIsAlsoAnInternationalPartner() throws Exception {
        OWLOntologyManager m = newManager();
        OWLOntology copy = m.loadOntologyFromOntologyDocument(ONTOLOGY);
        OWLDataFactory f = m.getOWLDataFactory();
        OWLNamedIndividual inm = f.getOWLNamedIndividual(IRI.create("https://w3id.org/gcmkg/id/org/inm"));
        m.addAxiom(copy, f.getOWLClassAssertionAxiom(f.getOWLClass(IRI.create(GCM.PublicAgency.getURI())), inm));
        m.addAxiom(
                copy, f.getOWLClassAssertionAxiom(f.getOWLClass(IRI.create(GCM.InternationalPartner.getURI())), inm));
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(copy);
        try {
            assertFalse(reasoner.isConsistent());
        } finally {
            reasoner.dispose();
        }
    }
}
