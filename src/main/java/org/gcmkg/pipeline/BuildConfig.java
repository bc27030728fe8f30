package org.gcmkg.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.gcmkg.graph.Iris;

/**
 * What to build and where.
 *
 * @param reports     report files to read, each into its own named graph
 * @param outDir      the folder to publish into (replaced as a whole when the build succeeds)
 * @param dataDir     the folder with the gazetteer and reference tables
 * @param ontologyDir the folder with {@code gcmkg.ttl} and {@code shapes.ttl}
 * @param base        the base IRI of data IRIs
 * @param goldenDir   a folder of golden readings ({@code STEM-programs.tsv}, {@code STEM-figures.tsv} for a
 *                    report {@code STEM.md}); when given, the build report measures each report against its own
 */
public record BuildConfig(
        List<Path> reports, Path outDir, Path dataDir, Path ontologyDir, String base, Optional<Path> goldenDir) {
    /** A build without golden readings. */
    public BuildConfig(List<Path> reports, Path outDir, Path dataDir, Path ontologyDir, String base) {
        this(reports, outDir, dataDir, ontologyDir, base, Optional.empty());
    }
    /** The default report, under {@code data/}. */
    public static final String DEFAULT_REPORT = "informe-pmm-mexico-2018.md";

    /** Defaults relative to a project folder: the report in data/, output in target/graph. */
    public static BuildConfig defaults(Path project) {
        Path data = project.resolve("data");
        return new BuildConfig(
                List.of(data.resolve(DEFAULT_REPORT)),
                project.resolve("target").resolve("graph"),
                data,
                project.resolve("ontology"),
                Iris.DEFAULT_BASE);
    }

    public BuildConfig withReports(List<Path> files) {
        return new BuildConfig(List.copyOf(files), outDir, dataDir, ontologyDir, base, goldenDir);
    }

    public BuildConfig withOutDir(Path dir) {
        return new BuildConfig(reports, dir, dataDir, ontologyDir, base, goldenDir);
    }

    public BuildConfig withBase(String iri) {
        return new BuildConfig(reports, outDir, dataDir, ontologyDir, iri, goldenDir);
    }

    /** The same build, measured against the golden readings in {@code dir}. */
    public BuildConfig withGoldenDir(Path dir) {
        return new BuildConfig(reports, outDir, dataDir, ontologyDir, base, Optional.of(dir));
    }
}
