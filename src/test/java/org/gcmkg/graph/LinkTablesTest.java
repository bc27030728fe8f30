package org.gcmkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.gcmkg.TestBuild;
import org.gcmkg.extract.Gazetteer;
import org.gcmkg.pipeline.BuildPipeline;
import org.gcmkg.vocab.GCM;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every row of the link tables in {@code data/links/}, and the links as they land in the built graph. */
class LinkTablesTest {
    private static final Path DATA = Path.of("data");
    /** The documented IRI pattern of each external dataset a link may point to. */
    private static final Map<String, Pattern> TARGETS = Map.of(
            "UN SDG target", Pattern.compile("http://metadata\\.un\\.org/sdg/\\d{1,2}\\.[0-9a-z]{1,2}"),
            "UN geographic area", Pattern.compile("http://metadata\\.un\\.org/sdg/codes/geoArea/\\d{3}"),
            "Wikidata", Pattern.compile("http://www\\.wikidata\\.org/entity/Q[1-9]\\d*"),
            "GeoNames", Pattern.compile("https://www\\.geonames\\.org/\\d+"),
            "UN Network on Migration", Pattern.compile("https://migrationnetwork\\.un\\.org/taxonomy/term/\\d+"),
            "UN documents", Pattern.compile("https://undocs\\.org/A/RES/73/195"));

