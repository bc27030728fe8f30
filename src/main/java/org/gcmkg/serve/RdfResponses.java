package org.gcmkg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/** Content negotiation between an HTML page and the RDF syntaxes. */
final class RdfResponses {
    static final String HTML = "text/html";
    private static final AcceptList OFFER = AcceptList.create(
            "text/turtle",
            HTML,
            "application/ld+json",
            "application/n-triples",
            "application/rdf+xml",
            "application/xhtml+xml");

    private RdfResponses() {}

    /** The media type to answer with: HTML for browsers, Turtle when the client says nothing. */
    static String choose(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return "text/turtle";
        }
        String format = request.getParameter("format");
        if (format != null) {
            return switch (format) {
                case "ttl", "turtle" -> "text/turtle";
                case "jsonld", "json-ld" -> "application/ld+json";
                case "nt", "ntriples" -> "application/n-triples";
                case "rdf", "xml" -> "application/rdf+xml";
                default -> HTML;
            };
        }
        MediaType chosen = AcceptList.match(new AcceptList(accept), OFFER);
        if (chosen == null) {
            return null;
        }
        String type = chosen.getContentTypeStr();
        return type.equals("application/xhtml+xml") ? HTML : type;
    }

    static RDFFormat formatOf(String mediaType) {
        return switch (mediaType) {
            case "application/ld+json" -> RDFFormat.JSONLD11_PRETTY;
            case "application/n-triples" -> RDFFormat.NTRIPLES;
            case "application/rdf+xml" -> RDFFormat.RDFXML_PRETTY;
            default -> RDFFormat.TURTLE_PRETTY;
        };
    }

    /** Writes a model in the negotiated syntax; an HTML request is redirected to {@code htmlPage}. */
    static void write(HttpServletRequest request, HttpServletResponse response, Model model, String htmlPage)
            throws IOException {
        String type = choose(request);
        if (type == null) {
            Refusal.send(request, response, 406, "no acceptable representation; offered: " + OFFER);
            return;
        }
        if (type.equals(HTML)) {
            response.sendRedirect(htmlPage);
            return;
        }
        writeRdf(response, model, type);
    }

    static void writeRdf(HttpServletResponse response, Model model, String type) throws IOException {
        RDFFormat format = formatOf(type);
        response.setStatus(200);
        // the negotiated type: Jena labels JSON-LD 1.1 "x/ld-json-11", which no client asks for
        String label = switch (type) {
            case "application/ld+json", "application/n-triples", "application/rdf+xml" -> type;
            default -> "text/turtle";
        };
        response.setContentType(label + ";charset=utf-8");
        response.setHeader("Vary", "Accept");
        try (OutputStream out = response.getOutputStream()) {
            RDFDataMgr.write(out, model, format);
        }
    }
}
