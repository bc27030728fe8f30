package org.gcmkg.network;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An edge of the program network. Its identity is the object itself, as JGraphT requires: two edges with
 * the same kinds and objectives between different nodes are different edges.
 */
public final class NetworkEdge {
    private final String source;
    private final String target;
    private final SortedSet<String> kinds = new TreeSet<>();
    private final SortedSet<Integer> objectives = new TreeSet<>();
    private final SortedSet<String> programs = new TreeSet<>();

    NetworkEdge(String source, String target) {
        this.source = source;
        this.target = target;
    }

    /** IRI of the node the edge was drawn from (the organization, or the program). */
    public String source() {
        return source;
    }

    /** IRI of the other node. */
    public String target() {
        return target;
    }

    /** The relations it stands for: runs, participatesIn, carriedOutWith, fundedBy, addresses, locatedIn, collaboration. */
    public SortedSet<String> kinds() {
        return Collections.unmodifiableSortedSet(kinds);
    }

    /** The numbers of the objectives of the programs behind it. */
    public SortedSet<Integer> objectives() {
        return Collections.unmodifiableSortedSet(objectives);
    }

    /** For a collaboration edge, the IRIs of the programs the two organizations share. */
    public SortedSet<String> programs() {
        return Collections.unmodifiableSortedSet(programs);
    }

    void addKind(String kind) {
        kinds.add(kind);
    }

    void addObjectives(Collection<Integer> numbers) {
        objectives.addAll(numbers);
    }

    void addProgram(String program) {
        programs.add(program);
    }
}
