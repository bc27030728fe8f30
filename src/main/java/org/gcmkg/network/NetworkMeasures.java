package org.gcmkg.network;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.ClosenessCentrality;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Network measures computed with JGraphT. Betweenness and closeness count hops (edge weights are strengths,
 * not distances, so they are left out of path lengths); closeness is computed within each connected
 * component, because JGraphT's closeness of a disconnected graph is 0 everywhere; communities come from
 * label propagation with a fixed seed, so they are the same on every run.
 */
public final class NetworkMeasures {
    /** The seed of label propagation. */
    public static final long SEED = 20180907L;

    private NetworkMeasures() {}

    /** The measures of every node. */
    public static Map<NetworkNode, NodeMeasures> compute(Graph<NetworkNode, NetworkEdge> graph) {
        Hops hops = new Hops(graph, graph.vertexSet());
        Map<Integer, Double> betweenness = new BetweennessCentrality<>(hops.graph, true).getScores();
        List<Set<NetworkNode>> components = numbered(new ConnectivityInspector<>(graph).connectedSets());
        Map<NetworkNode, Double> closeness = new HashMap<>();
        for (Set<NetworkNode> component : components) {
            if (component.size() == 1) {
                closeness.put(component.iterator().next(), 0.0);
            } else {
                Hops within = new Hops(graph, component);
                new HopCloseness(within.graph).getScores().forEach((i, c) -> closeness.put(within.nodes.get(i), c));
            }
        }
        List<Set<NetworkNode>> communities = numbered(new LabelPropagationClustering<>(graph, 1000, new Random(SEED))
                .getClustering()
                .getClusters());
        Map<NetworkNode, Integer> componentOf = index(components);
        Map<NetworkNode, Integer> communityOf = index(communities);
        Map<NetworkNode, NodeMeasures> measures = new LinkedHashMap<>();
        for (NetworkNode node : graph.vertexSet()) {
            double weighted = graph.edgesOf(node).stream()
                    .mapToDouble(graph::getEdgeWeight)
                    .sum();
            measures.put(
                    node,
                    new NodeMeasures(
                            graph.degreeOf(node),
                            round(weighted),
                            round(betweenness.get(hops.number.get(node))),
                            round(closeness.get(node)),
                            componentOf.get(node),
                            communityOf.get(node)));
        }
        return measures;
    }

    /**
     * The unweighted graph of some nodes, its vertices numbered in the order given: path lengths count hops,
     * and small integer vertices keep the shortest-path searches cheap (they run once per node).
     */
    private static final class Hops {
        final List<NetworkNode> nodes = new ArrayList<>();
        final Map<NetworkNode, Integer> number = new HashMap<>();
        final Graph<Integer, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);

        Hops(Graph<NetworkNode, NetworkEdge> network, Set<NetworkNode> kept) {
            for (NetworkNode node : network.vertexSet()) {
                if (kept.contains(node)) {
                    number.put(node, nodes.size());
                    graph.addVertex(nodes.size());
                    nodes.add(node);
                }
            }
            for (NetworkEdge e : network.edgeSet()) {
                Integer a = number.get(network.getEdgeSource(e));
                Integer b = number.get(network.getEdgeTarget(e));
                if (a != null && b != null) {
                    graph.addEdge(a, b);
                }
            }
        }
    }

    /** Closeness by breadth-first search, the shortest-path search for an unweighted graph. */
    private static final class HopCloseness extends ClosenessCentrality<Integer, DefaultEdge> {
        HopCloseness(Graph<Integer, DefaultEdge> graph) {
            super(graph, false, true);
        }

        @Override
        protected ShortestPathAlgorithm<Integer, DefaultEdge> getShortestPathAlgorithm() {
            return new BFSShortestPath<>(graph);
        }
    }

    /** Six decimals, half-even, without trailing zeros beyond one decimal. */
    public static BigDecimal round(double value) {
        BigDecimal d =
                BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return d.scale() < 1 ? d.setScale(1) : d;
    }

    /** Largest first, ties by the smallest IRI in each. */
    private static List<Set<NetworkNode>> numbered(List<Set<NetworkNode>> sets) {
        List<Set<NetworkNode>> sorted = new ArrayList<>();
        sets.forEach(s -> sorted.add(new TreeSet<>(s)));
        sorted.sort(Comparator.<Set<NetworkNode>>comparingInt(Set::size)
                .reversed()
                .thenComparing(s -> ((TreeSet<NetworkNode>) s).first().iri()));
        return sorted;
    }

    private static Map<NetworkNode, Integer> index(List<Set<NetworkNode>> sets) {
        Map<NetworkNode, Integer> index = new HashMap<>();
        for (int i = 0; i < sets.size(); i++) {
            for (NetworkNode n : sets.get(i)) {
                index.put(n, i + 1);
            }
        }
        return index;
    }
}
