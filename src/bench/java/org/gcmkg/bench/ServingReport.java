package org.gcmkg.bench;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The serving section of {@code docs/benchmarks.md}: novel texts first, then repeated ones, then each query alone. */
final class ServingReport {
    private ServingReport() {}

    static void append(StringBuilder b, ServingBenchmark.Result serving) {
        b.append("\n## Serving: the curated query mix under ")
                .append(serving.clients())
                .append(" concurrent clients\n\n")
                .append("The ")
                .append(serving.queries())
                .append(" curated queries that need neither the internet nor the ")
                .append(
                        "full-text index, over HTTP (POST, SPARQL JSON results), each client asking them in its own shuffled ")
                .append(
                        "order for the measured window after a warm-up of a quarter of it. gcmkg: `gcmkg serve` on the TDB2 ")
                .append(
                        "store with its default settings (answers cached by dataset version). Plain: Fuseki 5.6.0 serving the ")
                .append(
                        "same TriG dump from TDB2 with the union default graph, as Fuseki ships (it allocates a new 5 MiB ")
                .append(
                        "output buffer for every response, which gcmkg keeps in a pool; docs/engine.md says what else gcmkg ")
                .append("does for a new query). Answers identical on both before the load, ")
                .append("as the curated text and as a novel one: ")
                .append(serving.identical())
                .append(" of ")
                .append(serving.queries())
                .append(
                        serving.mismatches().isEmpty()
                                ? ""
                                : " (differing: " + String.join(", ", serving.mismatches()) + ")")
                .append(".\n\n### Novel queries: every request a distinct text\n\n")
                .append(
                        "Each request is a curated query followed by a trailing `VALUES ?nonce { \"n\" }` of a variable it ")
                .append(
                        "does not use and a number no other request of the run has: the answer is the curated query's, but ")
                .append("no cache of any kind has seen the text, as with a researcher's own question.\n\n");
        table(b, serving.novel());
        b.append("\n### Repeated queries: the same texts again and again\n\n")
                .append(
                        "The curated texts themselves, each asked thousands of times: this measures gcmkg's answer cache.\n\n");
        table(b, serving.repeated());
        List<SingleClient.Median> medians = serving.medians();
        b.append("\n### Each query alone, as a novel text\n\n")
                .append("One client, each query asked ")
                .append(SingleClient.WARM_UP)
                .append(" times unmeasured and ")
                .append(SingleClient.MEASURED)
                .append(" times measured of each server in turn, every request a distinct ")
                .append("text; median latency, slowest on gcmkg first.\n\n")
                .append("| query | gcmkg | plain Fuseki | ratio plain / gcmkg |\n|---|---:|---:|---:|\n");
        medians.stream()
                .sorted(Comparator.comparingDouble(SingleClient.Median::gcmkgMillis)
                        .reversed())
                .forEach(m -> b.append(String.format(
                        Locale.ROOT,
                        "| %s | %.1f ms | %.1f ms | %.1f× |%n",
                        m.query(),
                        m.gcmkgMillis(),
                        m.plainMillis(),
                        m.plainMillis() / m.gcmkgMillis())));
    }

    private static void table(StringBuilder b, ServingBenchmark.Load load) {
        QueryLoad.Result g = load.gcmkg();
        QueryLoad.Result p = load.plain();
        b.append("| | queries/s | p50 | p99 | requests | errors |\n|---|---:|---:|---:|---:|---:|\n")
                .append(String.format(
                        Locale.ROOT,
                        "| gcmkg | %.1f | %.2f ms | %.2f ms | %,d | %d |%n",
                        g.throughput(),
                        g.p50Millis(),
                        g.p99Millis(),
                        g.requests(),
                        g.errors()))
                .append(String.format(
                        Locale.ROOT,
                        "| plain Fuseki | %.1f | %.2f ms | %.2f ms | %,d | %d |%n",
                        p.throughput(),
                        p.p50Millis(),
                        p.p99Millis(),
                        p.requests(),
                        p.errors()))
                .append(String.format(
                        Locale.ROOT,
                        "| ratio gcmkg / plain | %.2f× | %.2f× | %.2f× | | |%n",
                        g.throughput() / p.throughput(),
                        g.p50Millis() / p.p50Millis(),
                        g.p99Millis() / p.p99Millis()));
    }
}
