package org.gcmkg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gcmkg.graph.Iris;
import org.gcmkg.pipeline.BuildConfig;
import org.gcmkg.pipeline.BuildException;
import org.gcmkg.pipeline.BuildPipeline;
import org.gcmkg.pipeline.PublishedBuild;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gcmkg build}: reads reports and publishes the validated graph files and the build report. */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        description = "Build the graph from one or more reports and write Turtle, N-Triples, TriG and JSON-LD "
                + "plus a build report. On any error, the output folder is left as it was.")
final class BuildCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    private Main main;

    @Option(
            names = "--report",
            paramLabel = "FILE",
            description = "A report to read (repeatable; each gets its own named graph). Default: data/"
                    + BuildConfig.DEFAULT_REPORT)
    List<Path> reports = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: target/graph).")
    Path out;

    @Option(names = "--data", paramLabel = "DIR", description = "Gazetteer and reference tables (default: data).")
    Path data;

    @Option(names = "--ontology", paramLabel = "DIR", description = "Ontology and shapes (default: ontology).")
    Path ontology;

    @Option(
            names = "--base",
            paramLabel = "IRI",
            description = "Base of the data IRIs (default: ${DEFAULT-VALUE}).",
            defaultValue = Iris.DEFAULT_BASE)
    String base;

    @Option(
            names = "--golden",
            paramLabel = "DIR",
            description = "Folder of golden readings (STEM-programs.tsv, "
                    + "STEM-figures.tsv for a report STEM.md): the build report measures each report against its own.")
    Path golden;

    @Override
    public Integer call() {
        BuildConfig defaults = BuildConfig.defaults(Path.of(""));
        BuildConfig config = new BuildConfig(
                reports.isEmpty() ? defaults.reports() : reports,
                out == null ? defaults.outDir() : out,
                data == null ? defaults.dataDir() : data,
                ontology == null ? defaults.ontologyDir() : ontology,
                base);
        if (golden != null) {
            config = config.withGoldenDir(golden);
        }
        try {
            PublishedBuild result = new BuildPipeline(config).run();
            main.out.println("gcmkg build: wrote " + result.outDir());
            main.out.print(result.report()
                    .markdown()
                    .lines()
                    .filter(l -> l.startsWith("| union") || l.startsWith("| **all**"))
                    .map(l -> "  " + l + "\n")
                    .reduce("", String::concat));
            return 0;
        } catch (BuildException e) {
            main.err.println("gcmkg build: error: " + e.getMessage());
            return 1;
        }
    }
}
