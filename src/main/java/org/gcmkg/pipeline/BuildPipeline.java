package org.gcmkg.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.gcmkg.extract.Entity;
import org.gcmkg.extract.Extractor;
import org.gcmkg.extract.Gazetteer;
import org.gcmkg.extract.GazetteerException;
import org.gcmkg.extract.ReportExtraction;
import org.gcmkg.graph.GcmObjectives;
import org.gcmkg.graph.GraphBuilder;
import org.gcmkg.graph.Iris;
import org.gcmkg.graph.LinkTables;
import org.gcmkg.graph.Prefixes;
import org.gcmkg.graph.Publication;
import org.gcmkg.network.NetworkBuilder;
import org.gcmkg.network.NetworkGraph;
import org.gcmkg.network.NetworkSource;
import org.gcmkg.report.ReportFormatException;
import org.gcmkg.report.ReportText;
import org.gcmkg.segment.Segmenter;
import org.gcmkg.validate.Fidelity;
import org.gcmkg.validate.GoldenTables;
import org.gcmkg.validate.ShapesValidator;
import org.gcmkg.validate.Violation;

/**
 * The whole build: read each report, segment it, extract entities and figures, build its named graph,
 * validate the dataset against the shapes, and publish the files atomically. Usable without the command line.
 */
public final class BuildPipeline {
    /** The build report, as JSON. */
    public static final String BUILD_REPORT_JSON = "build-report.json";
    /** The build report, as Markdown. */
    public static final String BUILD_REPORT_MD = "build-report.md";

    private final BuildConfig config;

    public BuildPipeline(BuildConfig config) {
        this.config = config;
    }

    /** Builds the dataset in memory, validated, without publishing. */
    public BuildResult buildInMemory() throws BuildException {
        Iris iris = new Iris(config.base());
        Gazetteer gazetteer = loadGazetteer();
        GcmObjectives objectives = loadObjectives();
        ShapesValidator shapes = ShapesValidator.load(config.ontologyDir().resolve("shapes.ttl"));
        if (config.reports().isEmpty()) {
            throw new BuildException("no report to build");
        }
        GraphBuilder builder = new GraphBuilder(iris);
        Extractor extractor = new Extractor(gazetteer);
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        Prefixes.all().forEach(dataset.prefixes()::add);
        Map<String, Path> slugs = new LinkedHashMap<>();
        List<BuildReport.Entry> entries = new ArrayList<>();
        for (Path file : config.reports()) {
            ReportExtraction extraction = read(file, extractor);
            String slug = claimSlug(extraction, file, slugs);
            Model graph = builder.reportGraph(extraction);
            String graphIri = iris.reportGraph(slug);
            dataset.addGraph(NodeFactory.createURI(graphIri), graph.getGraph());
            entries.add(new BuildReport.Entry(extraction, iris.report(slug), graphIri, fidelity(file, graph)));
        }
        dataset.addGraph(
                NodeFactory.createURI(iris.referenceGraph()),
                builder.referenceGraph(objectives, gazetteer).getGraph());
        addLinks(dataset, iris);
        addSdgKos(dataset, iris);
        addNetwork(dataset, union(dataset), iris);
        // every literal spelt as the store gives it back, so the dumps and the endpoint's answers agree
        StoredLiterals.rewrite(dataset);
        Graph union = union(dataset);
        List<Violation> errors = ShapesValidator.errors(shapes.validate(union));
        if (!errors.isEmpty()) {
            StringBuilder message = new StringBuilder(
                    "the graph fails its SHACL shapes (" + errors.size() + " violations; ontology/shapes.ttl):");
            errors.stream().limit(50).forEach(v -> message.append("\n  ").append(v));
            if (errors.size() > 50) {
                message.append("\n  … and ").append(errors.size() - 50).append(" more");
            }
            throw new BuildException(message.toString());
        }
        Map<String, Long> counts = new TreeMap<>();
        dataset.listGraphNodes()
                .forEachRemaining(
                        g -> counts.put(g.getURI(), (long) dataset.getGraph(g).size()));
        BuildReport report = BuildReport.of(entries, counts, union.size(), e -> iriOf(iris, e));
        return new BuildResult(config.outDir(), dataset, union, List.copyOf(entries), report);
    }

    /** The report graph measured against its golden reading, when the build has one for it. */
    List<Fidelity.Score> fidelity(Path report, Model graph) throws BuildException {
        if (config.goldenDir().isEmpty()) {
            return List.of();
        }
        String stem = report.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        Path dir = config.goldenDir().get();
        if (!Files.isRegularFile(dir.resolve(stem + "-programs.tsv"))) {
            return List.of();
        }
        try {
            return new Fidelity(graph).scores(GoldenTables.read(dir, stem));
        } catch (IOException e) {
            throw new BuildException("golden reading of " + report.getFileName() + ": " + e.getMessage());
        }
    }

    /** The link graphs, for the resources the built graphs hold. */
    private void addLinks(DatasetGraph dataset, Iris iris) throws BuildException {
        LinkTables tables = linkTables();
        Set<String> present = new HashSet<>();
        dataset.find().forEachRemaining(q -> {
            if (q.getSubject().isURI()) {
                present.add(q.getSubject().getURI());
            }
        });
        LinkTables.Graphs graphs = tables.graphs(iris, present);
        dataset.addGraph(
                NodeFactory.createURI(iris.linksGraph()), graphs.stated().getGraph());
        dataset.addGraph(
                NodeFactory.createURI(iris.curatedLinksGraph()),
                graphs.curated().getGraph());
    }