    private static LinkTables tables;
    private static Dataset built;
    private static Model sdg;
    private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);

    @BeforeAll
    static void load() throws Exception {
        tables = LinkTables.load(DATA);
        built = DatasetFactory.wrap(TestBuild.result().dataset());
        sdg = RDFDataMgr.loadModel(
                DATA.resolve("sdg-kos").resolve(BuildPipeline.SDG_KOS_FILE).toString());
    }

    @Test
    void everyRowNamesAnExistingLocalResourceAWellFormedTargetAndASource() throws Exception {
        Gazetteer gazetteer = Gazetteer.load(DATA);
        List<String> problems = new ArrayList<>();
        for (LinkTables.Link link : tables.links()) {
            String where = link.table().file() + ":" + link.line() + ": ";
            boolean localExists = switch (link.table()) {
                case OBJECTIVES, OBJECTIVE_SDG_TARGETS ->
                    link.local().equals("gcm") || link.local().matches("[1-9]|1\\d|2[0-3]");
                case PLACES, ORGANIZATIONS -> gazetteer.get(link.local()).isPresent();
            };
            if (!localExists) {
                problems.add(where + "no local resource '" + link.local() + "'");
            }
            if (LinkTables.PROPERTIES.get(link.property())) {
                boolean known = TARGETS.values().stream()
                        .anyMatch(p -> p.matcher(link.target()).matches());
                if (!known) {
                    problems.add(where + link.target() + " follows no documented pattern of a target dataset");
                }
                if (link.target().startsWith("http://metadata.un.org/sdg/")
                        && !link.target().contains("/codes/")
                        && !sdg.containsResource(sdg.createResource(link.target()))) {
                    problems.add(where + link.target() + " is not in the SDG KOS");
                }
            } else if (link.property().equals("gcm:m49Code") && !link.target().matches("\\d{3}")) {
                problems.add(where + "an M49 code has three digits: " + link.target());
            }
            if (link.source().isBlank()) {
                problems.add(where + "no source");
            }
        }
        assertTrue(tables.links().size() > 100, "rows: " + tables.links().size());
        assertEquals(List.of(), problems);
    }

    @Test
    void aBadRowIsRefusedWithItsFileAndLine(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path links = Files.createDirectories(tmp.resolve("links"));
        for (LinkTables.Table t : LinkTables.Table.values()) {
            Files.copy(DATA.resolve("links").resolve(t.file()), links.resolve(t.file()));
        }
        Files.writeString(
                links.resolve("organizations.csv"),
                "organization,property,target,source\noim,owl:sameAs,Q472311,a table\n");
        var e = org.junit.jupiter.api.Assertions.assertThrows(
                LinkTables.LinkTableException.class, () -> LinkTables.load(tmp));
        assertTrue(e.getMessage().endsWith("organizations.csv:2: 'Q472311' is not an http(s) IRI"), e.getMessage());
    }

    @Test
    void curatedLinksAreWeakerAndInTheirOwnGraph() {
        Model stated = built.getNamedModel(IRIS.linksGraph());
        Model curated = built.getNamedModel(IRIS.curatedLinksGraph());
        assertFalse(curated.isEmpty());
        assertFalse(stated.contains(null, SKOS.relatedMatch, (org.apache.jena.rdf.model.RDFNode) null));
        assertTrue(curated.listStatements(null, SKOS.relatedMatch, (org.apache.jena.rdf.model.RDFNode) null)
                        .toList()
                        .size()
                >= 5);
        assertTrue(
                stated.contains(
                        stated.createResource(IRIS.objective(20)),
                        SKOS.closeMatch,
                        stated.createResource("http://metadata.un.org/sdg/10.c")),
                "the UN states objective 20 on target 10.c");
    }

    @Test
    void everyLinkedCountryResolvesToItsM49Code() throws Exception {
        Map<String, String> m49ByIso3 = new java.util.HashMap<>();
        try (Reader r = Files.newBufferedReader(DATA.resolve("reference/un-geoareas.csv"))) {
            for (CSVRecord row : CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(r)) {
                if (!row.get("iso3").isEmpty()) {
                    m49ByIso3.put(
                            row.get("iso3"),
                            ("000" + row.get("m49code_literal"))
                                    .substring(row.get("m49code_literal").length()));
                }
            }
        }
        Model union = built.getUnionModel();
        List<Resource> countries = union.listSubjectsWithProperty(
                        org.apache.jena.vocabulary.RDF.type, union.createResource(GCM.Country.getURI()))
                .toList();
        assertTrue(countries.size() >= 15, "countries: " + countries.size());
        for (Resource country : countries) {
            String iso3 = union.getRequiredProperty(country, GCM.isoAlpha3).getString();
            assertEquals(
                    m49ByIso3.get(iso3),
                    union.getRequiredProperty(country, GCM.m49Code).getString(),
                    country.getURI());
            assertTrue(
                    union.contains(
                            country,
                            SKOS.exactMatch,
                            union.createResource("http://metadata.un.org/sdg/codes/geoArea/" + m49ByIso3.get(iso3))),
                    country.getURI());
        }
    }

    @Test
    void everyVerifiedQidIsUsedForItsEntityAndNoOtherQidAppears() throws Exception {
        Set<String> allowed = new TreeSet<>();
        Map<String, String> verified = new java.util.LinkedHashMap<>();
        try (Reader r = Files.newBufferedReader(DATA.resolve("reference/wikidata-verified.csv"))) {
            for (CSVRecord row : CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(r)) {
                verified.put("http://www.wikidata.org/entity/" + row.get("wikidata_qid"), row.get("entity"));
            }
        }
        allowed.addAll(verified.keySet());
        try (Reader r = Files.newBufferedReader(DATA.resolve("reference/un-geoareas.csv"))) {
            for (CSVRecord row : CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(r)) {
                if (!row.get("wikidata").isEmpty()) {
                    allowed.add(row.get("wikidata"));
                }
            }
        }
        sdg.listStatements().forEachRemaining(s -> {
            if (s.getObject().isURIResource()
                    && s.getObject().asResource().getURI().startsWith("http://www.wikidata.org/entity/")) {
                allowed.add(s.getObject().asResource().getURI());
            }
        });
        Model union = built.getUnionModel();
        Set<String> used = new TreeSet<>();
        union.listStatements().forEachRemaining(s -> {
            if (s.getObject().isURIResource()
                    && s.getObject().asResource().getURI().startsWith("http://www.wikidata.org/entity/")) {
                used.add(s.getObject().asResource().getURI());
            }
        });
        Set<String> unknown = new TreeSet<>(used);
        unknown.removeAll(allowed);
        assertEquals(Set.of(), unknown, "Q-ids in no reference table");
        for (Map.Entry<String, String> q : verified.entrySet()) {
            List<Resource> holders = union.listStatements(null, null, union.createResource(q.getKey()))
                    .mapWith(s -> s.getSubject())
                    .toList();
            assertFalse(holders.isEmpty(), q.getValue() + " (" + q.getKey() + ") is linked from nothing");
            String expected = comparable(q.getValue());
            boolean named = holders.stream()
                    .anyMatch(h -> h.listProperties(RDFS.label).toList().stream()
                                    .anyMatch(l -> expected.startsWith(comparable(l.getString()))
                                            || comparable(l.getString()).startsWith(expected))
                            || h.getURI().startsWith("http://metadata.un.org/sdg/"));
            assertTrue(named, q.getValue() + " is linked to " + holders);
        }
    }

    private static String comparable(String name) {
        return name.replaceAll("\\(.*?\\)", "")
                .replace("UN ", "United Nations ")
                .trim()
                .toLowerCase(Locale.ROOT);
    }

    @Test
    void sdgIndicatorsUnderTheTargetsOfObjective20() {
        String q = """
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX sdgo: <http://metadata.un.org/sdg/ontology#>
                SELECT DISTINCT ?notation WHERE {
                  <%s> skos:closeMatch|skos:relatedMatch ?target .
                  ?target sdgo:hasIndicator ?indicator .
                  ?indicator skos:notation ?notation }
                """.formatted(IRIS.objective(20));
        List<String> found = new ArrayList<>();
        try (QueryExecution qe =
                QueryExecution.model(built.getUnionModel()).query(q).build()) {
            qe.execSelect()
                    .forEachRemaining(s -> found.add(s.getLiteral("notation").getLexicalForm()));
        }
        assertTrue(found.contains("10.c.1"), "indicators: " + found);
    }
}
