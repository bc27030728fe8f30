package org.gcmkg.reliability;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.sparql.resultset.SPARQLResult;

/**
 * One HTTP request of a protocol test, sent as the test describes it (method, target after the endpoint's path,
 * media type, body; no Accept header unless given), and what its answer says: its status, the kind of result it
 * carries (a boolean, a table or an RDF graph) and whether that result is "true" (the boolean; a table with a
 * row; a graph with a triple).
 */
@SuppressWarnings("ArrayRecordComponent") // the request body as sent, never compared
record ProtocolExchange(String method, String target, String contentType, byte[] body) {
    static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** The kinds of result the protocol tests expect. */
    enum Format {
        BOOLEAN,
        TABULAR,
        RDF,
        NONE
    }

    /** What came back. */
    record Answer(int status, String contentType, Format format, boolean truth, String text) {
        boolean success() {
            return status >= 200 && status < 400;
        }

        boolean clientError() {
            return status >= 400 && status < 500;
        }

        @Override
        public String toString() {
            String shown = text.length() > 200 ? text.substring(0, 200) + "…" : text;
            return status + " " + contentType + " " + format + (format == Format.NONE ? "" : "=" + truth) + ": "
                    + shown.strip();
        }
    }

    static ProtocolExchange get(String target) {
        return new ProtocolExchange("GET", target, null, null);
    }

    static ProtocolExchange post(String target, String contentType, String body) {
        return new ProtocolExchange("POST", target, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    static ProtocolExchange post(String target, String contentType, String body, Charset charset) {
        return new ProtocolExchange("POST", target, contentType, body.getBytes(charset));
    }

    /** The same request with another target (another dataset), for a control. */
    ProtocolExchange at(String otherTarget) {
        return new ProtocolExchange(method, otherTarget, contentType, body);
    }

    Answer send(String endpoint) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint + target))
                .timeout(Duration.ofSeconds(60))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return read(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    /** The SPARQL results format of a media type, or null. */
    static Lang resultsLang(String media) {
        return switch (media) {
            case "application/sparql-results+json" -> ResultSetLang.RS_JSON;
            case "application/sparql-results+xml" -> ResultSetLang.RS_XML;
            default -> null;
        };
    }

    /** The one number a {@code SELECT (COUNT(*) AS ?n)} answered. */
    static long count(Answer answer) {
        return ResultsReader.create()
                .lang(resultsLang(answer.contentType()))
                .build()
                .read(new ByteArrayInputStream(answer.text().getBytes(StandardCharsets.UTF_8)))
                .next()
                .getLiteral("n")
                .getLong();
    }

    static Answer read(int status, String contentType, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        String media = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (status >= 300) {
            return new Answer(status, media, Format.NONE, false, text);
        }
        Lang results = resultsLang(media);
        if (results != null) {
            SPARQLResult result = ResultsReader.create().lang(results).build().readAny(new ByteArrayInputStream(bytes));
            return result.isBoolean()
                    ? new Answer(status, media, Format.BOOLEAN, result.getBooleanResult(), text)
                    : new Answer(
                            status, media, Format.TABULAR, result.getResultSet().hasNext(), text);
        }
        if (media.equals("text/csv") || media.equals("text/tab-separated-values")) {
            return new Answer(status, media, Format.TABULAR, text.lines().count() > 1, text);
        }
        Lang rdf = RDFLanguages.contentTypeToLang(media);
        if (rdf != null && RDFLanguages.isTriples(rdf)) {
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(bytes)).lang(rdf).parse(graph);
            return new Answer(status, media, Format.RDF, !graph.isEmpty(), text);
        }
        return new Answer(status, media, Format.NONE, false, text);
    }
}
