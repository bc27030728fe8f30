package org.gcmkg.extract;

/** The relations the loader reads between organizations, programs and places. */
public enum RelationKind {
    /** An organization runs a program. */
    RUNS,
    /** An organization takes part in a program. */
    PARTICIPATES_IN,
    /** A program is carried out with a partner organization. */
    CARRIED_OUT_WITH,
    /** A program is funded by an organization. */
    FUNDED_BY,
    /** A program takes place in, or concerns, a place. */
    LOCATED_IN
}
