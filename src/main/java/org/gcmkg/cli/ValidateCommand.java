package org.gcmkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.gcmkg.pipeline.BuildPipeline;
import org.gcmkg.validate.ShapesValidator;
import org.gcmkg.validate.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gcmkg validate FILE}: checks a graph file (any RDF syntax) against the shapes. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a graph file (Turtle, N-Triples, TriG, JSON-LD...) against ontology/shapes.ttl. "
                + "Exit 0 when it conforms, 1 when it does not, 2 when it cannot be read.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The graph file; named graphs are validated as their union.")
    Path file;

    @Option(names = "--shapes", paramLabel = "FILE", description = "Shapes file (default: ontology/shapes.ttl).")
    Path shapes = Path.of("ontology", "shapes.ttl");

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            System.err.println("gcmkg validate: error: " + file + ": no such file");
            return 2;
        }
        Graph graph;
        try {
            DatasetGraph dataset = RDFDataMgr.loadDatasetGraph(file.toString());
            graph = BuildPipeline.union(dataset);
            dataset.getDefaultGraph().find().forEachRemaining(graph::add);
        } catch (RiotException e) {
            System.err.println("gcmkg validate: error: " + file + ": not readable RDF: " + e.getMessage());
            return 2;
        }
        List<Violation> results = ShapesValidator.load(shapes).validate(graph);
        List<Violation> errors = ShapesValidator.errors(results);
        results.forEach(v -> System.out.println(v));
        if (errors.isEmpty()) {
            System.out.println("gcmkg validate: " + file + " conforms (" + graph.size() + " triples)");
            return 0;
        }
        System.out.println("gcmkg validate: " + file + " does not conform: " + errors.size() + " violations");
        return 1;
    }
}
