package org.gcmkg.pipeline;

/** A build that could not publish: bad input or a graph that fails its shapes. Nothing was published. */
public class BuildException extends Exception {
    private static final long serialVersionUID = 1L;

    public BuildException(String message) {
        super(message);
    }

    public BuildException(String message, Throwable cause) {
        super(message, cause);
    }
}
