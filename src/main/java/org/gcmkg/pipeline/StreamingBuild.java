package org.gcmkg.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.graph.GraphFactory;
import org.gcmkg.extract.Extractor;
import org.gcmkg.extract.Gazetteer;
import org.gcmkg.extract.ReportExtraction;
import org.gcmkg.graph.GraphBuilder;
import org.gcmkg.graph.Iris;
import org.gcmkg.graph.LinkTables;
import org.gcmkg.graph.SortedGraph;
import org.gcmkg.graph.SpooledPublication;
import org.gcmkg.network.NetworkBuilder;
import org.gcmkg.network.NetworkGraph;
import org.gcmkg.network.NetworkSource;
import org.gcmkg.validate.Fidelity;
import org.gcmkg.validate.ShapesValidator;
import org.gcmkg.validate.Violation;

/**
 * The build a report at a time: each report is read, made into its graph, checked against the shapes with the
 * reference graph, spooled to disk in publication order and dropped; only its part of the build report and the
 * facts the steps over the whole corpus need ({@link CorpusFacts}) stay in memory. Then the link, SDG and network
 * graphs are made from those facts, the constraints across reports are checked, and the files are written from the
 * spooled graphs ({@link SpooledPublication}), with the same bytes as a build made in memory.
 */
final class StreamingBuild {
    /** How many reports are made at once by default: one a core, at most four. */
    static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private final BuildPipeline steps;
    private final BuildConfig config;
    private final Iris iris;
    private final int threads;
    private final Map<String, Long> triples = new TreeMap<>();

    StreamingBuild(BuildPipeline steps, BuildConfig config, int threads) {
        this.threads = threads;
        this.steps = steps;
        this.config = config;
        this.iris = new Iris(config.base());
    }

    PublishedBuild run() throws BuildException {
        if (config.reports().isEmpty()) {
            throw new BuildException("no report to build");
        }
        ShapesValidator shapes = ShapesValidator.load(config.ontologyDir().resolve("shapes.ttl"));
        AtomicDirectory out = new AtomicDirectory(config.outDir());
        try (SpooledPublication files = new SpooledPublication()) {
            Path staging = out.begin();
            BuildReport report = build(shapes, files, staging);
            Files.writeString(staging.resolve(BuildPipeline.BUILD_REPORT_JSON), report.json(), StandardCharsets.UTF_8);
            Files.writeString(
                    staging.resolve(BuildPipeline.BUILD_REPORT_MD), report.markdown(), StandardCharsets.UTF_8);
            out.commit();
            return new PublishedBuild(config.outDir(), report);
        } catch (IOException e) {
            out.abort();
            throw new BuildException("cannot write " + config.outDir() + ": " + e.getMessage(), e);
        } catch (BuildException | RuntimeException e) {
            out.abort();
            throw e;
        }
    }

    private BuildReport build(ShapesValidator shapes, SpooledPublication files, Path staging)
            throws BuildException, IOException {
        GraphBuilder builder = new GraphBuilder(iris);
        Gazetteer gazetteer = steps.loadGazetteer();
        Extractor extractor = new Extractor(gazetteer);
        Graph reference =
                builder.referenceGraph(steps.loadObjectives(), gazetteer).getGraph();
        StoredLiterals.rewrite(reference);
        LinkTables links = steps.linkTables();
        CorpusFacts facts = new CorpusFacts(links.locals(iris));
        Map<String, Path> slugs = new HashMap<>();
        List<BuildReport.Part> parts = new ArrayList<>();
        ReportMaker maker = new ReportMaker(extractor, builder, reference, shapes);
        try (OrderedWork<Path, Made> made = new OrderedWork<>(config.reports(), maker::make, threads, "gcmkg-report")) {
            while (made.hasNext()) {
                Made m = made.next();
                String slug = BuildPipeline.claimSlug(m.extraction(), m.file(), slugs);
                if (m.failure() != null) {
                    throw m.failure();
                }
                String graphIri = iris.reportGraph(slug);
                BuildReport.Entry entry =
                        new BuildReport.Entry(m.extraction(), iris.report(slug), graphIri, m.fidelity());
                parts.add(BuildReport.part(entry, e -> BuildPipeline.iriOf(iris, e)));
                fail(m.errors(), m.file().getFileName() + ": the graph fails");
                facts.addReport(m.graph(), iris.report(slug));
                spool(files, graphIri, m.sorted());
            }
        }
        facts.addShared(reference);
        LinkTables.Graphs linked = links.graphs(iris, facts.linkedPresent());
        Graph stated = linked.stated().getGraph();
        Graph curated = linked.curated().getGraph();
        Graph sdg = steps.sdgKos();
        for (Graph g : List.of(stated, curated, sdg)) {
            StoredLiterals.rewrite(g);
            facts.addWhole(g);
        }
        Graph network = network(facts.graph());
        StoredLiterals.rewrite(network);
        fail(facts.errors(shapes, network), "the graphs together fail");
        spool(files, iris.referenceGraph(), reference);
        spool(files, iris.linksGraph(), stated);
        spool(files, iris.curatedLinksGraph(), curated);
        spool(files, iris.sdgGraph(), sdg);
        spool(files, iris.networkGraph(), network);
        long union = files.write(staging);
        return BuildReport.of(parts, triples, union);
    }

