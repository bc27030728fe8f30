package org.gcmkg.graph;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.ResourceFactory;

/** The typed literals the graph writes: integers, offsets and dates of year, month or day precision. */
final class Literals {
    private Literals() {}

    static Literal integer(int value) {
        return ResourceFactory.createTypedLiteral(String.valueOf(value), XSDDatatype.XSDinteger);
    }

    static Literal nonNegative(int value) {
        return ResourceFactory.createTypedLiteral(String.valueOf(value), XSDDatatype.XSDnonNegativeInteger);
    }

    /** An {@code xsd:gYear} ("2018"), {@code xsd:gYearMonth} ("2018-05") or {@code xsd:date}. */
    static Literal date(String value) {
        XSDDatatype type = value.length() == 4
                ? XSDDatatype.XSDgYear
                : value.length() == 7 ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDdate;
        return ResourceFactory.createTypedLiteral(value, type);
    }
}
