package org.gcmkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of W3C PROV-O that gcmkg uses. */
public final class PROV {
    /** Namespace. */
    public static final String NS = "http://www.w3.org/ns/prov#";
    /** Preferred prefix. */
    public static final String PREFIX = "prov";

    private PROV() {}

    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS + "wasDerivedFrom");
}
