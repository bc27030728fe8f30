package org.gcmkg.validate;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;

/** Checks a graph against the SHACL shapes in {@code ontology/shapes.ttl}. */
public final class ShapesValidator {
    private final Shapes shapes;

    private ShapesValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /** Reads the shapes file. */
    public static ShapesValidator load(Path shapesFile) {
        Graph graph = RDFDataMgr.loadGraph(shapesFile.toString());
        return new ShapesValidator(Shapes.parse(graph));
    }

    /** Every result of validating {@code data}, sorted by focus node, path and message. */
    public List<Violation> validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        return report.getEntries().stream()
                .map(ShapesValidator::toViolation)
                .sorted(Comparator.comparing(Violation::focus)
                        .thenComparing(Violation::path)
                        .thenComparing(Violation::message))
                .toList();
    }

    private static Violation toViolation(ReportEntry entry) {
        org.apache.jena.sparql.path.Path path = entry.resultPath();
        String focus = entry.focusNode().isURI()
                ? "<" + entry.focusNode().getURI() + ">"
                : entry.focusNode().toString();
        return new Violation(
                focus, path == null ? "" : path.toString(), entry.message(), severityName(entry.severity()));
    }

    private static String severityName(Severity severity) {
        String iri = severity.level().getURI();
        return iri.substring(iri.indexOf('#') + 1);
    }

    /** Only the results of severity Violation. */
    public static List<Violation> errors(List<Violation> results) {
        return results.stream().filter(v -> v.severity().equals("Violation")).toList();
    }
}
