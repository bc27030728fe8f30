package org.gcmkg.network;

import org.apache.jena.rdf.model.Resource;
import org.gcmkg.vocab.GCM;

/** The kinds of node of the program network, each with the ontology class it comes from. */
// Jena resources made by ResourceFactory are immutable values, as an enum field must be.
@SuppressWarnings("ImmutableEnumChecker")
public enum NodeKind {
    PROGRAM("program", GCM.Program),
    PUBLIC_AGENCY("agency", GCM.PublicAgency),
    INTERNATIONAL_PARTNER("partner", GCM.InternationalPartner),
    DOMESTIC_PARTNER("domestic-partner", GCM.DomesticPartner),
    OBJECTIVE("objective", GCM.Objective),
    PLACE("place", GCM.Place);

    private final String key;
    private final Resource type;

    NodeKind(String key, Resource type) {
        this.key = key;
        this.type = type;
    }

    /** The name used in exports, URLs and the explorer. */
    public String key() {
        return key;
    }

    /** The ontology class. */
    public Resource type() {
        return type;
    }

    /** Whether nodes of this kind are organizations. */
    public boolean isOrganization() {
        return this == PUBLIC_AGENCY || this == INTERNATIONAL_PARTNER || this == DOMESTIC_PARTNER;
    }
}
