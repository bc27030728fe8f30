package org.gcmkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of W3C Organization Ontology that gcmkg uses. */
public final class ORG {
    /** Namespace. */
    public static final String NS = "http://www.w3.org/ns/org#";
    /** Preferred prefix. */
    public static final String PREFIX = "org";

    private ORG() {}

    public static final Resource Organization = ResourceFactory.createResource(NS + "Organization");
    public static final Property subOrganizationOf = ResourceFactory.createProperty(NS + "subOrganizationOf");
}
