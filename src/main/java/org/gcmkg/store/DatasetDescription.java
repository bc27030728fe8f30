package org.gcmkg.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
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

    /** Name of the creator and publisher of the graph. */
    public static final String CREATOR = "The gcmkg project";

    /**
     * Describes {@code dataset} (read inside a transaction by the caller), whose named graphs hold the numbers of
     * triples {@code graphSizes} gives: the reports are looked up in it, the graphs' sizes are not counted again.
     * {@code servedTriples} is what the endpoint's default graph holds: every named graph, this description
     * included.
     */
    public static Model describe(
            DatasetGraph dataset, Map<Node, Long> graphSizes, Iris iris, String version, long servedTriples) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID.NS)
                .setNsPrefix("dcat", DCAT.NS)
                .setNsPrefix("dcterms", DCTerms.NS)
                .setNsPrefix("gcm", GCM.NS)
                .setNsPrefix("foaf", FOAF.NS)
                .setNsPrefix("owl", OWL2.NS)
                .setNsPrefix("xsd", XSDDatatype.XSD + "#");
        Resource ds = m.createResource(iris.dataset());
        ds.addProperty(RDF.type, VOID.Dataset).addProperty(RDF.type, DCAT.Dataset);
        ds.addProperty(
                DCTerms.title,
                "gcmkg: knowledge graph of government reports on the Global Compact for Migration",
                "en");
        ds.addProperty(
                DCTerms.title,
                "gcmkg: grafo de conocimiento de los informes gubernamentales sobre el Pacto Mundial para la Migración",
                "es");
        ds.addProperty(RDFS.label, "gcmkg", "en");
        ds.addProperty(
                DCTerms.description,
                "What governments report doing for the 23 objectives of the Global Compact for "
                        + "Safe, Orderly and Regular Migration (A/RES/73/195): actions, programs, agencies, partners, places, "
                        + "figures and future goals, each traced to the sentence of the report it came from.",
                "en");
        ds.addProperty(DCTerms.license, m.createResource(LICENSE));
        ds.addProperty(OWL2.versionInfo, version);
        ds.addProperty(VOID.sparqlEndpoint, m.createResource(iris.sparqlEndpoint()));
        ds.addProperty(VOID.vocabulary, m.createResource(GCM.NS));
        ds.addProperty(VOID.uriSpace, iris.base() + "id/");
        ds.addLiteral(VOID.triples, m.createTypedLiteral(String.valueOf(servedTriples), XSDDatatype.XSDinteger));
        ds.addProperty(
                RDFS.comment,
                "void:triples of the dataset counts the distinct triples of the endpoint's default "
                        + "graph, the union of every named graph including the ontology and this description; each subset's "
                        + "void:triples counts its own named graph (graphs share some triples, so they add up to more). The dumps "
                        + "gcmkg.ttl and gcmkg.nt hold the union without the ontology and this description.",
                "en");
        ds.addProperty(DCTerms.issued, m.createTypedLiteral(ReleaseVersion.issued(), XSDDatatype.XSDdate));
        Resource creator = m.createResource(iris.base() + "id/agent/gcmkg");
        creator.addProperty(RDF.type, DCTerms.Agent)
                .addProperty(RDF.type, FOAF.Organization)
                .addProperty(FOAF.name, CREATOR)
                .addProperty(FOAF.homepage, m.createResource(iris.base()));
        ds.addProperty(DCTerms.creator, creator).addProperty(DCTerms.publisher, creator);
        ds.addProperty(DCAT.landingPage, m.createResource(iris.base()));

        List<Node> graphs = new ArrayList<>(graphSizes.keySet());
        graphs.sort((a, b) -> a.getURI().compareTo(b.getURI()));
        for (Node g : graphs) {
            Resource part = m.createResource(g.getURI());
            part.addProperty(RDF.type, VOID.Dataset);
            part.addLiteral(
                    VOID.triples, m.createTypedLiteral(String.valueOf(graphSizes.get(g)), XSDDatatype.XSDinteger));
            ds.addProperty(VOID.subset, part);
        }
        dataset.find(Node.ANY, Node.ANY, RDF.type.asNode(), GCM.Report.asNode()).forEachRemaining(q -> {
            Resource report = m.createResource(q.getSubject().getURI());
            ds.addProperty(DCTerms.source, report);
            dataset.find(Node.ANY, q.getSubject(), GCM.sha256.asNode(), Node.ANY)
                    .forEachRemaining(
                            s -> report.addProperty(GCM.sha256, s.getObject().getLiteralLexicalForm()));
            dataset.find(Node.ANY, q.getSubject(), DCTerms.issued.asNode(), Node.ANY)
                    .forEachRemaining(s -> report.addLiteral(
                            DCTerms.issued,
                            m.createTypedLiteral(s.getObject().getLiteralLexicalForm(), XSDDatatype.XSDdate)));
            dataset.find(Node.ANY, q.getSubject(), DCTerms.publisher.asNode(), Node.ANY)
                    .forEachRemaining(s -> report.addProperty(
                            DCTerms.publisher, m.createResource(s.getObject().getURI())));
            dataset.find(Node.ANY, q.getSubject(), DCTerms.identifier.asNode(), Node.ANY)
                    .forEachRemaining(s -> {
                        String file = s.getObject().getLiteralLexicalForm();
                        report.addProperty(DCTerms.identifier, file);
                        report.addProperty(RDFS.seeAlso, m.createResource(iris.base() + "source/" + file));
                        report.addProperty(
                                RDFS.comment,
                                "A byte-for-byte copy of the report its government published, " + "served as read at "
                                        + iris.base() + "source/" + file + "; its SHA-256 is gcm:sha256.",
                                "en");
                    });
            dataset.find(Node.ANY, q.getSubject(), DCTerms.title.asNode(), Node.ANY)
                    .forEachRemaining(s -> report.addProperty(
                            DCTerms.title,
                            m.createLiteral(
                                    s.getObject().getLiteralLexicalForm(),
                                    s.getObject().getLiteralLanguage())));
        });
        String[][] dumps = {
            {Publication.TURTLE, "text/turtle"},
            {Publication.NTRIPLES, "application/n-triples"},
            {Publication.JSONLD, "application/ld+json"},
            {Publication.TRIG, "application/trig"}
        };
        for (String[] dump : dumps) {
            Resource d = m.createResource(iris.download(dump[0]));
            d.addProperty(RDF.type, DCAT.Distribution);
            d.addProperty(DCAT.downloadURL, d);
            d.addProperty(DCAT.mediaType, m.createResource("https://www.iana.org/assignments/media-types/" + dump[1]));
            d.addProperty(DCTerms.license, m.createResource(LICENSE));
            ds.addProperty(DCAT.distribution, d);
            ds.addProperty(VOID.dataDump, d);
            Resource fixed = m.createResource(iris.download(Publication.versioned(dump[0], version)));
            fixed.addProperty(RDF.type, DCAT.Distribution);
            fixed.addProperty(DCAT.downloadURL, fixed);
            fixed.addProperty(
                    DCAT.mediaType, m.createResource("https://www.iana.org/assignments/media-types/" + dump[1]));
            fixed.addProperty(DCTerms.license, m.createResource(LICENSE));
            fixed.addProperty(OWL2.versionInfo, version);
            d.addProperty(DCTerms.hasVersion, fixed);
        }
        return m;
    }
}
