package org.gcmkg.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A published build.
 *
 * @param outDir  where the files are
 * @param dataset the dataset that was published (named graphs: one per report, and the reference graph)
 * @param union   the union of its named graphs, with the published prefixes (the graph the shapes validated)
 * @param entries per report, what was read and its IRIs
 * @param report  the build report
 */
public record BuildResult(
        Path outDir, DatasetGraph dataset, Graph union, List<BuildReport.Entry> entries, BuildReport report) {}
