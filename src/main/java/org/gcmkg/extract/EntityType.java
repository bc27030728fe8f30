package org.gcmkg.extract;

/** The kinds of named thing the loader recognises. */
public enum EntityType {
    ORGANIZATION,
    PLACE,
    PROGRAM
}
