package org.gcmkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.gcmkg.TestBuild;
import org.gcmkg.graph.Iris;
import org.gcmkg.pipeline.BuildConfig;
import org.gcmkg.serve.GcmServer;
import org.gcmkg.serve.ServerSettings;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Python's SPARQLWrapper and rdflib, pandas' {@code read_csv} and Jena's {@code rsparql} get what curl gets from
 * the real endpoint for a SELECT, an ASK, a CONSTRUCT and a DESCRIBE ({@code src/test/resources/clients/compare_clients.py}
 * asks and compares). Skipped where Python 3 with those modules, or curl, is not installed; {@code .ci/run}
 * installs them (Debian's python3-rdflib, python3-sparqlwrapper, python3-pandas).
 */
class ClientsIT {
    static final Path SCRIPT = Path.of("src", "test", "resources", "clients", "compare_clients.py");

    static boolean runs(Path dir, String... command) {
        try {
            Process p = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Whether the three modules are installed, found without importing them (pandas alone takes a second). */
    static final String MODULES_FOUND = "import importlib.util, sys; sys.exit(0 if all(importlib.util.find_spec(m) "
            + "for m in ('rdflib', 'SPARQLWrapper', 'pandas')) else 1)";

    /** Debian's Python first (where apt installs the modules), then whichever python3 is on the PATH. */
    static Optional<String> python(Path dir) {
        return List.of("/usr/bin/python3", "python3").stream()
                .filter(p -> runs(dir, p, "-c", MODULES_FOUND))
                .findFirst();
    }

    @Test
    void pythonClientsPandasAndRsparqlGetWhatCurlGets(@TempDir Path dir) throws Exception {
        Optional<String> python = python(dir);
        Assumptions.assumeTrue(
                python.isPresent(),
                "python3 with rdflib, SPARQLWrapper and pandas is not installed "
                        + "(apt-get install -y python3-rdflib python3-sparqlwrapper python3-pandas)");
        Assumptions.assumeTrue(runs(dir, "curl", "--version"), "curl is not installed");
        BuildConfig config = BuildConfig.defaults(Path.of(""));
        try (GcmServer server = GcmServer.start(
                TestBuild.store(),
                ServerSettings.defaults(config.reports(), Iris.DEFAULT_BASE)
                        .withPort(0)
                        .withQueryTimeout(Duration.ofSeconds(30))
                        .withServiceAllowList(List.of()))) {
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Path output = dir.resolve("clients.txt");
            Process p = new ProcessBuilder(
                            python.get(),
                            SCRIPT.toAbsolutePath().toString(),
                            server.endpointUrl(),
                            "--java",
                            java,
                            "--classpath",
                            System.getProperty("java.class.path"))
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the clients did not finish in 5 minutes");
            String table = Files.readString(output, StandardCharsets.UTF_8);
            System.out.println(table);
            assertEquals(0, p.exitValue(), table);
            assertTrue(table.contains("clients disagreeing with curl: 0"), table);
            assertTrue(table.contains("| rsparql |"), table);
            Tally.record("clients (SPARQLWrapper, rdflib, pandas.read_csv, rsparql) against curl: "
                    + table.lines()
                            .filter(l -> l.startsWith("| SELECT")
                                    || l.startsWith("| ASK")
                                    || l.startsWith("| CONSTRUCT")
                                    || l.startsWith("| DESCRIBE")
                                    || l.startsWith("clients"))
                            .toList());
        }
    }
}
