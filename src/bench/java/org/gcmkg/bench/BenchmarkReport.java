package org.gcmkg.bench;

import java.util.List;
import java.util.Locale;

/** The benchmark figures as the Markdown of {@code docs/benchmarks.md}. */
public final class BenchmarkReport {
    private BenchmarkReport() {}

    public static String markdown(
            String command,
            String machine,
            String date,
            BuildBenchmark.Result build,
            List<ScaleBenchmark.Row> scale,
            ServingBenchmark.Result serving) {
        StringBuilder b = new StringBuilder("# Benchmarks\n\n");
        b.append("Written by `")
                .append(command)
                .append("` on ")
                .append(date)
                .append(".\n\n")
                .append("Machine: ")
                .append(machine)
                .append(".\n\n")
                .append(
                        "Every figure below comes from that one run; ratios compare gcmkg with the plain tool measured in the ")
                .append(
                        "same run on the same machine. Rerun the command to reproduce the tables (it rewrites this file); ")
                .append(
                        "the benchmark is compiled with the tests, not shipped in the jar: `mvn -B -ntp -q package -DskipTests` ")
                .append(
                        "first. Serving comes first, novel queries first: a question asked once is what a researcher waits ")
                .append("for; the repeated mix measures the answer cache.\n");
        if (serving != null) {
            ServingReport.append(b, serving);
        }
        if (build != null) {
            b.append("\n## Build: report to TDB2, against plain Jena\n\n")
                    .append(
                            "gcmkg: read and segment the report, extract, build the graph and its network measures, validate with ")
                    .append(
                            "SHACL, a report at a time, writing the four files into the new database's folder; then stream the ")
                    .append(
                            "TriG file into TDB2 (node ids first, then each quad index in its own key order) and the text index ")
                    .append("(docs/build.md). Plain Jena: parse the build's own TriG dump ")
                    .append("(RIOT) and load it with the TDB2 loader into a fresh database. Median of ")
                    .append(build.runs())
                    .append(" runs after ")
                    .append(BuildBenchmark.WARM_UP_RUNS)
                    .append(
                            " unmeasured warm-up runs each (the JIT compiler is still compiling the build's code during the ")
                    .append(
                            "first runs), both in the same JVM with its default settings. The gcmkg time runs from the start ")
                    .append(
                            "of `Deployment.rebuild` (fingerprint of the inputs) until the new database is live and open; the ")
                    .append("plain time from creating the database until the loader has committed.\n\n")
                    .append("| | median | ratio |\n|---|---:|---:|\n")
                    .append(String.format(
                            Locale.ROOT, "| gcmkg build | %.0f ms | %.2f× |%n", build.buildMillis(), build.ratio()))
                    .append(String.format(
                            Locale.ROOT,
                            "| plain Jena parse + TDB2 load (%,d quads) | %.0f ms | 1× |%n",
                            build.quads(),
                            build.plainMillis()))
                    .append("\nEvery measured run, in order (gcmkg / plain): ");
            for (int i = 0; i < build.builds().size(); i++) {
                b.append(i == 0 ? "" : ", ")
                        .append(String.format(
                                Locale.ROOT,
                                "%.0f / %.0f ms",
                                build.builds().get(i),
                                build.plains().get(i)));
            }
            b.append(".\n");
        }
        if (scale != null && !scale.isEmpty()) {
            b.append("\n## Scale: synthetic corpora\n\n")
                    .append(
                            "Copies of the report, each dated a day later (its own report IRI and named graph) with every ")
                    .append(
                            "grouped figure raised by its copy number, built with the real pipeline into TDB2; then each curated ")
                    .append(
                            "query (federated and full-text ones aside) run once to warm up and once measured. Every size runs ")
                    .append(
                            "to the end. Peak heap is measured: the largest heap in use just after a garbage collection during ")
                    .append(
                            "that size's build (the heap pools' usage after each collection the JVM reports, and after one ")
                    .append(
                            "System.gc() when the build ends), that is the live data plus what that collection left; not the ")
                    .append("sum of the pools' own peaks.\n\n")
                    .append("| reports | triples | build | triples/s | peak heap | query median | slowest query |\n")
                    .append("|---:|---:|---:|---:|---:|---:|---|\n");
            for (ScaleBenchmark.Row r : scale) {
                b.append(String.format(
                        Locale.ROOT,
                        "| %d | %,d | %.1f s | %,.0f | %,d MiB | %.1f ms | %s (%.0f ms) |%n",
                        r.reports(),
                        r.triples(),
                        r.buildMillis() / 1000,
                        r.triplesPerSecond(),
                        r.peakHeapMiB(),
                        r.queryMedianMillis(),
                        r.slowest(),
                        r.queryMaxMillis()));
            }
        }
        return b.toString();
    }
}
