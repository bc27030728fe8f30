package org.gcmkg.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.gcmkg.graph.Iris;
import org.gcmkg.graph.Publication;
import org.gcmkg.vocab.GCM;

/**
 * The VoID and DCAT description of the served dataset: title, licence, version, source reports with their
 * SHA-256, triple counts per named graph, the SPARQL endpoint and the dumps. Made from the loaded data, so
 * it is the same for the same inputs.
 */
public final class DatasetDescription {
    /** Licence of the graph. */
    public static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";

    private DatasetDescription() {}

    /** Describes {@code dataset} (read inside a transaction by the caller). */
    public static Model describe(DatasetGraph dataset, Iris iris, String version, long unionTriples) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID.NS).setNsPrefix("dcat", DCAT.NS).setNsPrefix("dcterms", DCTerms.NS)
                .setNsPrefix("gcm", GCM.NS).setNsPrefix("xsd", XSDDatatype.XSD + "#");
        Resource ds = m.createResource(iris.dataset());
        ds.addProperty(RDF.type, VOID.Dataset).addProperty(RDF.type, DCAT.Dataset);
        ds.addProperty(DCTerms.title, "gcmkg: knowledge graph of government reports on the Global Compact for Migration", "en");
        ds.addProperty(DCTerms.title, "gcmkg: grafo de conocimiento de los informes gubernamentales sobre el Pacto Mundial para la Migración", "es");
        ds.addProperty(RDFS.label, "gcmkg", "en");
        ds.addProperty(DCTerms.description, "What governments report doing for the 23 objectives of the Global Compact for "
                + "Safe, Orderly and Regular Migration (A/RES/73/195): actions, programs, agencies, partners, places, "
                + "figures and future goals, each traced to the sentence of the report it came from.", "en");
        ds.addProperty(DCTerms.license, m.createResource(LICENSE));
        ds.addProperty(m.createProperty("http://www.w3.org/2002/07/owl#versionInfo"), version);
        ds.addProperty(VOID.sparqlEndpoint, m.createResource(iris.sparqlEndpoint()));
        ds.addProperty(VOID.vocabulary, m.createResource(GCM.NS));
        ds.addProperty(VOID.uriSpace, iris.base() + "id/");
        ds.addLiteral(VOID.triples, m.createTypedLiteral(String.valueOf(unionTriples), XSDDatatype.XSDinteger));
        ds.addProperty(DCAT.landingPage, m.createResource(iris.base()));

        List<Node> graphs = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(graphs::add);
        graphs.sort((a, b) -> a.getURI().compareTo(b.getURI()));
        for (Node g : graphs) {
            Resource part = m.createResource(g.getURI());
            part.addProperty(RDF.type, VOID.Dataset);
            part.addLiteral(VOID.triples, m.createTypedLiteral(String.valueOf(dataset.getGraph(g).size()), XSDDatatype.XSDinteger));
            ds.addProperty(VOID.subset, part);
        }
        dataset.find(Node.ANY, Node.ANY, RDF.type.asNode(), GCM.Report.asNode()).forEachRemaining(q -> {
            Resource report = m.createResource(q.getSubject().getURI());
            ds.addProperty(DCTerms.source, report);
            dataset.find(Node.ANY, q.getSubject(), GCM.sha256.asNode(), Node.ANY)
                    .forEachRemaining(s -> report.addProperty(GCM.sha256, s.getObject().getLiteralLexicalForm()));
            dataset.find(Node.ANY, q.getSubject(), DCTerms.issued.asNode(), Node.ANY)
                    .forEachRemaining(s -> report.addLiteral(DCTerms.issued, m.createTypedLiteral(
                            s.getObject().getLiteralLexicalForm(), XSDDatatype.XSDdate)));
            dataset.find(Node.ANY, q.getSubject(), DCTerms.title.asNode(), Node.ANY)
                    .forEachRemaining(s -> report.addProperty(DCTerms.title, m.createLiteral(
                            s.getObject().getLiteralLexicalForm(), s.getObject().getLiteralLanguage())));
        });
        String[][] dumps = {{Publication.TURTLE, "text/turtle"}, {Publication.NTRIPLES, "application/n-triples"},
            {Publication.JSONLD, "application/ld+json"}, {Publication.TRIG, "application/trig"}};
        for (String[] dump : dumps) {
            Resource d = m.createResource(iris.download(dump[0]));
            d.addProperty(RDF.type, DCAT.Distribution);
            d.addProperty(DCAT.downloadURL, d);
            d.addProperty(DCAT.mediaType, m.createResource("https://www.iana.org/assignments/media-types/" + dump[1]));
            d.addProperty(DCTerms.license, m.createResource(LICENSE));
            ds.addProperty(DCAT.distribution, d);
            ds.addProperty(VOID.dataDump, d);
        }
        return m;
    }
}
