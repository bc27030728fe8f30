package org.gcmkg.network;

import java.util.Map;
import java.util.SortedSet;
import org.jgrapht.Graph;

/**
 * One projection of the program network with its measures.
 *
 * @param projection which projection
 * @param objectives the objectives it is filtered to (empty: all)
 * @param graph      the undirected, weighted graph; vertices and edges in IRI order
 * @param measures   the measures of every node
 */
public record Network(
        Projection projection,
        SortedSet<Integer> objectives,
        Graph<NetworkNode, NetworkEdge> graph,
        Map<NetworkNode, NodeMeasures> measures) {}
