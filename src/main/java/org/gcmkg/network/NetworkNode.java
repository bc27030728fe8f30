package org.gcmkg.network;

/**
 * A node of the program network: a program, organization, objective or place of the graph.
 *
 * @param iri     its IRI in the graph
 * @param kind    what it is
 * @param labelEs its Spanish label
 * @param labelEn its English label, or empty when it has none
 * @param acronym its acronym, or empty
 */
public record NetworkNode(String iri, NodeKind kind, String labelEs, String labelEn, String acronym)
        implements Comparable<NetworkNode> {
    /**
     * Its identifier in exports: its path under {@code id/} with {@code :} for {@code /} (e.g.
     * {@code org:unicef}), because GraphML requires node ids to be XML name tokens, which an IRI is not.
     */
    public String id() {
        return exportId(iri);
    }

    /** The export id of any node IRI, as {@link #id()} makes it. */
    public static String exportId(String iri) {
        int at = iri.indexOf("/id/");
        return (at < 0 ? iri : iri.substring(at + 4)).replace('/', ':');
    }

    @Override
    public int compareTo(NetworkNode other) {
        return iri.compareTo(other.iri);
    }
}
