package org.gcmkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.gcmkg.ReadmeCounts;
import org.gcmkg.TestBuild;
import org.gcmkg.deploy.Deployment;
import org.gcmkg.pipeline.BuildConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TDB2 store on real disk: build, reuse, rebuild beside the live database, survive a kill -9. */
class GraphStoreIT {
    @TempDir
    Path tmp;

    private static long countTriples(StoredDataset stored) {
        return Txn.calculateRead(stored.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(stored.dataset()))
                    .query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }")
                    .build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    private static long count(StoredDataset stored, String where) {
        return Txn.calculateRead(stored.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(stored.dataset()))
                    .query("PREFIX gcm: <https://w3id.org/gcmkg/ontology#> SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { "
                            + where + " }")
                    .build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    /** A copy of the real report with one action's wording changed: new inputs, same shape. */
    private Path changedReport() throws Exception {
        Path report = tmp.resolve("reports").resolve("informe-pmm-mexico-2018.md");
        Files.createDirectories(report.getParent());
        String text = Files.readString(Path.of("data/informe-pmm-mexico-2018.md"), StandardCharsets.UTF_8);
        Files.writeString(report, text.replaceFirst("Grupos Beta", "Grupos  Beta"), StandardCharsets.UTF_8);
        return report;
    }

    @Test
    void buildsOnceThenReusesAndRebuildsWhenTheInputsChange() throws Exception {
        GraphStore store = new GraphStore(tmp.resolve("store"));
        BuildConfig config = BuildConfig.defaults(Path.of(""));
        assertTrue(store.openLive().isEmpty());
        StoredDataset first = new Deployment(store.root(), config, m -> {}).rebuild();
        assertEquals(23, count(first, "?x a gcm:Objective"));
        assertEquals(
                ReadmeCounts.of("reported actions"),
                count(first, "GRAPH ?g { ?x a gcm:ReportedAction }"),
                "the actions sit in a named graph");
        assertEquals(
                count(first, "?x a gcm:ReportedAction"),
                count(first, "GRAPH ?g { ?x a gcm:ReportedAction }"),
                "the default graph is the union of the named graphs");
        Path stats = first.directory()
                .orElseThrow()
                .resolve("tdb2")
                .resolve("Data-0001")
                .resolve("stats.opt");
        assertTrue(
                Files.readString(stats, StandardCharsets.UTF_8).contains("<https://w3id.org/gcmkg/ontology#addresses>"),
                "the optimizer's statistics count the union graph's predicates");
        GraphStore.release(first);

        StoredDataset again = store.openLive().orElseThrow();
        assertTrue(Deployment.isCurrent(again, config), "same inputs: the store is reused");
        assertEquals(first.fingerprint(), again.fingerprint());
        assertEquals(first.triples(), again.triples());
        assertEquals(countTriples(again), again.triples(), "the reopened store counts its union graph");
        assertTrue(again.triples() > 10_000, "triples: " + again.triples());
        GraphStore.release(again);

        // opening takes the count written by the load rather than counting the union again
        Path written = first.directory().orElseThrow().resolve(GraphStore.TRIPLES);
        assertEquals(first.triples() + "\n", Files.readString(written, StandardCharsets.UTF_8));
        Files.writeString(written, "7\n", StandardCharsets.UTF_8);
        StoredDataset told = store.openLive().orElseThrow();
        assertEquals(7, told.triples(), "the written count is read, not recounted");
        GraphStore.release(told);
        Files.delete(written);
        StoredDataset older = store.openLive().orElseThrow();
        assertEquals(first.triples(), older.triples(), "a database without the file is counted");
        GraphStore.release(older);

        BuildConfig changed = config.withReports(List.of(changedReport()));
        StoredDataset live = store.openLive().orElseThrow();
        assertFalse(Deployment.isCurrent(live, changed));
        GraphStore.release(live);
        StoredDataset rebuilt = new Deployment(store.root(), changed, m -> {}).rebuild();
        assertNotEquals(first.fingerprint(), rebuilt.fingerprint());
        GraphStore.release(rebuilt);
        store.removeRetired();
        try (Stream<Path> dirs = Files.list(store.root())) {
            assertEquals(
                    1,
                    dirs.filter(d -> d.getFileName().toString().startsWith("db-"))
                            .count());
        }
    }

    @Test
    void aRebuildKilledMidwayLeavesThePreviousDatabaseLiveAndWhole() throws Exception {
        Path storeDir = tmp.resolve("store");
        GraphStore store = new GraphStore(storeDir);
        BuildConfig config = BuildConfig.defaults(Path.of(""));
        // The previous database holds the shared build: what is tested here is the kill, not the build.
        StoredDataset previous;
        try (NewDatabase database = store.begin()) {
            previous = database.install(TestBuild.finished(), m -> {});
        }
        long triples = previous.triples();
        String fingerprint = previous.fingerprint();
        long actions = count(previous, "?x a gcm:ReportedAction");
        GraphStore.release(previous);

        // A real server process, rebuilding for new inputs, killed with SIGKILL while it builds.
        Process process = ServeProcess.start(
                storeDir, tmp.resolve("serve.log"), "--report", changedReport().toString());
        try {
            long deadline = System.currentTimeMillis() + 120_000;
            while (System.currentTimeMillis() < deadline && !ServeProcess.building(storeDir)) {
                Thread.sleep(20);
            }
            assertTrue(
                    ServeProcess.building(storeDir),
                    "the server started a rebuild: " + Files.readString(tmp.resolve("serve.log")));
        } finally {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        assertTrue(ServeProcess.building(storeDir), "the killed build left its folder");
        StoredDataset after = store.openLive().orElseThrow();
        assertEquals(fingerprint, after.fingerprint(), "the previous database is still the live one");
        assertEquals(triples, after.triples());
        assertEquals(actions, count(after, "?x a gcm:ReportedAction"));
        GraphStore.release(after);

        // The next start removes what the killed build left, and serves the previous database as it was.
        List<String> said = new ArrayList<>();
        Deployment next = new Deployment(storeDir, config, said::add);
        StoredDataset served = next.openForServing().current();
        assertFalse(ServeProcess.building(storeDir), "a building folder is left after the next start: " + said);
        assertTrue(said.stream().anyMatch(m -> m.startsWith("removed 1 unfinished")), said.toString());
        assertEquals(fingerprint, served.fingerprint());
        assertEquals(actions, count(served, "?x a gcm:ReportedAction"));
        next.close();
    }
}