    /**
     * The network measures of every projection, computed on {@code union} (the other graphs), in their own
     * named graph; its triples are added to {@code union} too.
     */
    private static void addNetwork(DatasetGraph dataset, Graph union, Iris iris) {
        Graph network = NetworkGraph.of(iris, NetworkBuilder.buildAll(NetworkSource.read(union)))
                .getGraph();
        dataset.addGraph(NodeFactory.createURI(iris.networkGraph()), network);
        network.find().forEachRemaining(union::add);
    }

    /** The link tables of {@code data/links/}. */
    LinkTables linkTables() throws BuildException {
        try {
            return LinkTables.load(config.dataDir());
        } catch (LinkTables.LinkTableException e) {
            throw new BuildException(e.getMessage());
        } catch (IOException e) {
            throw new BuildException(
                    "cannot read the link tables in " + config.dataDir().resolve("links") + ": " + e.getMessage());
        }
    }

    /** The UN SDG Knowledge Organization System, copied in {@code data/sdg-kos/}, in its own named graph. */
    private void addSdgKos(DatasetGraph dataset, Iris iris) throws BuildException {
        dataset.addGraph(NodeFactory.createURI(iris.sdgGraph()), sdgKos());
    }

    /** The graph of the SDG KOS file. */
    Graph sdgKos() throws BuildException {
        Path file = config.dataDir().resolve("sdg-kos").resolve(SDG_KOS_FILE);
        Graph sdg = GraphFactory.createDefaultGraph();
        try {
            // The file's own blank node labels (its SKOS member lists) are kept, so every build writes the same bytes.
            RDFParser.source(file)
                    .lang(Lang.TURTLE)
                    .labelToNode(LabelToNode.createUseLabelAsGiven())
                    .parse(sdg);
        } catch (RiotException e) {
            throw new BuildException(file + ": " + e.getMessage());
        }
        return sdg;
    }

    /** The SDG KOS file (goals, targets and indicators) under {@code data/sdg-kos/}. */
    public static final String SDG_KOS_FILE = "sdg-kos-goals-targets-indicators.ttl";

    /**
     * Builds, validates and publishes into the output folder, a report at a time ({@link StreamingBuild}), so that
     * memory does not grow with the number of reports; on any failure the folder is left as it was.
     */
    public PublishedBuild run() throws BuildException {
        return run(StreamingBuild.THREADS);
    }

    /** The same, making {@code threads} reports at once; the files do not depend on the number. */
    PublishedBuild run(int threads) throws BuildException {
        return new StreamingBuild(this, config, threads).run();
    }

    /**
     * Publishes a build made by {@link #buildInMemory()} into the output folder; on any failure the folder is
     * left as it was.
     */
    public BuildResult publish(BuildResult result) throws BuildException {
        AtomicDirectory out = new AtomicDirectory(config.outDir());
        try {
            Path staging = out.begin();
            Publication.write(result.dataset(), result.union(), staging);
            Files.writeString(
                    staging.resolve(BUILD_REPORT_JSON), result.report().json(), StandardCharsets.UTF_8);
            Files.writeString(staging.resolve(BUILD_REPORT_MD), result.report().markdown(), StandardCharsets.UTF_8);
            out.commit();
        } catch (IOException e) {
            out.abort();
            throw new BuildException("cannot write " + config.outDir() + ": " + e.getMessage(), e);
        }
        return new BuildResult(config.outDir(), result.dataset(), result.union(), result.entries(), result.report());
    }

    /** The union of the named graphs, with the published prefixes. */
    public static Graph union(DatasetGraph dataset) {
        Graph union = GraphFactory.createDefaultGraph();
        Prefixes.apply(union.getPrefixMapping());
        dataset.find().forEachRemaining(q -> union.add(q.asTriple()));
        return union;
    }

    static String iriOf(Iris iris, Entity e) {
        return switch (e.type()) {
            case ORGANIZATION -> iris.organization(e.id());
            case PLACE -> iris.place(e.id());
            case PROGRAM -> iris.program(e.id());
        };
    }

    /**
     * The report's slug, recorded in {@code slugs} against its file; fails when an earlier report of the build
     * has the same one (same reporting state and date), since the two would share one report IRI.
     */
    static String claimSlug(ReportExtraction extraction, Path file, Map<String, Path> slugs) throws BuildException {
        String slug = GraphBuilder.reportSlug(extraction);
        Path other = slugs.putIfAbsent(slug, file);
        if (other != null) {
            throw new BuildException(file + ": same reporting state and date as " + other + " (" + slug
                    + "): the two would share one report IRI");
        }
        return slug;
    }

    ReportExtraction read(Path file, Extractor extractor) throws BuildException {
        try {
            return extractor.extract(Segmenter.segment(ReportText.read(file)));
        } catch (ReportFormatException e) {
            throw new BuildException(file + ":" + e.line() + ": " + e.problem(), e);
        } catch (NoSuchFileException e) {
            throw new BuildException(file + ": no such file", e);
        } catch (IOException e) {
            throw new BuildException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    Gazetteer loadGazetteer() throws BuildException {
        try {
            return Gazetteer.load(config.dataDir());
        } catch (GazetteerException e) {
            throw new BuildException(e.getMessage(), e);
        } catch (IOException e) {
            throw new BuildException("cannot read the gazetteer in " + config.dataDir() + ": " + e.getMessage(), e);
        }
    }

    GcmObjectives loadObjectives() throws BuildException {
        try {
            return GcmObjectives.load(config.dataDir().resolve("gcm-objectives.csv"));
        } catch (IOException e) {
            throw new BuildException(e.getMessage(), e);
        }
    }
}
