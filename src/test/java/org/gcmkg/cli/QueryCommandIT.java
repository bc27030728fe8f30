package org.gcmkg.cli;

import static org.gcmkg.cli.CommandLineTest.gcmkg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gcmkg query} against a real TDB2 store built on first use, and shared by the tests that follow. */
class QueryCommandIT {
    @TempDir
    static Path tmp;

    static String store;
    static CommandLineTest.Run first;

    @BeforeAll
    static void queryAnEmptyStore() {
        store = tmp.resolve("store").toString();
        first = gcmkg("query", "programs-per-objective", "--store", store, "--format", "csv");
    }

    @Test
    void runsANamedQueryOfTheLibraryInEveryFormat() throws Exception {
        CommandLineTest.Run csv = first;
        assertEquals(0, csv.exit(), csv.err());
        List<String> lines = csv.out().lines().toList();
        assertEquals(24, lines.size(), "a header and the 23 objectives:\n" + csv.out());
        assertTrue(csv.err().contains("building the graph"), "the first run builds the store: " + csv.err());

        CommandLineTest.Run json = gcmkg("query", "programs-per-objective.rq", "--store", store, "--format", "json");
        assertEquals(0, json.exit(), json.err());
        assertTrue(json.out().contains("\"bindings\""), json.out());
        assertTrue(json.err().isEmpty(), "the second run reuses the store: " + json.err());

        CommandLineTest.Run table = gcmkg("query", "programs-per-objective", "--store", store);
        assertTrue(table.out().contains("| n "), table.out());
    }

    @Test
    void runsAQueryFileAndRefusesWhatIsNeitherAFileNorAName() throws Exception {
        Path file = Files.writeString(
                tmp.resolve("ask.rq"),
                "PREFIX gcm: <https://w3id.org/gcmkg/ontology#> ASK { ?o gcm:objectiveNumber 23 }");
        CommandLineTest.Run ask = gcmkg("query", file.toString(), "--store", store, "--format", "tsv");
        assertEquals(0, ask.exit(), ask.err());
        assertEquals("true", ask.out().strip());
        CommandLineTest.Run missing = gcmkg("query", "no-such-query", "--store", store);
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("no-such-query"), missing.err());
    }

    /** Issue 13, case 13: a query file's SERVICE obeys the same allow list as the endpoint: none by default. */
    @Test
    void serviceFromAFileIsRefusedWithoutAnAllowList() throws Exception {
        Path file = Files.writeString(
                tmp.resolve("service.rq"), "SELECT * WHERE { SERVICE <http://localhost:1/sparql> { ?s ?p ?o } }");
        CommandLineTest.Run run = gcmkg("query", file.toString(), "--store", store);
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.err().contains("SERVICE") && run.err().contains("not allowed"), run.err());
    }
}
