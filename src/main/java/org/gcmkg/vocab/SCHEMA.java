package org.gcmkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of schema.org that gcmkg uses. */
public final class SCHEMA {
    /** Namespace. */
    public static final String NS = "http://schema.org/";
    /** Preferred prefix. */
    public static final String PREFIX = "schema";

    private SCHEMA() {}

    public static final Resource QuantitativeValue = ResourceFactory.createResource(NS + "QuantitativeValue");
    public static final Property text = ResourceFactory.createProperty(NS + "text");
    public static final Property value = ResourceFactory.createProperty(NS + "value");
    public static final Property unitText = ResourceFactory.createProperty(NS + "unitText");
    public static final Property currency = ResourceFactory.createProperty(NS + "currency");
}
