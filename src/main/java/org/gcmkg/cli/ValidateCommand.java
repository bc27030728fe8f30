package org.gcmkg.cli;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.Context;
import org.gcmkg.pipeline.BuildPipeline;
import org.gcmkg.validate.ShapesValidator;
import org.gcmkg.validate.Violation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gcmkg validate FILE}: checks a graph file (any RDF syntax) against the shapes. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Check a graph file (Turtle, N-Triples, TriG, JSON-LD...) against ontology/shapes.ttl. "
                + "Exit 0 when it conforms, 1 when it does not, 2 when it cannot be read.")
final class ValidateCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    private Main main;

    @Parameters(paramLabel = "FILE", description = "The graph file; named graphs are validated as their union.")
    Path file;

    @Option(names = "--shapes", paramLabel = "FILE", description = "Shapes file (default: ontology/shapes.ttl).")
    Path shapes = Path.of("ontology", "shapes.ttl");

    /** A parser context in which a JSON-LD {@code @context} is never fetched from elsewhere. */
    static Context localOnly() {
        JsonLdOptions options = new JsonLdOptions();
        options.setDocumentLoader((url, loaderOptions) -> {
            throw new JsonLdError(
                    JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                    "remote JSON-LD contexts are not fetched: " + url + "; put the context in the file");
        });
        return Context.create().set(LangJSONLD11.JSONLD_OPTIONS, options);
    }

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            main.err.println("gcmkg validate: error: " + file + ": no such file");
            return 2;
        }
        Graph graph;
        try {
            DatasetGraph dataset = DatasetGraphFactory.create();
            RDFParser.source(file).context(localOnly()).parse(dataset);
            graph = BuildPipeline.union(dataset);
            dataset.getDefaultGraph().find().forEachRemaining(graph::add);
        } catch (StackOverflowError e) {
            // the stack has unwound by now
            main.err.println("gcmkg validate: error: " + file + ": nested too deeply to read");
            return 2;
        } catch (RuntimeException e) {
            main.err.println("gcmkg validate: error: " + file + ": not readable RDF: " + e.getMessage());
            return 2;
        }
        List<Violation> results = ShapesValidator.load(shapes).validate(graph);
        List<Violation> errors = ShapesValidator.errors(results);
        results.forEach(v -> main.out.println(v));
        if (errors.isEmpty()) {
            main.out.println("gcmkg validate: " + file + " conforms (" + graph.size() + " triples)");
            return 0;
        }
        main.out.println("gcmkg validate: " + file + " does not conform: " + errors.size() + " violations");
        return 1;
    }
}
