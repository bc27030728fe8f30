package org.gcmkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.gcmkg.TestBuild;
import org.gcmkg.graph.Iris;
import org.gcmkg.graph.Publication;
import org.gcmkg.pipeline.BuildConfig;
import org.gcmkg.store.StoredDataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, case 11: a literal comes back from the endpoint with the lexical form the dump has (the TDB2 store
 * spells numbers canonically; the build writes them so).
 */
class LiteralFormsIT {
    static GcmServer server;
    static StoredDataset stored;

    @BeforeAll
    static void start() throws Exception {
        BuildConfig config = BuildConfig.defaults(Path.of(""));
        stored = TestBuild.store();
        server = GcmServer.start(
                stored,
                ServerSettings.defaults(config.reports(), Iris.DEFAULT_BASE)
                        .withPort(0)
                        .withQueryTimeout(Duration.ofSeconds(30))
                        .withServiceAllowList(List.of()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyLiteralOfTheDumpComesBackSpeltAsInTheDump() {
        DatasetGraph dump = RDFDataMgr.loadDatasetGraph(
                stored.dumps().resolve(Publication.TRIG).toString());
        Set<String> written = new TreeSet<>();
        Set<String> graphs = new TreeSet<>();
        dump.find().forEachRemaining(q -> {
            graphs.add(q.getGraph().getURI());
            if (q.getObject().isLiteral()) {
                written.add(NodeFmtLib.strNT(q.getGraph()) + " " + NodeFmtLib.strNT(q.getObject()));
            }
        });
        Set<String> served = new TreeSet<>();
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(server.endpointUrl())
                .query("SELECT DISTINCT ?g ?o { GRAPH ?g { ?s ?p ?o FILTER(isLiteral(?o)) } }")
                .acceptHeader("application/sparql-results+json")
                .build()) {
            ResultSet rows = qe.execSelect();
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                Node g = row.get("g").asNode();
                if (graphs.contains(g.getURI())) {
                    served.add(NodeFmtLib.strNT(g) + " "
                            + NodeFmtLib.strNT(row.get("o").asNode()));
                }
            }
        }
        assertTrue(written.size() > 5_000, written.size() + " literals");
        assertTrue(written.stream().anyMatch(l -> l.endsWith(" \"22\"^^<http://www.w3.org/2001/XMLSchema#integer>")));
        assertEquals(written, served);
    }
}
