package org.gcmkg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.gcmkg.TestBuild;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line as a user runs it: exit codes, messages, and what it leaves on disk. */
class CommandLineTest {
    private static final Path BROKEN = Path.of("src/test/resources/reports/broken");

    @TempDir
    static Path tmp;

    static Path published;
    static Map<String, byte[]> before;

    record Run(int exit, String out, String err) {}

    /** Runs {@code gcmkg ARGS} in this JVM with streams of its own, so runs can go side by side. */
    static Run gcmkg(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A published build of the default report (a copy of the shared one: its bytes are what `build` writes). */
    @BeforeAll
    static void publishOnce() throws Exception {
        published = TestBuild.copyPublished(tmp.resolve("graph"));
        before = snapshot(published);
    }

    static Map<String, byte[]> snapshot(Path dir) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        try (var stream = Files.list(dir)) {
            for (Path p : stream.toList()) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "empty.md",
                "blank-lines-only.md",
                "latin1-encoded.md",
                "binary.md",
                "no-objective-headings.md",
                "objective-repeated.md",
                "objective-missing.md",
                "truncated-mid-objective.md"
            })
    void aBrokenReportFailsNamingTheLineAndLeavesThePublishedBuildUntouched(String name) throws Exception {
        Path report = BROKEN.resolve(name);
        Run run = gcmkg("build", "--report", report.toString(), "--out", published.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith("gcmkg build: error: " + report + ":"), run.err());
        assertTrue(run.err().matches("(?s).*" + java.util.regex.Pattern.quote(name) + ":\\d+: .+"), run.err());
        Map<String, byte[]> after = snapshot(published);
        assertEquals(before.keySet(), after.keySet());
        for (String file : before.keySet()) {
            assertArrayEquals(before.get(file), after.get(file), file);
        }
        assertEquals(List.of("graph"), siblingsOf(published));
    }

    private static List<String> siblingsOf(Path dir) throws Exception {
        try (var stream = Files.list(dir.getParent())) {
            return stream.map(p -> p.getFileName().toString())
                    .filter(n -> n.contains("graph"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void buildsSeveralReportsEachInItsOwnNamedGraph() throws Exception {
        Path out = tmp.resolve("two");
        Run run = gcmkg(
                "build",
                "--report",
                "data/informe-pmm-mexico-2018.md",
                "--report",
                "src/test/resources/reports/informe-ficticio-costa-rica-2019.md",
                "--out",
                out.toString());
        assertEquals(0, run.exit(), run.err());
        var dataset = RDFDataMgr.loadDataset(out.resolve("gcmkg.trig").toString());
        assertTrue(dataset.containsNamedModel("https://w3id.org/gcmkg/graph/report/mex-2018-09-07"));
        assertTrue(dataset.containsNamedModel("https://w3id.org/gcmkg/graph/report/cri-2019-03-15"));
        Model costaRica = dataset.getNamedModel("https://w3id.org/gcmkg/graph/report/cri-2019-03-15");
        String ask = "PREFIX gcm: <https://w3id.org/gcmkg/ontology#> ASK { ?r a gcm:Report ; gcm:reportingCountry ?c . "
                + "?c <http://www.w3.org/2000/01/rdf-schema#label> \"Costa Rica\"@es . ?a a gcm:ReportedAction }";
        try (QueryExecution qe = QueryExecution.model(costaRica).query(ask).build()) {
            assertTrue(qe.execAsk(), "the made-up report's graph holds its own report and actions");
        }
    }

    @Test
    void validateAcceptsThePublishedGraph() {
        Run run = gcmkg("validate", published.resolve("gcmkg.ttl").toString());
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("conforms"), run.out());
    }

    @Test
    void validateListsViolationsWithFocusNodePathAndMessage() throws Exception {
        Path bad = tmp.resolve("bad.ttl");
        Files.writeString(bad, """
                @prefix gcm: <https://w3id.org/gcmkg/ontology#> .
                <https://w3id.org/gcmkg/id/report/x/objective/1/action/abc> a gcm:ReportedAction .
                """);
        Run run = gcmkg("validate", bad.toString());
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.out().contains("<https://w3id.org/gcmkg/id/report/x/objective/1/action/abc>"), run.out());
        assertTrue(run.out().contains("underObjective"), run.out());
        assertTrue(run.out().contains("does not conform"), run.out());
    }

    @Test
    void validateRefusesAFileThatIsNotRdf() throws Exception {
        Path junk = tmp.resolve("junk.ttl");
        Files.writeString(junk, "this is not turtle");
        assertEquals(2, gcmkg("validate", junk.toString()).exit());
    }

    /** Issue 13, case 13: deeply nested Turtle or JSON-LD is "cannot be read" (2), without a stack trace. */
    @Test
    void validateReportsNestingTooDeepWithExit2() throws Exception {
        Path turtle = tmp.resolve("deep.ttl");
        Files.writeString(
                turtle,
                "<http://example.org/a> <http://example.org/p> " + "[ <http://example.org/p> ".repeat(100_000)
                        + "]".repeat(100_000) + " .");
        Path jsonld = tmp.resolve("deep.jsonld");
        Files.writeString(jsonld, "{\"http://example.org/p\": ".repeat(100_000) + "1" + "}".repeat(100_000));
        for (Path file : List.of(turtle, jsonld)) {
            Run run = gcmkg("validate", file.toString());
            assertEquals(2, run.exit(), file + ": " + run.err());
            assertTrue(
                    run.err().lines().count() <= 2,
                    run.err().lines().limit(5).toList().toString());
        }
    }

    /** Issue 13, case 13: a remote JSON-LD @context is not fetched. */
    @Test
    void validateNeverFetchesARemoteContext() throws Exception {
        Path jsonld = tmp.resolve("remote.jsonld");
        Files.writeString(
                jsonld,
                "{\"@context\": \"http://localhost:1/context.jsonld\", \"@id\": \"http://example.org/a\", \"p\": 1}");
        Run run = gcmkg("validate", jsonld.toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("remote JSON-LD contexts are not fetched"), run.err());
    }
}
