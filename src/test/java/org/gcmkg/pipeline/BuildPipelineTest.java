package org.gcmkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.gcmkg.graph.Publication;
import org.gcmkg.report.ReportText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the real report once and checks the published graph as a researcher would, with SPARQL. */
class BuildPipelineTest {
    private static final String PREFIXES = """
            PREFIX gcm: <https://w3id.org/gcmkg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX schema: <http://schema.org/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    @TempDir
    static Path tmp;
    static Path out;
    static Model graph;
    static BuildResult built;

    @BeforeAll
    static void build() throws Exception {
        out = tmp.resolve("graph");
        built = new BuildPipeline(BuildConfig.defaults(Path.of("")).withOutDir(out)).run();
        graph = RDFDataMgr.loadModel(out.resolve(Publication.TURTLE).toString());
    }

    static List<QuerySolution> select(String query) {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(graph).query(PREFIXES + query).build()) {
            qe.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }

    static boolean ask(String query) {
        try (QueryExecution qe = QueryExecution.model(graph).query(PREFIXES + query).build()) {
            return qe.execAsk();
        }
    }

    static long count(String whereClause) {
        return select("SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { " + whereClause + " }").get(0)
                .getLiteral("n").getLong();
    }

    @Test
    void hasTheTwentyThreeObjectivesWithSpanishAndEnglishTitles() {
        assertEquals(23, count("?x a gcm:Objective"));
        assertEquals(23, count("?x a gcm:Objective ; skos:prefLabel ?en ; rdfs:label ?es "
                + "FILTER(lang(?en) = 'en' && lang(?es) = 'es')"));
        assertTrue(ask("ASK { ?o gcm:objectiveNumber 20 ; rdfs:label \"Promover una transferencia de remesas más rápida, "
                + "segura y barata, y fomentar la inclusión financiera de los migrantes\"@es ; skos:prefLabel ?en "
                + "FILTER(STRSTARTS(?en, 'Promote faster, safer and cheaper transfer of remittances')) }"));
    }

    @Test
    void actionsAndGoalsPerObjectiveMatchTheGoldenTable() throws Exception {
        Map<Integer, String> actual = new HashMap<>();
        for (QuerySolution row : select("""
                SELECT ?n (COUNT(DISTINCT ?a) AS ?actions) (COUNT(DISTINCT ?g) AS ?goals) WHERE {
                  ?o gcm:objectiveNumber ?n .
                  OPTIONAL { ?a gcm:underObjective ?o ; a gcm:ReportedAction }
                  OPTIONAL { ?g gcm:goalOf ?o }
                } GROUP BY ?n""")) {
            actual.put(row.getLiteral("n").getInt(), row.getLiteral("actions").getInt() + "," + row.getLiteral("goals").getInt());
        }
        for (String line : Files.readAllLines(Path.of("src/test/resources/golden/mexico-2018-counts.csv")).subList(1, 24)) {
            String[] f = line.split(",");
            assertEquals(f[1] + "," + f[2], actual.get(Integer.valueOf(f[0])), "objective " + f[0]);
        }
    }

    @Test
    void namesAtLeastFiftyMexicanPublicBodiesAndThirtyInternationalPartners() {
        long agencies = count("?x a gcm:PublicAgency");
        long partners = count("?x a gcm:InternationalPartner");
        assertTrue(agencies >= 50, "public agencies: " + agencies);
        assertTrue(partners >= 30, "international partners: " + partners);
    }

    @Test
    void oneResourcePerRealEntity() {
        List<QuerySolution> duplicates = select("""
                SELECT ?key (GROUP_CONCAT(STR(?x); SEPARATOR=' ') AS ?resources) WHERE {
                  { ?x a org:Organization } UNION { ?x a gcm:Program } UNION { ?x a gcm:Place }
                  ?x skos:prefLabel ?label FILTER(lang(?label) = 'es')
                  BIND(LCASE(REPLACE(STR(?label), "[^\\\\p{L}\\\\p{N}]+", "")) AS ?key)
                } GROUP BY ?key HAVING (COUNT(DISTINCT ?x) > 1)""");
        assertEquals(List.of(), duplicates.stream().map(r -> r.get("resources").toString()).toList());
        assertEquals(1, count("?x gcm:acronym \"INM\""));
        assertTrue(ask("ASK { ?inm gcm:acronym \"INM\" ; rdfs:label \"Instituto Nacional de Migración\"@es }"));
    }

    @Test
    void grupoBetaIsRunByTheInmUnderObjectivesThreeAndEightWithItsFigures() {
        String beta = "?p a gcm:Program ; rdfs:label \"Grupos Beta de Protección a Migrantes\"@es . ";
        assertTrue(ask("ASK { " + beta + "?inm gcm:acronym \"INM\" ; gcm:runs ?p }"));
        assertTrue(ask("ASK { " + beta + "?p gcm:addresses [ gcm:objectiveNumber 3 ], [ gcm:objectiveNumber 8 ] }"));
        assertTrue(ask("ASK { " + beta + "?f gcm:aboutProgram ?p ; schema:value 578905 ; schema:unitText ?u "
                + "FILTER(CONTAINS(STR(?u), 'guías')) }"));
        assertTrue(ask("ASK { " + beta + "?f gcm:aboutProgram ?p ; schema:value 22 }"));
        assertTrue(ask("ASK { " + beta + "?f gcm:aboutProgram ?p ; schema:value 21839 ; schema:unitText ?u ; "
                + "gcm:periodStart \"2012-12\"^^xsd:gYearMonth ; gcm:periodEnd \"2018-07-31\"^^xsd:date "
                + "FILTER(CONTAINS(STR(?u), 'personas')) }"));
    }

    @Test
    void temporaryAgriculturalWorkersProgramLinksToCanadaWithWorkersPlacedSince1974() {
        String ptat = "?p a gcm:Program ; gcm:acronym \"PTAT\" . ";
        assertTrue(ask("ASK { " + ptat + "?p gcm:locatedIn ?canada . ?canada a gcm:Country ; rdfs:label \"Canadá\"@es }"));
        assertTrue(ask("ASK { " + ptat + "?f gcm:aboutProgram ?p ; schema:value 353896 ; gcm:periodStart \"1974\"^^xsd:gYear }"));
    }

    @Test
    void unaccompaniedChildrenProtocolIsTheSresMadeWithUnicef() {
        String protocol = "?p a gcm:Program ; rdfs:label \"Protocolo para la Atención Consular de Niñas, Niños y "
                + "Adolescentes Migrantes No Acompañados\"@es . ";
        assertTrue(ask("ASK { " + protocol + "?sre gcm:acronym \"SRE\" ; gcm:runs ?p }"));
        assertTrue(ask("ASK { " + protocol + "?p gcm:carriedOutWith ?u . ?u org:subOrganizationOf* ?unicef . "
                + "?unicef gcm:acronym \"UNICEF\" }"));
    }

    @Test
    void everyActionGoalAndFigureHasASpanWhoseTextStandsAtItsPosition() throws Exception {
        String text = ReportText.read(Path.of("data/informe-pmm-mexico-2018.md")).text();
        List<QuerySolution> rows = select("""
                SELECT ?x ?exact ?start ?end WHERE {
                  { ?x a gcm:ReportedAction } UNION { ?x a gcm:FutureGoal } UNION { ?x a gcm:ReportedFigure }
                  ?x prov:wasDerivedFrom ?span .
                  ?span oa:hasSelector ?q, ?p .
                  ?q a oa:TextQuoteSelector ; oa:exact ?exact .
                  ?p a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
                }""");
        long things = count("{ ?x a gcm:ReportedAction } UNION { ?x a gcm:FutureGoal } UNION { ?x a gcm:ReportedFigure }");
        assertEquals(things, rows.stream().map(r -> r.getResource("x").getURI()).distinct().count());
        for (QuerySolution row : rows) {
            int start = text.offsetByCodePoints(0, row.getLiteral("start").getInt());
            int end = text.offsetByCodePoints(0, row.getLiteral("end").getInt());
            assertEquals(row.getLiteral("exact").getString(), text.substring(start, end), row.getResource("x").getURI());
        }
        assertTrue(count("?x a gcm:ReportedFigure") > 150, "figures: " + count("?x a gcm:ReportedFigure"));
    }

    @Test
    void theReportResourceCarriesItsMetadata() {
        assertTrue(ask("""
                ASK { ?r a gcm:Report ;
                         <http://purl.org/dc/terms/issued> "2018-09-07"^^xsd:date ;
                         <http://purl.org/dc/terms/language> "es" ;
                         gcm:sha256 "527980c4e60e2a3c859071c90fbee53f3395f8a79b234f029864f14e049a6b04" ;
                         gcm:reportingCountry ?mx ;
                         <http://purl.org/dc/terms/publisher> ?government ;
                         <http://purl.org/dc/terms/creator> ?unit .
                      ?mx rdfs:label "México"@es .
                      ?unit rdfs:label "Unidad de Política Migratoria"@es . }"""));
        assertEquals(4, count("?x a gcm:ReportSection FILTER NOT EXISTS { ?x a gcm:ObjectiveSection }"));
    }

    @Test
    void everyPublishedFileParsesWithJenaAndRdf4jIntoTheSameGraph() throws Exception {
        Map<String, RDFFormat> files = Map.of(Publication.TURTLE, RDFFormat.TURTLE, Publication.NTRIPLES, RDFFormat.NTRIPLES,
                Publication.TRIG, RDFFormat.TRIG, Publication.JSONLD, RDFFormat.JSONLD);
        for (Map.Entry<String, RDFFormat> file : files.entrySet()) {
            Path path = out.resolve(file.getKey());
            DatasetGraph jena = RDFDataMgr.loadDatasetGraph(path.toString());
            org.eclipse.rdf4j.model.Model rdf4j;
            try (InputStream in = Files.newInputStream(path)) {
                rdf4j = Rio.parse(in, "", file.getValue());
            }
            org.eclipse.rdf4j.model.Model fromJena = new org.eclipse.rdf4j.model.impl.LinkedHashModel();
            var vf = org.eclipse.rdf4j.model.impl.SimpleValueFactory.getInstance();
            jena.find().forEachRemaining(q -> fromJena.add(Rdf4jBridge.resource(vf, q.getSubject()),
                    vf.createIRI(q.getPredicate().getURI()), Rdf4jBridge.value(vf, q.getObject()),
                    q.isDefaultGraph() ? new org.eclipse.rdf4j.model.Resource[0]
                            : new org.eclipse.rdf4j.model.Resource[] {vf.createIRI(q.getGraph().getURI())}));
            assertTrue(rdf4j.size() > 10_000, file.getKey() + " holds " + rdf4j.size());
            assertEquals(fromJena.size(), rdf4j.size(), file.getKey());
            assertTrue(Models.isomorphic(fromJena, rdf4j), file.getKey() + ": Jena and RDF4J read different graphs");
        }
    }

    @Test
    void everyPublishedFileHoldsExactlyTheBuiltGraphs() {
        for (String file : List.of(Publication.TRIG, Publication.JSONLD)) {
            DatasetGraph read = RDFDataMgr.loadDatasetGraph(out.resolve(file).toString());
            assertEquals(built.dataset().stream().count(), read.stream().count(), file);
            assertTrue(org.apache.jena.sparql.util.IsoMatcher.isomorphic(built.dataset(), read),
                    file + " holds other quads than the build made");
        }
        for (String file : List.of(Publication.TURTLE, Publication.NTRIPLES)) {
            org.apache.jena.graph.Graph read = RDFDataMgr.loadGraph(out.resolve(file).toString());
            assertEquals(built.union().size(), read.size(), file);
            assertTrue(built.union().isIsomorphicWith(read), file + " holds other triples than the build made");
        }
    }

    @Test
    void theSameInputGivesByteIdenticalFiles() throws Exception {
        Path again = tmp.resolve("again");
        new BuildPipeline(BuildConfig.defaults(Path.of("")).withOutDir(again)).run();
        for (String name : List.of(Publication.TURTLE, Publication.NTRIPLES, Publication.TRIG, Publication.JSONLD,
                BuildPipeline.BUILD_REPORT_JSON, BuildPipeline.BUILD_REPORT_MD)) {
            assertArrayEquals(Files.readAllBytes(out.resolve(name)), Files.readAllBytes(again.resolve(name)), name);
        }
    }
}
