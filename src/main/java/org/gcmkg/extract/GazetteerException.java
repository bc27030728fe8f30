package org.gcmkg.extract;

/** A curated table that cannot be used: the message names the file, the line and the problem. */
public class GazetteerException extends Exception {
    private static final long serialVersionUID = 1L;

    public GazetteerException(String file, long line, String problem) {
        super(file + ":" + line + ": " + problem);
    }
}
