package org.gcmkg.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gcmkg.pipeline.AtomicDirectory;
import org.gcmkg.pipeline.BuildConfig;
import org.gcmkg.query.LibraryQuery;
import org.gcmkg.query.QueryLibrary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The benchmark: measures serving, build and scale against the plain tools, and writes docs/benchmarks.md. It
 * is not part of the application jar: its classes are compiled with the tests (from {@code src/bench/java}) and
 * run beside the jar, {@code java -cp target/gcmkg.jar:target/test-classes org.gcmkg.bench.BenchMain}.
 */
@Command(
        name = "BenchMain",
        mixinStandardHelpOptions = true,
        description =
                "Benchmark the build against plain Jena parsing and loading, synthetic corpora of growing size, and "
                        + "serving the curated query mix against a plain Fuseki; write the figures with the machine's description.")
public final class BenchMain implements Callable<Integer> {
    /** The command as the README shows it, before its options. */
    static final String COMMAND = "java -cp target/gcmkg.jar:target/test-classes org.gcmkg.bench.BenchMain";

    @Option(names = "--only", split = ",", paramLabel = "PART", description = "build, scale, serving (default: all).")
    List<String> only = new ArrayList<>(List.of("build", "scale", "serving"));

    @Option(names = "--runs", defaultValue = "5", description = "Measured build runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(
            names = "--sizes",
            split = ",",
            defaultValue = "1,10,100,1000",
            description = "Corpus sizes in reports (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(
            names = "--clients",
            defaultValue = "16",
            description = "Concurrent HTTP clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(
            names = "--seconds",
            defaultValue = "30",
            description = "Measured seconds of load per server (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(
            names = "--out",
            defaultValue = "docs/benchmarks.md",
            description = "Where to write the figures (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(
            names = "--work",
            defaultValue = "target/bench",
            description = "Scratch folder (default: ${DEFAULT-VALUE}).")
    Path work;

    @Override
    public Integer call() throws Exception {
        BuildConfig config = BuildConfig.defaults(Path.of(""));
        List<LibraryQuery> mix = QueryLibrary.load(Path.of("queries")).stream()
                .filter(q -> !q.isFederated() && !q.text().contains("text:query"))
                .toList();
        AtomicDirectory.deleteTree(work);
        Files.createDirectories(work);
        // Every size runs to the end within the heap limit, so the recorded command carries it.
        String heap = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-Xmx"))
                .reduce((a, b) -> b)
                .map(a -> a + " ")
                .orElse("");
        String command =
                COMMAND.replace("java ", "java " + heap) + (only.size() < 3 ? " --only " + String.join(",", only) : "")
                        + " --runs " + runs + " --sizes "
                        + sizes.stream()
                                .map(String::valueOf)
                                .reduce((a, b) -> a + "," + b)
                                .orElse("")
                        + " --clients " + clients + " --seconds " + (long) seconds;
        BuildBenchmark.Result build = only.contains("build") ? BuildBenchmark.run(config, work, runs, this::log) : null;
        List<ScaleBenchmark.Row> scale = only.contains("scale")
                ? ScaleBenchmark.run(config, config.reports().get(0), sizes, mix, work, this::log)
                : null;
        ServingBenchmark.Result serving =
                only.contains("serving") ? ServingBenchmark.run(config, mix, clients, seconds, work, this::log) : null;
        String md = BenchmarkReport.markdown(
                command, Machine.describe(), LocalDate.now(ZoneOffset.UTC).toString(), build, scale, serving);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, md, StandardCharsets.UTF_8);
        log("wrote " + out);
        AtomicDirectory.deleteTree(work);
        return 0;
    }

    private void log(String message) {
        System.err.println("gcmkg bench: " + message);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }
}
