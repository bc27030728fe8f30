package org.gcmkg.graph;

import java.util.Locale;
import org.apache.jena.rdf.model.Model;
import org.gcmkg.extract.Gazetteer;
import org.gcmkg.extract.ReportExtraction;

/**
 * Turns what was read from a report into RDF: the report's named graph ({@link ReportGraph}). Also builds the
 * reference graph ({@link ReferenceGraph}: objectives and kind schemes) shared by all reports.
 */
public final class GraphBuilder {
    private final Iris iris;

    public GraphBuilder(Iris iris) {
        this.iris = iris;
    }

    /** The slug of a report's IRI: reporting state's ISO code and the report date. */
    public static String reportSlug(ReportExtraction extraction) {
        return extraction.country().country().toLowerCase(Locale.ROOT) + "-"
                + extraction.report().date();
    }

    /** The reference graph: the GCM objectives as a SKOS concept scheme, and the kind schemes. */
    public Model referenceGraph(GcmObjectives objectives, Gazetteer gazetteer) {
        return new ReferenceGraph(iris).build(objectives, gazetteer);
    }

    /** The named graph of one report. */
    public Model reportGraph(ReportExtraction x) {
        return new ReportGraph(iris, x, iris.report(reportSlug(x))).build();
    }
}
