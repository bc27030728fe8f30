package org.gcmkg.report;

/**
 * A report that cannot be read as a report: the message names the file, the line and the problem, in the
 * form {@code file:line: problem} that editors and terminals link to.
 */
public class ReportFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final int line;
    private final String problem;

    public ReportFormatException(String fileName, int line, String problem) {
        super(fileName + ":" + line + ": " + problem);
        this.fileName = fileName;
        this.line = line;
        this.problem = problem;
    }

    /** The file name as given on the command line or in the build configuration. */
    public String fileName() {
        return fileName;
    }

    /** The 1-based line the problem was found on. */
    public int line() {
        return line;
    }

    /** The problem, without the file and line. */
    public String problem() {
        return problem;
    }
}
