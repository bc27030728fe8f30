package org.gcmkg.network;

import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.gcmkg.graph.Iris;
import org.gcmkg.graph.Prefixes;
import org.gcmkg.vocab.GCM;
import org.gcmkg.vocab.PROV;

/**
 * The network measures as RDF, for the named graph {@link Iris#networkGraph()}: one
 * {@code gcm:NodeMeasurement} per node and projection, so that SPARQL can rank agencies and partners by
 * centrality.
 */
public final class NetworkGraph {
    private NetworkGraph() {}

    /** The measures of the given (unfiltered) projections. */
    public static Model of(Iris iris, List<Network> networks) {
        Model m = ModelFactory.createDefaultModel();
        Prefixes.apply(m);
        Resource graph = m.createResource(iris.networkGraph(), PROV.Entity);
        graph.addProperty(DCTerms.title, "Network measures of the program network", "en");
        graph.addProperty(
                RDFS.comment,
                "Degree, weighted degree, betweenness and closeness centrality, connected "
                        + "components and communities, computed with JGraphT on each projection when the graph is built.",
                "en");
        for (Network network : networks) {
            Projection p = network.projection();
            Resource projection = m.createResource(iris.networkProjection(p.key()), GCM.NetworkProjection);
            projection.addProperty(RDFS.label, p.labelEn(), "en");
            projection.addProperty(RDFS.label, p.labelEs(), "es");
            for (Map.Entry<NetworkNode, NodeMeasures> e : network.measures().entrySet()) {
                NodeMeasures x = e.getValue();
                Resource r = m.createResource(
                        iris.nodeMeasurement(p.key(), e.getKey().iri()), GCM.NodeMeasurement);
                r.addProperty(GCM.ofNode, m.createResource(e.getKey().iri()));
                r.addProperty(GCM.inProjection, projection);
                r.addLiteral(GCM.degree, m.createTypedLiteral(String.valueOf(x.degree()), XSDDatatype.XSDinteger));
                r.addLiteral(
                        GCM.weightedDegree,
                        m.createTypedLiteral(x.weightedDegree().toPlainString(), XSDDatatype.XSDdecimal));
                r.addLiteral(
                        GCM.betweenness, m.createTypedLiteral(x.betweenness().toPlainString(), XSDDatatype.XSDdecimal));
                r.addLiteral(
                        GCM.closeness, m.createTypedLiteral(x.closeness().toPlainString(), XSDDatatype.XSDdecimal));
                r.addLiteral(
                        GCM.component, m.createTypedLiteral(String.valueOf(x.component()), XSDDatatype.XSDinteger));
                r.addLiteral(
                        GCM.community, m.createTypedLiteral(String.valueOf(x.community()), XSDDatatype.XSDinteger));
            }
        }
        return m;
    }
}