    /** What the threads make of one report: everything but the steps that depend on the reports before it. */
    private record Made(
            Path file,
            ReportExtraction extraction,
            List<Fidelity.Score> fidelity,
            Graph graph,
            List<Violation> errors,
            SortedGraph sorted,
            BuildException failure) {}

    /** Reads a report, makes its graph, measures it, checks it and sorts it; shares only what it only reads. */
    private final class ReportMaker {
        private final Extractor extractor;
        private final GraphBuilder builder;
        private final Graph reference;
        private final ShapesValidator shapes;

        ReportMaker(Extractor extractor, GraphBuilder builder, Graph reference, ShapesValidator shapes) {
            this.extractor = extractor;
            this.builder = builder;
            this.reference = reference;
            this.shapes = shapes;
        }

        Made make(Path file) throws BuildException {
            ReportExtraction extraction = steps.read(file, extractor);
            Model model = builder.reportGraph(extraction);
            List<Fidelity.Score> fidelity;
            try {
                fidelity = steps.fidelity(file, model);
            } catch (BuildException e) {
                // thrown where a build one report after the other throws it: after the report's IRI is claimed
                return new Made(file, extraction, null, null, null, null, e);
            }
            Graph graph = model.getGraph();
            // every literal spelt as the store gives it back, so the dumps and the endpoint's answers agree
            StoredLiterals.rewrite(graph);
            Graph checked = copy(graph);
            reference.find().forEachRemaining(checked::add);
            List<Violation> errors = ShapesValidator.errors(shapes.validate(checked));
            SortedGraph sorted = errors.isEmpty() ? SortedGraph.of(graph) : null;
            return new Made(file, extraction, fidelity, graph, errors, sorted, null);
        }
    }

    /** The network measures of every projection, computed on the corpus facts. */
    private Graph network(Graph facts) {
        return NetworkGraph.of(iris, NetworkBuilder.buildAll(NetworkSource.read(facts)))
                .getGraph();
    }

    private void spool(SpooledPublication files, String graphIri, Graph graph) throws IOException {
        spool(files, graphIri, SortedGraph.of(graph));
    }

    private void spool(SpooledPublication files, String graphIri, SortedGraph graph) throws IOException {
        triples.put(graphIri, (long) graph.size());
        files.add(graphIri, graph);
    }

    private static Graph copy(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(copy::add);
        return copy;
    }

    /** Fails the build when there are errors, listing the first 50. */
    private static void fail(List<Violation> errors, String what) throws BuildException {
        if (errors.isEmpty()) {
            return;
        }
        StringBuilder message =
                new StringBuilder(what + " the SHACL shapes (" + errors.size() + " violations; ontology/shapes.ttl):");
        errors.stream().limit(50).forEach(v -> message.append("\n  ").append(v));
        if (errors.size() > 50) {
            message.append("\n  … and ").append(errors.size() - 50).append(" more");
        }
        throw new BuildException(message.toString());
    }
}
