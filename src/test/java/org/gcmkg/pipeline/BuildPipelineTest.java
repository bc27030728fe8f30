package org.gcmkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.gcmkg.ReadmeCounts;
import org.gcmkg.TestBuild;
import org.gcmkg.graph.Publication;
import org.gcmkg.report.ReportText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the published graph of the real report (built once per test JVM, {@link TestBuild}) as a researcher
 * would, with SPARQL; the tests that need another build make it in their own temporary folder. That each
 * published file holds exactly that graph is {@link PublishedFilesTest}'s.
 */
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
    Path tmp;

    static Path out;
    static Model graph;
    static BuildResult built;

    @BeforeAll
    static void build() throws Exception {
        out = TestBuild.published();
        built = TestBuild.result();
        graph = RDFDataMgr.loadModel(out.resolve(Publication.TURTLE).toString());
    }

    static List<QuerySolution> select(String query) {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe =
                QueryExecution.model(graph).query(PREFIXES + query).build()) {
            qe.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }

    static boolean ask(String query) {
        try (QueryExecution qe =
                QueryExecution.model(graph).query(PREFIXES + query).build()) {
            return qe.execAsk();
        }
    }

    static long count(String whereClause) {
        return select("SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { " + whereClause + " }")
                .get(0)
                .getLiteral("n")
                .getLong();
    }

    @Test
    void hasTheTwentyThreeObjectivesWithSpanishAndEnglishTitles() {
        assertEquals(23, count("?x a gcm:Objective"));
        assertEquals(
                23,
                count("?x a gcm:Objective ; skos:prefLabel ?en ; rdfs:label ?es "
                        + "FILTER(lang(?en) = 'en' && lang(?es) = 'es')"));
        assertTrue(
                ask("ASK { ?o gcm:objectiveNumber 20 ; rdfs:label \"Promover una transferencia de remesas más rápida, "
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
            actual.put(
                    row.getLiteral("n").getInt(),
                    row.getLiteral("actions").getInt() + ","
                            + row.getLiteral("goals").getInt());
        }
        for (String line : Files.readAllLines(Path.of("src/test/resources/golden/mexico-2018-counts.csv"))
                .subList(1, 24)) {
            String[] f = line.split(",", -1);
            assertEquals(f[1] + "," + f[2], actual.get(Integer.valueOf(f[0])), "objective " + f[0]);
        }
    }

    @Test
    void namesTheMexicanPublicBodiesAndPartnersTheReadmeCounts() {
        assertEquals(ReadmeCounts.of("Mexican public agencies"), count("?x a gcm:PublicAgency"));
        assertEquals(ReadmeCounts.of("international partners"), count("?x a gcm:InternationalPartner"));
        assertEquals(ReadmeCounts.of("Mexican academic and private partners"), count("?x a gcm:DomesticPartner"));
    }

    @Test
    void oneResourcePerRealEntity() {
        List<QuerySolution> duplicates = select("""
                SELECT ?key (GROUP_CONCAT(STR(?x); SEPARATOR=' ') AS ?resources) WHERE {
                  { ?x a org:Organization } UNION { ?x a gcm:Program } UNION { ?x a gcm:Place }
                  ?x skos:prefLabel ?label FILTER(lang(?label) = 'es')
                  BIND(LCASE(REPLACE(STR(?label), "[^\\\\p{L}\\\\p{N}]+", "")) AS ?key)
                } GROUP BY ?key HAVING (COUNT(DISTINCT ?x) > 1)""");
        assertEquals(
                List.of(),
                duplicates.stream().map(r -> r.get("resources").toString()).toList());
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
        assertTrue(
                ask("ASK { " + ptat + "?p gcm:locatedIn ?canada . ?canada a gcm:Country ; rdfs:label \"Canadá\"@es }"));
        assertTrue(ask("ASK { " + ptat
                + "?f gcm:aboutProgram ?p ; schema:value 353896 ; gcm:periodStart \"1974\"^^xsd:gYear }"));
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
        String text =
                ReportText.read(Path.of("data/informe-pmm-mexico-2018.md")).text();
        List<QuerySolution> rows = select("""
                SELECT ?x ?exact ?start ?end WHERE {
                  { ?x a gcm:ReportedAction } UNION { ?x a gcm:FutureGoal } UNION { ?x a gcm:ReportedFigure }
                  ?x prov:wasDerivedFrom ?span .
                  ?span oa:hasSelector ?q, ?p .
                  ?q a oa:TextQuoteSelector ; oa:exact ?exact .
                  ?p a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
                }""");
        long things =
                count("{ ?x a gcm:ReportedAction } UNION { ?x a gcm:FutureGoal } UNION { ?x a gcm:ReportedFigure }");
        assertEquals(
                things,
                rows.stream().map(r -> r.getResource("x").getURI()).distinct().count());
        for (QuerySolution row : rows) {
            int start = text.offsetByCodePoints(0, row.getLiteral("start").getInt());
            int end = text.offsetByCodePoints(0, row.getLiteral("end").getInt());
            assertEquals(
                    row.getLiteral("exact").getString(),
                    text.substring(start, end),
                    row.getResource("x").getURI());
        }
        assertEquals(ReadmeCounts.of("reported figures"), count("?x a gcm:ReportedFigure"));
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

    /** The small made-up report twice: each path reads both before it finds that they share one report IRI. */
    @Test
    void twoReportsOfTheSameStateAndDateAreRefusedByBothBuildPaths() throws Exception {
        Path report = Path.of("src/test/resources/reports/informe-ficticio-costa-rica-2019.md");
        Path copy = Files.createDirectories(tmp.resolve("copy")).resolve(report.getFileName());
        Files.copy(report, copy);
        BuildConfig twice = BuildConfig.defaults(Path.of(""))
                .withReports(List.of(report, copy))
                .withOutDir(tmp.resolve("twice"));
        String expected = copy + ": same reporting state and date as " + report;
        BuildException streaming = assertThrows(BuildException.class, () -> new BuildPipeline(twice).run());
        assertTrue(streaming.getMessage().startsWith(expected), streaming.getMessage());
        BuildException inMemory = assertThrows(BuildException.class, () -> new BuildPipeline(twice).buildInMemory());
        assertEquals(streaming.getMessage(), inMemory.getMessage());
        assertTrue(Files.notExists(tmp.resolve("twice")), "nothing published");
    }

    @Test
    void theSameInputGivesByteIdenticalFiles() throws Exception {
        Path again = tmp.resolve("again");
        new BuildPipeline(BuildConfig.defaults(Path.of("")).withOutDir(again)).run();
        assertSameFiles(out, again);
    }

    /** The four graph files and the build report of two builds are the same bytes. */
    private static void assertSameFiles(Path a, Path b) throws IOException {
        for (String name : List.of(
                Publication.TURTLE,
                Publication.NTRIPLES,
                Publication.TRIG,
                Publication.JSONLD,
                BuildPipeline.BUILD_REPORT_JSON,
                BuildPipeline.BUILD_REPORT_MD)) {
            assertArrayEquals(Files.readAllBytes(a.resolve(name)), Files.readAllBytes(b.resolve(name)), name);
        }
    }

    /** Three reports made on one thread and on three, which finish in another order: the same bytes. */
    @Test
    void reportsMadeOnSeveralThreadsGiveTheFilesOfOneThread() throws Exception {
        BuildConfig three = BuildConfig.defaults(Path.of(""))
                .withReports(List.of(
                        Path.of("src/test/resources/reports/informe-ficticio-honduras-2019.md"),
                        Path.of("data", BuildConfig.DEFAULT_REPORT),
                        Path.of("src/test/resources/reports/informe-ficticio-costa-rica-2019.md")));
        Path one = tmp.resolve("one-thread");
        Path several = tmp.resolve("three-threads");
        new BuildPipeline(three.withOutDir(one)).run(1);
        new BuildPipeline(three.withOutDir(several)).run(3);
        assertSameFiles(one, several);
    }

    @Test
    void theReportSavedInNfdBuildsTheSameTriplesSaveItsChecksum() throws Exception {
        Path report = Path.of("data", BuildConfig.DEFAULT_REPORT);
        Path copy = Files.createDirectories(tmp.resolve("nfd-report")).resolve(BuildConfig.DEFAULT_REPORT);
        Files.writeString(copy, Normalizer.normalize(Files.readString(report), Normalizer.Form.NFD));
        Path nfdOut = tmp.resolve("nfd-graph");
        new BuildPipeline(BuildConfig.defaults(Path.of(""))
                        .withReports(List.of(copy))
                        .withOutDir(nfdOut))
                .run();
        String checksum = "<https://w3id.org/gcmkg/ontology#sha256>";
        List<String> composed = Files.readAllLines(out.resolve(Publication.NTRIPLES));
        List<String> decomposed = Files.readAllLines(nfdOut.resolve(Publication.NTRIPLES));
        assertEquals(1, composed.stream().filter(t -> t.contains(checksum)).count());
        assertEquals(1, decomposed.stream().filter(t -> t.contains(checksum)).count());
        assertTrue(
                !composed.stream()
                        .filter(t -> t.contains(checksum))
                        .toList()
                        .equals(decomposed.stream()
                                .filter(t -> t.contains(checksum))
                                .toList()),
                "the file's bytes differ");
        assertEquals(
                String.join(
                        "\n",
                        composed.stream().filter(t -> !t.contains(checksum)).toList()),
                String.join(
                        "\n",
                        decomposed.stream().filter(t -> !t.contains(checksum)).toList()));
    }

    @Test
    void theReportWithObjectivesNineAndTenSwappedBuildsEveryActionUnderItsOwnObjective() throws Exception {
        String text = Files.readString(Path.of("data", BuildConfig.DEFAULT_REPORT));
        int nine = text.indexOf("\nObjetivo 9. ") + 1;
        int ten = text.indexOf("\nObjetivo 10. ") + 1;
        int eleven = text.indexOf("\nObjetivo 11. ") + 1;
        String swapped = text.substring(0, nine)
                + text.substring(ten, eleven)
                + text.substring(nine, ten)
                + text.substring(eleven);
        Path copy = Files.createDirectories(tmp.resolve("swapped-report")).resolve(BuildConfig.DEFAULT_REPORT);
        Files.writeString(copy, swapped);
        Path swappedOut = tmp.resolve("swapped-graph");
        new BuildPipeline(BuildConfig.defaults(Path.of(""))
                        .withReports(List.of(copy))
                        .withOutDir(swappedOut))
                .run();
        // Where things stand moves (lines, spans and their positions, the file's checksum); nothing else may.
        Predicate<String> placeless =
                t -> !t.contains("/span/") && !t.contains("#lineNumber>") && !t.contains("#sha256>");
        List<String> inOrder = Files.readAllLines(out.resolve(Publication.NTRIPLES));
        List<String> outOfOrder = Files.readAllLines(swappedOut.resolve(Publication.NTRIPLES));
        Set<String> inOrderSet = new HashSet<>(inOrder);
        Set<String> outOfOrderSet = new HashSet<>(outOfOrder);
        List<String> onlyInOrder = inOrder.stream()
                .filter(placeless.and(t -> !outOfOrderSet.contains(t)))
                .toList();
        List<String> onlyOutOfOrder = outOfOrder.stream()
                .filter(placeless.and(t -> !inOrderSet.contains(t)))
                .toList();
        String section = "<https://w3id.org/gcmkg/id/report/mex-2018-09-07/section/objective-";
        String position = "> <https://w3id.org/gcmkg/ontology#position> \"%d\"^^"
                + "<http://www.w3.org/2001/XMLSchema#integer> .";
        assertEquals(
                List.of(section + "10" + position.formatted(13), section + "9" + position.formatted(12)), onlyInOrder);
        assertEquals(
                List.of(section + "10" + position.formatted(12), section + "9" + position.formatted(13)),
                onlyOutOfOrder,
                "only the two sections' places in the document differ");
    }
}
