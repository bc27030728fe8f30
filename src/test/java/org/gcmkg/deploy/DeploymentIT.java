package org.gcmkg.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gcmkg.TestBuild;
import org.gcmkg.graph.Iris;
import org.gcmkg.pipeline.BuildConfig;
import org.gcmkg.pipeline.Fingerprint;
import org.gcmkg.serve.GcmServer;
import org.gcmkg.serve.ServerSettings;
import org.gcmkg.store.GraphStore;
import org.gcmkg.store.LiveDataset;
import org.gcmkg.store.NewDatabase;
import org.gcmkg.store.ReleaseVersion;
import org.gcmkg.store.StoredDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server started on a store built from other inputs serves the previous database at once, rebuilds in the
 * background and switches to the new database without a restart: the same endpoint then answers from it, text
 * search included, and the previous database's folder is gone.
 */
class DeploymentIT {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    Path tmp;

    private static String get(String url) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Accept", "text/csv")
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static long selectCount(GcmServer server, String where) throws Exception {
        String query = "PREFIX text: <http://jena.apache.org/text#> SELECT (COUNT(*) AS ?n) WHERE { " + where + " }";
        String csv = get(server.endpointUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return Long.parseLong(csv.lines().skip(1).findFirst().orElseThrow().strip());
    }

    @Test
    void aStaleStoreServesAtOnceThenSwitchesToTheRebuiltDatabase() throws Exception {
        Path storeDir = tmp.resolve("store");
        BuildConfig config = BuildConfig.defaults(Path.of(""));
        // the live database: the JVM's shared build, loaded as a deployment loads one
        StoredDataset previous;
        try (NewDatabase database = new GraphStore(storeDir).begin()) {
            previous = database.install(TestBuild.finished(), m -> {});
        }
        String previousRelease = previous.release();
        GraphStore.release(previous);

        Path report = tmp.resolve("reports").resolve(BuildConfig.DEFAULT_REPORT);
        Files.createDirectories(report.getParent());
        Files.writeString(
                report,
                Files.readString(Path.of("data", BuildConfig.DEFAULT_REPORT), StandardCharsets.UTF_8)
                        .replaceFirst("Grupos Beta", "Grupos  Beta"),
                StandardCharsets.UTF_8);
        BuildConfig changed = config.withReports(List.of(report));

        List<String> said = new ArrayList<>();
        Deployment deployment = new Deployment(storeDir, changed, said::add);
        LiveDataset live = deployment.openForServing();
        assertTrue(said.stream().anyMatch(m -> m.startsWith("the inputs changed")), said.toString());
        GcmServer server = GcmServer.start(
                live,
                ServerSettings.defaults(changed.reports(), Iris.DEFAULT_BASE)
                        .withPort(0)
                        // long enough for the union count while a rebuild and other test classes share the CPU
                        .withQueryTimeout(Duration.ofSeconds(60)));
        try {
            String root = "http://localhost:" + server.port();
            assertTrue(get(root + "/health").contains(previousRelease), "the previous database serves at once");
            long searchHits = selectCount(server, "?s text:query \"trata\"");
            assertTrue(searchHits > 0, "text search on the previous database");

            Thread rebuild =
                    deployment.rebuildInBackground(Duration.ofSeconds(15)).orElseThrow();
            rebuild.join(Duration.ofMinutes(5).toMillis());
            assertFalse(rebuild.isAlive(), "the rebuild ended: " + said);

            String release = ReleaseVersion.of(Fingerprint.of(changed));
            assertTrue(get(root + "/health").contains(release), "the new database serves: " + said);
            assertEquals(release, server.current().release());
            assertEquals(
                    server.current().triples(),
                    selectCount(server, "SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o }"),
                    "the endpoint answers from the new database, its default graph the union");
            assertEquals(searchHits, selectCount(server, "?s text:query \"trata\""), "text search after the switch");
            try (Stream<Path> dirs = Files.list(storeDir)) {
                List<String> left = dirs.map(d -> d.getFileName().toString())
                        .filter(n -> n.startsWith("db-") || n.startsWith("building-"))
                        .toList();
                assertEquals(
                        List.of(server.current()
                                .directory()
                                .orElseThrow()
                                .getFileName()
                                .toString()),
                        left);
            }
            assertTrue(deployment.rebuildInBackground(Duration.ZERO).isEmpty(), "nothing more to rebuild");
        } finally {
            server.close();
            deployment.close();
        }
    }
}
