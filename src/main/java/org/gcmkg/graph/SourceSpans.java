package org.gcmkg.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.gcmkg.extract.SpanRef;
import org.gcmkg.report.ReportText;
import org.gcmkg.vocab.GCM;
import org.gcmkg.vocab.OA;

/**
 * The source spans of one report's graph: each range of the report text a statement was read from, as a
 * Web Annotation resource with a quote and a position selector, created once however often it is cited.
 */
final class SourceSpans {
    private static final int CONTEXT = 32;

    private final Model m;
    private final Iris iris;
    private final Resource report;
    private final ReportText source;
    private final List<String> sectionIris;
    private final Map<SpanRef, Resource> spans = new HashMap<>();

    /**
     * Spans of {@code source} in {@code m}.
     *
     * @param report      the report resource the spans quote
     * @param sectionIris the IRI of each section, by its index in the segmented report
     */
    SourceSpans(Model m, Iris iris, Resource report, ReportText source, List<String> sectionIris) {
        this.m = m;
        this.iris = iris;
        this.report = report;
        this.source = source;
        this.sectionIris = sectionIris;
    }

    /** The span resource of a report range, created on first use. */
    Resource of(SpanRef ref) {
        Resource existing = spans.get(ref);
        if (existing != null) {
            return existing;
        }
        String text = source.text();
        String exact = text.substring(ref.rawStart(), ref.rawEnd());
        String prefix = text.substring(Math.max(0, ref.rawStart() - CONTEXT), ref.rawStart());
        String suffix = text.substring(ref.rawEnd(), Math.min(text.length(), ref.rawEnd() + CONTEXT));
        String hash = Iris.hash(prefix + "\u0000" + exact + "\u0000" + suffix, 16);
        Resource span = m.createResource(iris.span(report.getURI(), hash), GCM.SourceSpan);
        span.addProperty(RDF.type, OA.SpecificResource);
        span.addProperty(OA.hasSource, report);
        Resource quote = m.createResource(span.getURI() + "/quote", OA.TextQuoteSelector);
        quote.addProperty(OA.exact, exact);
        quote.addProperty(OA.prefix, prefix);
        quote.addProperty(OA.suffix, suffix);
        Resource position = m.createResource(span.getURI() + "/position", OA.TextPositionSelector);
        position.addLiteral(OA.start, Literals.nonNegative(source.codePointOffset(ref.rawStart())));
        position.addLiteral(OA.end, Literals.nonNegative(source.codePointOffset(ref.rawEnd())));
        span.addProperty(OA.hasSelector, quote);
        span.addProperty(OA.hasSelector, position);
        span.addLiteral(
                GCM.lineNumber, Literals.integer(source.lineAt(ref.rawStart()).number()));
        // The title stands before the first section; its spans are filed under that section.
        span.addProperty(GCM.inSection, m.createResource(sectionIris.get(Math.max(0, ref.section()))));
        spans.put(ref, span);
        return span;
    }
}
