package org.gcmkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.gcmkg.cli.Main;
import org.gcmkg.graph.Publication;
import org.gcmkg.pipeline.BuildPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs what the README shows, as a reader would: its commands (those that end), its SPARQL examples on the
 * built graph, and checks its test command is the one CI runs and its counts are those of the build.
 */
class ReadmeIT {
    private static final Path README = Path.of("README.md");
    private static final Pattern FENCE = Pattern.compile("```(\\w+)\\n(.*?)```", Pattern.DOTALL);
    private static final String JAR = "java -jar target/gcmkg.jar ";

    /** Where the README's {@code target/} is for this test: its own folder, not the project's. */
    @TempDir
    static Path target;

    static String readme;
    static Model graph;

    @BeforeAll
    static void runTheReadmeCommands() throws Exception {
        readme = Files.readString(README);
        List<String> commands = blocks("sh").stream()
                .flatMap(String::lines)
                .filter(l -> l.startsWith(JAR))
                .map(l -> l.substring(JAR.length()).trim())
                .toList();
        assertTrue(commands.stream().anyMatch(c -> c.startsWith("build")), "the README shows a build command");
        for (String command : commands) {
            List<String> args = inOwnTarget(command.split("\\s+"));
            if (args.get(0).equals("serve") || args.get(0).equals("mirror")) {
                continue; // a server does not end; the endpoint and query-library tests start them
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = Main.run(
                    new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8),
                    args.toArray(String[]::new));
            assertEquals(0, exit, "README command: gcmkg " + command + "\n" + err.toString(StandardCharsets.UTF_8));
        }
        graph = RDFDataMgr.loadModel(
                target.resolve("graph").resolve(Publication.TURTLE).toString());
    }

    /**
     * The command's arguments with the project's {@code target/} replaced by this test's folder, and the default
     * output and store (both under {@code target/}) given as options pointing there too.
     */
    static List<String> inOwnTarget(String[] command) {
        List<String> args = new ArrayList<>();
        for (String arg : command) {
            args.add(
                    arg.startsWith("target/")
                            ? target.resolve(arg.substring("target/".length())).toString()
                            : arg);
        }
        if (args.get(0).equals("build") && !args.contains("--out")) {
            args.addAll(List.of("--out", target.resolve("graph").toString()));
        }
        if ((args.get(0).equals("export") || args.get(0).equals("query")) && !args.contains("--store")) {
            args.addAll(List.of("--store", target.resolve("store").toString()));
        }
        return args;
    }

    static List<String> blocks(String language) {
        List<String> found = new ArrayList<>();
        Matcher m = FENCE.matcher(readme);
        while (m.find()) {
            if (m.group(1).equals(language)) {
                found.add(m.group(2));
            }
        }
        return found;
    }

    @Test
    void theTestCommandIsTheOneCiRuns() throws Exception {
        String ci = Files.readAllLines(Path.of(".ci/run")).stream()
                .filter(l -> l.startsWith("mvn "))
                .reduce((a, b) -> b)
                .orElseThrow();
        List<String> shown = blocks("sh").stream()
                .flatMap(String::lines)
                .filter(l -> l.startsWith("mvn "))
                .toList();
        assertTrue(shown.contains(ci), "README shows " + shown + " but .ci/run runs " + ci);
    }

    @Test
    void theBenchmarkCommandIsTheOneThatWroteTheFigures() throws Exception {
        String recorded = Files.readString(Path.of("docs/benchmarks.md"))
                .lines()
                .filter(l -> l.startsWith("Written by `"))
                .findFirst()
                .orElseThrow();
        String command = recorded.substring("Written by `".length(), recorded.indexOf('`', "Written by `".length()));
        assertTrue(
                blocks("text").stream().flatMap(String::lines).anyMatch(command::equals),
                "the README should show the command that wrote docs/benchmarks.md: " + command);
    }

    @Test
    void theServeCommandIsShownAfterPackagingTheJar() {
        assertTrue(blocks("sh").stream()
                .flatMap(String::lines)
                .anyMatch(l -> l.contains("package") && l.endsWith(JAR + "serve")));
    }

    @Test
    void everySparqlExampleRunsAndAnswers() {
        List<String> queries = blocks("sparql");
        assertTrue(queries.size() >= 3);
        for (String query : queries) {
            try (QueryExecution qe = QueryExecution.model(graph).query(query).build()) {
                ResultSet rows = qe.execSelect();
                assertTrue(rows.hasNext(), "no answer to README query:\n" + query);
            }
        }
    }

    @Test
    void theCountsTableIsTheBuildsOwn() throws Exception {
        String table = readme.substring(readme.indexOf("<!-- counts:begin -->"), readme.indexOf("<!-- counts:end -->"));
        String build = Files.readString(target.resolve("graph").resolve(BuildPipeline.BUILD_REPORT_JSON));
        jakarta.json.JsonObject json =
                jakarta.json.Json.createReader(new java.io.StringReader(build)).readObject();
        jakarta.json.JsonObject report = json.getJsonArray("reports").getJsonObject(0);
        jakarta.json.JsonObject totals = report.getJsonObject("totals");
        jakarta.json.JsonObject entities = report.getJsonObject("entities");
        List<String> expected = new ArrayList<>(Arrays.asList(
                row("objectives", report.getJsonArray("objectives").size()),
                row("reported actions", totals.getInt("actions")),
                row("future goals", totals.getInt("goals")),
                row("reported figures", totals.getInt("figures")),
                row("programs", entities.getInt("program")),
                row("Mexican public agencies", entities.getInt("public-agency")),
                row("international partners", entities.getInt("international-partner")),
                row("Mexican academic and private partners", entities.getInt("domestic-partner")),
                row("places", entities.getInt("place")),
                row(
                        "names not in the gazetteer",
                        report.getJsonArray("unresolved").size()),
                row(
                        "triples (union of named graphs)",
                        json.getJsonObject("triples").getInt("union"))));
        jakarta.json.JsonArray fidelity = report.getJsonArray("fidelity");
        assertTrue(
                fidelity != null && !fidelity.isEmpty(),
                "the README's build command measures the report against " + "its golden reading (build --golden)");
        for (jakarta.json.JsonValue value : fidelity) {
            jakarta.json.JsonObject score = value.asJsonObject();
            expected.add(String.format(
                    java.util.Locale.ROOT,
                    "| %s: precision / recall | %.3f / %.3f |",
                    score.getString("measure"),
                    score.getJsonNumber("precision").doubleValue(),
                    score.getJsonNumber("recall").doubleValue()));
        }
        for (String line : expected) {
            assertTrue(table.contains(line), "README counts table lacks the line '" + line + "':\n" + table);
        }
        assertEquals(
                expected.size(),
                table.lines()
                        .filter(l -> l.startsWith("| ") && !l.startsWith("| what"))
                        .count(),
                "the README counts table holds exactly the build's rows:\n" + table);
    }

    private static String row(String what, long n) {
        return "| " + what + " | " + n + " |";
    }
}
