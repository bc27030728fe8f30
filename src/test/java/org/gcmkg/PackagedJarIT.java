package org.gcmkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's commands run from the shaded {@code target/gcmkg.jar} in their own JVM, as a user runs them: the jar
 * is built from exclusions in the pom, and a library that Jena reaches only at run time (through ServiceLoader or a
 * subsystem's start-up) would be missed by every test that runs on Maven's class path.
 */
class PackagedJarIT {
    static final Path JAR = Path.of("target", "gcmkg.jar");
    static final Pattern ENDPOINT = Pattern.compile("SPARQL endpoint at (http://\\S+)/sparql");
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {}

    @BeforeAll
    static void jarIsBuilt() {
        assertTrue(Files.isRegularFile(JAR), JAR + " is missing: failsafe runs after `package`");
    }

    /**
     * The JVM options of the test's own runs, put before the README's {@code -jar target/gcmkg.jar}: each command
     * runs for seconds, where the optimizing compiler and a parallel collector cost more CPU than they save.
     */
    static final List<String> QUICK_JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto");

    static List<String> command(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(QUICK_JVM);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        return command;
    }

    Run run(String... args) throws Exception {
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process process = new ProcessBuilder(command(args))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(4, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("gcmkg " + String.join(" ", args) + " did not finish:\n" + Files.readString(err));
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    static void assertSucceeded(Run run, String what) {
        assertEquals(0, run.exit(), what + " failed:\n" + run.out() + run.err());
    }

    static HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Accept", accept)
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String sparql(String root, String query) throws IOException, InterruptedException {
        HttpResponse<String> answer =
                get(root + "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, answer.statusCode(), query + "\n" + answer.body());
        return answer.body();
    }

    @Test
    void leavesOutTestLibrariesAndWhatNothingUses() throws IOException {
        List<String> absent = List.of(
                "org/junit/",
                "org/openqa/",
                "org/eclipse/rdf4j/",
                "org/semanticweb/",
                "org/bouncycastle/",
                "org/apache/shiro/",
                "com/github/jsonldjava/",
                "org/apache/http/",
                "com/fasterxml/jackson/",
                "com/google/common/",
                "org/apache/jena/shex/",
                "org/apache/jena/rdflink/",
                "org/apache/lucene/backward_codecs/",
                "org/gcmkg/bench/");
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> found = jar.stream()
                    .map(e -> e.getName())
                    .filter(name -> absent.stream().anyMatch(name::startsWith))
                    .limit(10)
                    .toList();
            assertEquals(List.of(), found);
            assertTrue(jar.getEntry("META-INF/services/org.apache.jena.sys.JenaSubsystemLifecycle") != null);
        }
    }

    /** Runs {@code help}, {@code build} and {@code validate}, while {@code serve} builds its store beside them. */
    void buildAndValidate() throws Exception {
        Run help = run("help");
        assertSucceeded(help, "help");
        for (String command : List.of("build", "validate", "serve", "query", "export", "mirror")) {
            assertTrue(help.out().contains("  " + command + " "), "help lists " + command + ":\n" + help.out());
        }
        Path out = tmp.resolve("graph");
        assertSucceeded(run("build", "--out", out.toString()), "build");
        for (String file : List.of(
                "gcmkg.ttl", "gcmkg.nt", "gcmkg.trig", "gcmkg.jsonld", "build-report.md", "build-report.json")) {
            assertTrue(Files.size(out.resolve(file)) > 0, file);
        }
        Run validate = run("validate", out.resolve("gcmkg.ttl").toString());
        assertSucceeded(validate, "validate");
        assertTrue(validate.out().contains("conforms"), validate.out());
    }

    @Test
    void everyDocumentedCommandRuns() throws Exception {
        Path store = tmp.resolve("store");
        Path log = tmp.resolve("serve.log");
        Process serve = new ProcessBuilder(command("serve", "--port", "0", "--store", store.toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            buildAndValidate();
            String root = null;
            long deadline = System.currentTimeMillis() + 240_000;
            while (root == null && serve.isAlive() && System.currentTimeMillis() < deadline) {
                Matcher m = ENDPOINT.matcher(Files.readString(log));
                root = m.find() ? m.group(1) : null;
                Thread.sleep(100);
            }
            assertTrue(root != null, "serve did not start:\n" + Files.readString(log));

            long triples = Long.parseLong(sparql(root, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
                    .lines()
                    .skip(1)
                    .findFirst()
                    .orElseThrow()
                    .strip());
            assertTrue(triples > 30_000, "triples served: " + triples);
            String found = sparql(
                    root,
                    "PREFIX text: <http://jena.apache.org/text#> "
                            + "SELECT ?s WHERE { ?s text:query \"trata\" } LIMIT 3");
            assertEquals(4, found.lines().count(), "the text index answers:\n" + found);
            HttpResponse<String> home = get(root + "/", "text/html");
            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains("/sparql"), home.body());
            HttpResponse<String> explorer = get(root + "/explore", "text/html");
            assertEquals(200, explorer.statusCode());
            HttpResponse<String> script = get(root + "/webjars/cytoscape/3.33.1/dist/cytoscape.min.js", "*/*");
            assertEquals(200, script.statusCode());
        } finally {
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
        }

        Run query = run("query", "programs-per-objective", "--store", store.toString(), "--format", "csv");
        assertSucceeded(query, "query");
        assertTrue(query.out().startsWith("n,objective_en,objective_es,programs,examples_en,examples_es"), query.out());
        assertEquals(24, query.out().lines().count(), "a header and 23 objectives:\n" + query.out());
        assertTrue(!query.err().contains("building"), "the served store is reused:\n" + query.err());

        Path graphml = tmp.resolve("collaboration.graphml");
        assertSucceeded(
                run(
                        "export",
                        "--format",
                        "graphml",
                        "--projection",
                        "collaboration",
                        "--store",
                        store.toString(),
                        "--out",
                        graphml.toString()),
                "export");
        assertTrue(Files.readString(graphml).contains("<graphml"), "a GraphML file");
    }
}
