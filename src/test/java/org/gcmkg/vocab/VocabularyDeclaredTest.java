package org.gcmkg.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every IRI constant of the vocabulary classes is declared in {@code ontology/gcmkg.ttl}, and the reverse. */
class VocabularyDeclaredTest {
    private static final List<Class<?>> VOCABULARIES =
            List.of(GCM.class, OA.class, ORG.class, PROV.class, SCHEMA.class);
    private static Model ontology;

    @BeforeAll
    static void load() {
        ontology = RDFDataMgr.loadModel("ontology/gcmkg.ttl");
    }

    private static List<Resource> constants(Class<?> vocabulary) throws IllegalAccessException {
        List<Resource> terms = new ArrayList<>();
        for (Field field : vocabulary.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())) {
                field.setAccessible(true);
                terms.add((Resource) field.get(null));
            }
        }
        return terms;
    }

    @Test
    void everyConstantIsDeclaredWithTheRightOwlType() throws Exception {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Class<?> vocabulary : VOCABULARIES) {
            for (Resource term : constants(vocabulary)) {
                checked++;
                Resource r = ontology.getResource(term.getURI());
                boolean isClass = r.hasProperty(RDF.type, OWL2.Class);
                boolean isProperty = r.hasProperty(RDF.type, OWL2.ObjectProperty)
                        || r.hasProperty(RDF.type, OWL2.DatatypeProperty)
                        || r.hasProperty(RDF.type, OWL2.AnnotationProperty);
                if (term instanceof Property ? !isProperty : !isClass) {
                    problems.add(vocabulary.getSimpleName() + ": " + term.getURI()
                            + (term instanceof Property
                                    ? " is not declared as a property"
                                    : " is not declared as a class"));
                }
            }
        }
        assertTrue(checked > 60, "found the constants");
        assertEquals(List.of(), problems);
    }

    @Test
    void everyGcmTermHasEnglishAndSpanishLabelsAndADefinition() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Resource term : constants(GCM.class)) {
            Resource r = ontology.getResource(term.getURI());
            for (String lang : List.of("en", "es")) {
                if (r.listProperties(RDFS.label).toList().stream()
                        .noneMatch(s -> s.getLanguage().equals(lang))) {
                    problems.add(term.getLocalName() + " has no rdfs:label@" + lang);
                }
            }
            if (!r.hasProperty(SKOS.definition)) {
                problems.add(term.getLocalName() + " has no skos:definition");
            }
            if (!r.hasProperty(RDFS.isDefinedBy, ontology.getResource(GCM.ONTOLOGY_IRI))) {
                problems.add(term.getLocalName() + " is not rdfs:isDefinedBy the ontology");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theOntologyDeclaresNoGcmTermTheCodeLacks() throws Exception {
        Set<String> inCode = new TreeSet<>();
        for (Resource term : constants(GCM.class)) {
            inCode.add(term.getURI());
        }
        Set<String> declared = new TreeSet<>();
        for (Resource type : List.of(OWL2.Class, OWL2.ObjectProperty, OWL2.DatatypeProperty, OWL2.AnnotationProperty)) {
            ontology.listSubjectsWithProperty(RDF.type, type).forEachRemaining(s -> {
                if (s.isURIResource() && s.getURI().startsWith(GCM.NS)) {
                    declared.add(s.getURI());
                }
            });
        }
        declared.removeAll(inCode);
        assertEquals(Set.of(), declared, "terms of the ontology with no constant in GCM");
    }

    @Test
    void definitionsAreEnglishLiterals() {
        List<String> bad = new ArrayList<>();
        ontology.listStatements(null, SKOS.definition, (RDFNode) null).forEachRemaining(s -> {
            if (!s.getObject().isLiteral() || !s.getLiteral().getLanguage().equals("en")) {
                bad.add(s.getSubject().toString());
            }
        });
        assertEquals(List.of(), bad);
    }
}
