package org.gcmkg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.gcmkg.graph.Iris;
import org.gcmkg.store.StoredDataset;

/**
 * The SPARQL 1.1 Service Description of the endpoint (Fuseki 5.6 publishes none): what it speaks, the
 * result formats, that the default graph is the union of the named graphs, and the named graphs.
 */
final class ServiceDescription {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";

    private ServiceDescription() {}

    static Model describe(String endpoint, Iris iris, StoredDataset stored, ServerSettings settings) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD).setNsPrefix("void", "http://rdfs.org/ns/void#");
        Resource service = m.createResource(endpoint + "#service");
        service.addProperty(RDF.type, m.createResource(SD + "Service"));
        service.addProperty(p(m, "endpoint"), m.createResource(endpoint));
        service.addProperty(p(m, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"));
        service.addProperty(p(m, "feature"), m.createResource(SD + "UnionDefaultGraph"));
        if (!settings.serviceAllowList().isEmpty()) {
            service.addProperty(p(m, "feature"), m.createResource(SD + "BasicFederatedQuery"));
        }
        service.addProperty(RDFS.comment, limits(settings), "en");
        for (String format : List.of(
                "SPARQL_Results_JSON",
                "SPARQL_Results_XML",
                "SPARQL_Results_CSV",
                "SPARQL_Results_TSV",
                "Turtle",
                "N-Triples",
                "JSON-LD",
                "RDF_XML")) {
            service.addProperty(p(m, "resultFormat"), m.createResource(FORMATS + format));
        }
        Resource dataset = m.createResource();
        service.addProperty(p(m, "defaultDataset"), dataset);
        dataset.addProperty(RDF.type, m.createResource(SD + "Dataset"));
        dataset.addProperty(m.createProperty("http://purl.org/dc/terms/source"), m.createResource(iris.dataset()));
        Resource defaultGraph = m.createResource();
        defaultGraph.addProperty(RDF.type, m.createResource(SD + "Graph"));
        defaultGraph.addLiteral(m.createProperty("http://rdfs.org/ns/void#triples"), stored.triples());
        dataset.addProperty(p(m, "defaultGraph"), defaultGraph);
        List<Node> graphs = new ArrayList<>();
        Txn.executeRead(
                stored.dataset(), () -> stored.dataset().listGraphNodes().forEachRemaining(graphs::add));
        graphs.sort((a, b) -> a.getURI().compareTo(b.getURI()));
        for (Node g : graphs) {
            Resource named = m.createResource();
            named.addProperty(RDF.type, m.createResource(SD + "NamedGraph"));
            named.addProperty(p(m, "name"), m.createResource(g.getURI()));
            dataset.addProperty(p(m, "namedGraph"), named);
        }
        return m;
    }

    /** The limits the endpoint holds answers to, in words (the Service Description has no terms for them). */
    static String limits(ServerSettings settings) {
        return "Limits: a SELECT answer has at most " + settings.maxResultRows() + " rows and a CONSTRUCT or DESCRIBE "
                + "answer or a graph read at most " + settings.maxGraphReadTriples() + " triples (a larger answer is "
                + "refused with a 400, never cut: page with ORDER BY, LIMIT and OFFSET, or download the dumps under "
                + "/download/); a query runs at most " + settings.queryTimeout().toSeconds()
                + " s (then 503); a string "
                + "a query builds has at most " + BoundedStrings.MAX_CHARS + " characters; a request body at most "
                + settings.maxRequestBytes() + " bytes. SERVICE may call only: "
                + (settings.serviceAllowList().isEmpty()
                        ? "no endpoint (federation is off)"
                        : settings.serviceAllowList())
                + ".";
    }

    private static Property p(Model m, String local) {
        return m.createProperty(SD + local);
    }

    static void respond(
            HttpServletRequest request,
            HttpServletResponse response,
            Iris iris,
            StoredDataset stored,
            ServerSettings settings)
            throws IOException {
        String endpoint = request.getRequestURL().toString();
        RdfResponses.write(request, response, describe(endpoint, iris, stored, settings), "/query");
    }
}
