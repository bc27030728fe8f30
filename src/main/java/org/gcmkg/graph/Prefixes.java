package org.gcmkg.graph;

import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.gcmkg.vocab.GCM;
import org.gcmkg.vocab.OA;
import org.gcmkg.vocab.ORG;
import org.gcmkg.vocab.PROV;
import org.gcmkg.vocab.SCHEMA;

/** The one prefix block every published file uses. */
public final class Prefixes {
    private Prefixes() {}

    /** Prefix to namespace, sorted by prefix. */
    public static Map<String, String> all() {
        Map<String, String> p = new TreeMap<>();
        p.put(GCM.PREFIX, GCM.NS);
        p.put(PROV.PREFIX, PROV.NS);
        p.put(OA.PREFIX, OA.NS);
        p.put(ORG.PREFIX, ORG.NS);
        p.put(SCHEMA.PREFIX, SCHEMA.NS);
        p.put("skos", SKOS.uri);
        p.put("dcterms", DCTerms.NS);
        p.put("rdf", RDF.uri);
        p.put("rdfs", RDFS.uri);
        p.put("owl", OWL.NS);
        p.put("xsd", XSD.NS);
        return p;
    }

    /** An empty model with these prefixes. */
    static Model newModel() {
        Model m = ModelFactory.createDefaultModel();
        apply(m);
        return m;
    }

    /** Sets the prefixes on a model or dataset. */
    public static void apply(PrefixMapping mapping) {
        all().forEach(mapping::setNsPrefix);
    }
}
