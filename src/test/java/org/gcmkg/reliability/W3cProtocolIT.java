package org.gcmkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gcmkg.TestBuild;
import org.gcmkg.graph.Iris;
import org.gcmkg.pipeline.BuildConfig;
import org.gcmkg.reliability.ProtocolExchange.Answer;
import org.gcmkg.reliability.ProtocolExchange.Format;
import org.gcmkg.serve.GcmServer;
import org.gcmkg.serve.ServerSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 34 tests of the W3C SPARQL 1.1 Protocol test suite ({@code w3c/rdf-tests},
 * {@code sparql/sparql11/protocol/manifest.ttl}) against the real endpoint, each written anew over this graph.
 * The suite's graphs {@code data1}, {@code data2} and {@code data3} each say of themselves that they are a
 * document; here the graphs {@code links}, {@code network} and {@code links/curated} each say of themselves that
 * they are a {@code prov:Entity}, so the suite's dataset queries keep their shape with these names. Every test
 * that names a dataset has a control, the same request with another dataset, that must give the opposite answer
 * (a default graph that is the union would otherwise pass them all). The endpoint is read-only: the seven update
 * tests that expect success are counted as refused when they get a 4xx saying so and the data is unchanged;
 * the seven malformed updates expect a 4xx and get one.
 */
