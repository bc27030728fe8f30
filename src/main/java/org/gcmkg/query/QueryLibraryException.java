package org.gcmkg.query;

/** A query file of the library whose comment block or SPARQL is not as the library requires; the message names file and line. */
public final class QueryLibraryException extends Exception {
    private static final long serialVersionUID = 1L;

    /** A problem at a line of a query file. */
    public QueryLibraryException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
    }
}
