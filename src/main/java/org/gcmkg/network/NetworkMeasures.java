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
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.ClosenessCentrality;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.AsUnweightedGraph;

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
        Graph<NetworkNode, NetworkEdge> hops = new AsUnweightedGraph<>(graph);
        Map<NetworkNode, Double> betweenness = new BetweennessCentrality<>(hops, true).getScores();
        List<Set<NetworkNode>> components = numbered(new ConnectivityInspector<>(graph).connectedSets());
        Map<NetworkNode, Double> closeness = new HashMap<>();
        for (Set<NetworkNode> component : components) {
            if (component.size() == 1) {
                closeness.put(component.iterator().next(), 0.0);
            } else {
                closeness.putAll(new ClosenessCentrality<>(new AsSubgraph<>(hops, component), false, true).getScores());
            }
        }
        List<Set<NetworkNode>> communities = numbered(
                new LabelPropagationClustering<>(graph, 1000, new Random(SEED)).getClustering().getClusters());
        Map<NetworkNode, Integer> componentOf = index(components);
        Map<NetworkNode, Integer> communityOf = index(communities);
        Map<NetworkNode, NodeMeasures> measures = new LinkedHashMap<>();
        for (NetworkNode node : graph.vertexSet()) {
            double weighted = graph.edgesOf(node).stream().mapToDouble(graph::getEdgeWeight).sum();
            measures.put(node, new NodeMeasures(graph.degreeOf(node), round(weighted), round(betweenness.get(node)),
                    round(closeness.get(node)), componentOf.get(node), communityOf.get(node)));
        }
        return measures;
    }

    /** Six decimals, half-even, without trailing zeros beyond one decimal. */
    public static BigDecimal round(double value) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return d.scale() < 1 ? d.setScale(1) : d;
    }

    /** Largest first, ties by the smallest IRI in each. */
    private static List<Set<NetworkNode>> numbered(List<Set<NetworkNode>> sets) {
        List<Set<NetworkNode>> sorted = new ArrayList<>();
        sets.forEach(s -> sorted.add(new TreeSet<>(s)));
        sorted.sort(Comparator.<Set<NetworkNode>>comparingInt(Set::size).reversed()
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