class W3cProtocolIT {
    static final String GCM = "PREFIX gcm: <https://w3id.org/gcmkg/ontology#> ";
    static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);
    static final String DATA0 = IRIS.referenceGraph();
    static final String DATA1 = IRIS.linksGraph();
    static final String DATA2 = IRIS.networkGraph();
    static final String DATA3 = IRIS.curatedLinksGraph();
    /** The control's graph for the tests on DATA0: it holds no objective. */
    static final String ELSEWHERE = IRIS.sdgGraph();

    static final String OBJECTIVES = GCM + "ASK { ?o a gcm:Objective }";
    static final String TWO_TYPED = "ASK { <" + DATA1 + "> a ?type . <" + DATA2 + "> a ?type . }";
    static final String TWO_NAMED =
            "ASK { GRAPH ?g1 { <" + DATA1 + "> a ?type } GRAPH ?g2 { <" + DATA2 + "> a ?type } }";
    static final String TARGET = "urn:x-gcmkg-test:protocol-update";
    static final String FORM = "application/x-www-form-urlencoded";
    static final String QUERY = "application/sparql-query";
    static final String UPDATE = "application/sparql-update";
    static final String PROV = "PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX dc: <http://purl.org/dc/terms/>\n";

    static GcmServer server;

    @BeforeAll
    static void start() throws Exception {
        BuildConfig config = BuildConfig.defaults(Path.of(""));
        server = GcmServer.start(
                TestBuild.store(),
                ServerSettings.defaults(config.reports(), Iris.DEFAULT_BASE)
                        .withPort(0)
                        .withQueryTimeout(Duration.ofSeconds(60))
                        .withServiceAllowList(List.of()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    enum Kind {
        QUERY,
        BAD_REQUEST,
        UPDATE
    }

    /**
     * A protocol test: the request, the kind of result it must give ({@link Kind#QUERY}), the control that must
     * give the opposite answer (or null), and for an update the question that tells whether it took effect.
     */
    record Case(
            String name,
            Kind kind,
            ProtocolExchange request,
            Format format,
            ProtocolExchange control,
            String tookEffect) {
        /** What the answer must say, besides its status. */
        String says() {
            return kind == Kind.UPDATE ? "read-only" : name.equals("bad_query_non_utf8") ? "UTF-8" : "";
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String graphs(String parameter, String... iris) {
        return Stream.of(iris).map(g -> parameter + "=" + enc(g)).collect(Collectors.joining("&"));
    }

    static Case query(String name, ProtocolExchange request, Format format, ProtocolExchange control) {
        return new Case(name, Kind.QUERY, request, format, control, null);
    }

    static Case bad(String name, ProtocolExchange request) {
        return new Case(name, Kind.BAD_REQUEST, request, Format.NONE, null, null);
    }

    static Case update(String name, ProtocolExchange request, String tookEffect) {
        return new Case(name, Kind.UPDATE, request, Format.NONE, null, tookEffect);
    }

    static List<Case> cases() {
        String full = "ASK { <" + DATA3 + "> a ?type GRAPH ?g1 { <" + DATA1 + "> a ?type } GRAPH ?g2 { <" + DATA2
                + "> a ?type } }";
        String fromThree = "ASK FROM <" + DATA3 + "> { GRAPH ?g1 { <" + DATA1 + "> a ?type } GRAPH ?g2 { <" + DATA2
                + "> a ?type } }";
        String zero = "?" + graphs("default-graph-uri", DATA0);
        String elsewhere = "?" + graphs("default-graph-uri", ELSEWHERE);
        String select = GCM + "SELECT ?value { ?value a gcm:Objective }";
        String describe = "DESCRIBE <" + Iris.DEFAULT_BASE + "id/objective/1>";
        String construct = GCM + "CONSTRUCT { ?value a gcm:Objective } WHERE { ?value a gcm:Objective }";
        String copy = "INSERT { GRAPH <" + TARGET + "> { ?s a dc:BibliographicResource } } WHERE { ?s a prov:Entity }";
        String copied = PROV + "ASK { GRAPH <" + TARGET + "> { <" + DATA1 + "> a dc:BibliographicResource } }";
        return List.of(
                query(
                        "query_post_form",
                        ProtocolExchange.post(zero, FORM, "query=" + enc(OBJECTIVES)),
                        Format.BOOLEAN,
                        ProtocolExchange.post(elsewhere, FORM, "query=" + enc(OBJECTIVES))),
                query(
                        "query_dataset_default_graphs_get",
                        ProtocolExchange.get(
                                "?query=" + enc(TWO_TYPED) + "&" + graphs("default-graph-uri", DATA1, DATA2)),
                        Format.BOOLEAN,
                        ProtocolExchange.get("?query=" + enc(TWO_TYPED) + "&" + graphs("default-graph-uri", DATA1))),
                query(
                        "query_dataset_default_graphs_post",
                        ProtocolExchange.post("?" + graphs("default-graph-uri", DATA1, DATA2), QUERY, TWO_TYPED),
                        Format.BOOLEAN,
                        ProtocolExchange.post("?" + graphs("default-graph-uri", DATA2), QUERY, TWO_TYPED)),
                query(
                        "query_dataset_named_graphs_post",
                        ProtocolExchange.post("?" + graphs("named-graph-uri", DATA1, DATA2), QUERY, TWO_NAMED),
                        Format.BOOLEAN,
                        ProtocolExchange.post("?" + graphs("named-graph-uri", DATA1), QUERY, TWO_NAMED)),
                query(
                        "query_dataset_named_graphs_get",
                        ProtocolExchange.get(
                                "?query=" + enc(TWO_NAMED) + "&" + graphs("named-graph-uri", DATA1, DATA2)),
                        Format.BOOLEAN,
                        ProtocolExchange.get("?query=" + enc(TWO_NAMED) + "&" + graphs("named-graph-uri", DATA2))),
                query(
                        "query_dataset_full",
                        ProtocolExchange.post(
                                "?" + graphs("default-graph-uri", DATA3) + "&"
                                        + graphs("named-graph-uri", DATA1, DATA2),
                                QUERY,
                                full),
                        Format.BOOLEAN,
                        ProtocolExchange.post(
                                "?" + graphs("default-graph-uri", DATA1) + "&"
                                        + graphs("named-graph-uri", DATA1, DATA2),
                                QUERY,
                                full)),
                // the protocol's dataset replaces the query's FROM; without it, FROM <data3> names no graph
                query(
                        "query_multiple_dataset",
                        ProtocolExchange.post("?" + graphs("named-graph-uri", DATA1, DATA2), QUERY, fromThree),
                        Format.BOOLEAN,
                        ProtocolExchange.post("", QUERY, fromThree)),
                query(
                        "query_get",
                        ProtocolExchange.get("?query=" + enc(OBJECTIVES) + "&" + graphs("default-graph-uri", DATA0)),
                        Format.BOOLEAN,
                        ProtocolExchange.get(
                                "?query=" + enc(OBJECTIVES) + "&" + graphs("default-graph-uri", ELSEWHERE))),
                query(
                        "query_content_type_select",
                        ProtocolExchange.post(zero, QUERY, select),
                        Format.TABULAR,
                        ProtocolExchange.post(elsewhere, QUERY, select)),
                query(
                        "query_content_type_ask",
                        ProtocolExchange.post(zero, QUERY, OBJECTIVES),
                        Format.BOOLEAN,
                        ProtocolExchange.post(elsewhere, QUERY, OBJECTIVES)),
                query(
                        "query_content_type_describe",
                        ProtocolExchange.post(zero, QUERY, describe),
                        Format.RDF,
                        ProtocolExchange.post(elsewhere, QUERY, describe)),
                query(
                        "query_content_type_construct",
                        ProtocolExchange.post(zero, QUERY, construct),
                        Format.RDF,
                        ProtocolExchange.post(elsewhere, QUERY, construct)),
                update(
                        "update_dataset_default_graph",
                        ProtocolExchange.post(
                                "?" + graphs("using-graph-uri", DATA1), UPDATE, PROV + "CLEAR ALL ;\n" + copy),
                        copied),
                update(
                        "update_dataset_default_graphs",
                        ProtocolExchange.post(
                                "?" + graphs("using-graph-uri", DATA1, DATA2), UPDATE, PROV + "CLEAR ALL ;\n" + copy),
                        copied),
                update(
                        "update_dataset_named_graphs",
                        ProtocolExchange.post(
                                "?" + graphs("using-named-graph-uri", DATA1, DATA2),
                                UPDATE,
                                PROV + "CLEAR ALL ;\nINSERT { GRAPH <" + TARGET
                                        + "> { ?s a dc:BibliographicResource } } "
                                        + "WHERE { GRAPH ?g { ?s a prov:Entity } }"),
                        copied),
                update(
                        "update_dataset_full",
                        ProtocolExchange.post(
                                "?" + graphs("using-graph-uri", DATA3) + "&"
                                        + graphs("using-named-graph-uri", DATA1, DATA2),
                                UPDATE,
                                PROV + "DROP ALL ;\nINSERT { GRAPH <" + TARGET
                                        + "> { ?s a dc:BibliographicResource } } WHERE { { ?s a prov:Entity } UNION { GRAPH ?g { ?s a prov:Entity } } }"),
                        copied),
                update("update_post_form", ProtocolExchange.post("", FORM, "update=CLEAR+ALL"), null),
                update("update_post_direct", ProtocolExchange.post("", UPDATE, "CLEAR ALL"), null),
                update(
                        "update_base_uri",
                        ProtocolExchange.post(
                                "",
                                UPDATE,
                                "CLEAR SILENT GRAPH <" + TARGET + "> ;\n" + "INSERT DATA { GRAPH <" + TARGET
                                        + "> { <urn:x-gcmkg-test:s> <urn:x-gcmkg-test:p> <test> } }"),
                        "ASK { GRAPH <" + TARGET
                                + "> { <urn:x-gcmkg-test:s> <urn:x-gcmkg-test:p> ?o FILTER(isIRI(?o)) } }"),
                query("query_post_direct", ProtocolExchange.post("", QUERY, OBJECTIVES), Format.BOOLEAN, null),
                bad(
                        "bad_query_method",
                        new ProtocolExchange(
                                "PUT",
                                "?query=" + enc(OBJECTIVES) + "&" + graphs("default-graph-uri", DATA0),
                                FORM,
                                null)),
                bad(
                        "bad_multiple_queries",
                        ProtocolExchange.get("?query=" + enc(OBJECTIVES) + "&query="
                                + enc(GCM + "SELECT * { ?o a gcm:Objective }"))),
                bad("bad_query_wrong_media_type", ProtocolExchange.post("", "text/plain", OBJECTIVES)),
                bad("bad_query_missing_form_type", ProtocolExchange.post("", null, "query=" + enc(OBJECTIVES))),
                bad("bad_query_missing_direct_type", ProtocolExchange.post("", null, OBJECTIVES)),
                bad(
                        "bad_query_non_utf8",
                        ProtocolExchange.post("", QUERY + "; charset=UTF-16", OBJECTIVES, StandardCharsets.UTF_16)),
                bad("bad_query_syntax", ProtocolExchange.get("?query=" + enc(GCM + "ASK { ?o a gcm:Objective"))),
                bad("bad_update_get", ProtocolExchange.get("?update=" + enc("CLEAR ALL"))),
                bad(
                        "bad_multiple_updates",
                        ProtocolExchange.post(
                                "", FORM, "update=" + enc("CLEAR NAMED") + "&update=" + enc("CLEAR DEFAULT"))),
                bad("bad_update_wrong_media_type", ProtocolExchange.post("", "text/plain", "CLEAR NAMED")),
                bad("bad_update_missing_form_type", ProtocolExchange.post("", null, "update=" + enc("CLEAR NAMED"))),
                bad(
                        "bad_update_non_utf8",
                        ProtocolExchange.post("", UPDATE + "; charset=UTF-16", "CLEAR NAMED", StandardCharsets.UTF_16)),
                bad("bad_update_syntax", ProtocolExchange.post("", FORM, "update=" + enc("CLEAR XYZ"))),
                bad(
                        "bad_update_dataset_conflict",
                        ProtocolExchange.post(
                                "?" + graphs("using-named-graph-uri", DATA1),
                                UPDATE,
                                PROV + "WITH <" + DATA2
                                        + "> DELETE { ?s a prov:Entity } INSERT { ?s a dc:BibliographicResource } "
                                        + "WHERE { ?s a prov:Entity }")));
    }

    /** How many distinct triples the endpoint's default graph (the union) holds. */
    static long triples() throws Exception {
        Answer count = ProtocolExchange.post("", QUERY, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")
                .send(server.endpointUrl());
        assertEquals(200, count.status(), count.toString());
        return ProtocolExchange.count(count);
    }

    /** Why a case failed, or null; an update refused as read-only is not a failure. */
    static String check(Case c, long triples) throws Exception {
        String endpoint = server.endpointUrl();
        Answer answer = c.request().send(endpoint);
        System.out.println("w3c protocol: " + c.name() + " -> " + answer.status() + " " + answer.contentType() + " "
                + answer.format() + (answer.format() == Format.NONE ? "" : "=" + answer.truth()));
        switch (c.kind()) {
            case BAD_REQUEST -> {
                return answer.clientError() && answer.text().contains(c.says())
                        ? null
                        : "expected a 4xx saying '" + c.says() + "', got " + answer;
            }
            case UPDATE -> {
                if (!answer.clientError() || !answer.text().contains(c.says())) {
                    return "expected a refusal saying the endpoint is read-only, got " + answer;
                }
                if (c.tookEffect() != null) {
                    Answer effect =
                            ProtocolExchange.post("", QUERY, c.tookEffect()).send(endpoint);
                    if (effect.format() != Format.BOOLEAN || effect.truth()) {
                        return "the refused update took effect: " + effect;
                    }
                }
                return triples() == triples ? null : "the data changed after a refused update";
            }
            default -> {
                if (!answer.success() || answer.format() != c.format() || !answer.truth()) {
                    return "expected a true " + c.format() + ", got " + answer;
                }
                if (c.control() != null) {
                    Answer control = c.control().send(endpoint);
                    if (!control.success() || control.format() != c.format() || control.truth()) {
                        return "the control (another dataset) should give a false " + c.format() + ", got " + control;
                    }
                }
                return null;
            }
        }
    }

    @Test
    void theW3cProtocolTestsPassAdaptedToThisGraphAndUpdatesAreRefused() throws Exception {
        List<Case> cases = cases();
        long triples = triples();
        assertEquals(server.current().triples(), triples);
        int passed = 0;
        int refused = 0;
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            String failure = check(c, triples);
            if (failure != null) {
                failures.add(c.name() + ": " + failure);
            } else if (c.kind() == Kind.UPDATE) {
                refused++;
            } else {
                passed++;
            }
        }
        long controls = cases.stream().filter(c -> c.control() != null).count();
        Tally.record("W3C SPARQL 1.1 Protocol tests: applicable " + cases.size() + " / passed " + passed
                + " / refused as read-only " + refused + " (dataset tests with a control giving the opposite answer: "
                + controls + "); failures: " + failures.size());
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals(34, cases.size());
        assertEquals(27, passed);
        assertEquals(7, refused);
        assertEquals(12, controls);
    }
}
