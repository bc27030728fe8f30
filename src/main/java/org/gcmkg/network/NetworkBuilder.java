package org.gcmkg.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jgrapht.Graph;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Builds a projection of the program network from a {@link NetworkSource}, optionally filtered to some
 * objectives: then only the programs addressing one of them are kept, with the organizations and places
 * linked to those programs and the chosen objectives themselves. Only nodes with an edge are kept, except in
 * the collaboration projection, where an organization of a kept program that shares it with no one stays
 * as an isolated node.
 */
public final class NetworkBuilder {
    private NetworkBuilder() {}

    /**
     * Every projection, unfiltered, in the order of {@link Projection#values}. They share nothing but the
     * source, which they only read, so they are computed two at a time: their measures (betweenness and
     * closeness search paths from every node) are most of what a build of a few reports computes.
     */
    public static List<Network> buildAll(NetworkSource source) {
        ExecutorService threads = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "gcmkg-network");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Network>> tasks = new ArrayList<>();
            for (Projection p : Projection.values()) {
                tasks.add(threads.submit(() -> build(source, p, List.of())));
            }
            List<Network> networks = new ArrayList<>();
            for (Future<Network> task : tasks) {
                networks.add(task.get());
            }
            return networks;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring the networks", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            threads.shutdownNow();
        }
    }

    /** The projection, with its measures. */
    public static Network build(NetworkSource source, Projection projection, Collection<Integer> objectives) {
        NavigableSet<Integer> filter = new TreeSet<>(objectives);
        SortedSet<String> programs = new TreeSet<>();
        for (String program : allPrograms(source)) {
            if (filter.isEmpty() || source.objectivesOf(program).stream().anyMatch(filter::contains)) {
                programs.add(program);
            }
        }
        Map<String, Map<String, NetworkEdge>> edges = new TreeMap<>();
        SortedSet<String> isolated = new TreeSet<>();
        switch (projection) {
            case FULL -> {
                for (NetworkSource.OrgProgram r : source.orgPrograms) {
                    if (programs.contains(r.program())) {
                        edge(
                                edges,
                                r.organization(),
                                r.program(),
                                r.kind(),
                                shown(source.objectivesOf(r.program()), filter));
                    }
                }
                addObjectiveEdges(source, programs, filter, edges);
                for (String program : programs) {
                    for (String place : source.programPlaces.getOrDefault(program, new TreeSet<>())) {
                        edge(edges, program, place, "locatedIn", shown(source.objectivesOf(program), filter));
                    }
                }
            }
            case COLLABORATION -> {
                Map<String, SortedSet<String>> orgsOfProgram = new TreeMap<>();
                for (NetworkSource.OrgProgram r : source.orgPrograms) {
                    if (programs.contains(r.program())) {
                        orgsOfProgram
                                .computeIfAbsent(r.program(), k -> new TreeSet<>())
                                .add(r.organization());
                        isolated.add(r.organization());
                    }
                }
                orgsOfProgram.forEach((program, orgs) -> {
                    List<String> list = new ArrayList<>(orgs);
                    for (int i = 0; i < list.size(); i++) {
                        for (int j = i + 1; j < list.size(); j++) {
                            NetworkEdge e = edge(
                                    edges,
                                    list.get(i),
                                    list.get(j),
                                    "collaboration",
                                    shown(source.objectivesOf(program), filter));
                            e.addProgram(program);
                        }
                    }
                });
            }
            case PROGRAM_OBJECTIVE -> addObjectiveEdges(source, programs, filter, edges);
        }
        Graph<NetworkNode, NetworkEdge> graph = new SimpleWeightedGraph<>(NetworkEdge.class);
        SortedSet<String> nodeIris = new TreeSet<>(isolated);
        edges.forEach((s, targets) -> {
            nodeIris.add(s);
            nodeIris.addAll(targets.keySet());
        });
        for (String iri : nodeIris) {
            NetworkNode node = source.nodes.get(iri);
            if (node == null) {
                throw new IllegalStateException("a relation names " + iri + ", which has no type in the graph");
            }
            graph.addVertex(node);
        }
        edges.forEach((s, targets) -> targets.forEach((t, e) -> {
            graph.addEdge(source.nodes.get(s), source.nodes.get(t), e);
            graph.setEdgeWeight(
                    e, projection == Projection.COLLABORATION ? e.programs().size() : 1.0);
        }));
        return new Network(projection, filter, graph, NetworkMeasures.compute(graph));
    }

    private static SortedSet<String> allPrograms(NetworkSource source) {
        SortedSet<String> all = new TreeSet<>(source.programObjectives.keySet());
        source.orgPrograms.forEach(r -> all.add(r.program()));
        all.addAll(source.programPlaces.keySet());
        return all;
    }

    private static void addObjectiveEdges(
            NetworkSource source,
            SortedSet<String> programs,
            SortedSet<Integer> filter,
            Map<String, Map<String, NetworkEdge>> edges) {
        for (String program : programs) {
            for (int n : source.objectivesOf(program)) {
                if (filter.isEmpty() || filter.contains(n)) {
                    edge(edges, program, source.objectiveIris.get(n), "addresses", List.of(n));
                }
            }
        }
    }

    private static SortedSet<Integer> shown(SortedSet<Integer> objectives, SortedSet<Integer> filter) {
        SortedSet<Integer> shown = new TreeSet<>(objectives);
        if (!filter.isEmpty()) {
            shown.retainAll(filter);
        }
        return shown;
    }

    /** The one edge between two nodes, whichever way round it is asked for. */
    private static NetworkEdge edge(
            Map<String, Map<String, NetworkEdge>> edges,
            String a,
            String b,
            String kind,
            Collection<Integer> objectives) {
        NetworkEdge existing = edges.getOrDefault(b, Map.of()).get(a);
        NetworkEdge e = existing != null
                ? existing
                : edges.computeIfAbsent(a, k -> new TreeMap<>()).computeIfAbsent(b, k -> new NetworkEdge(a, b));
        e.addKind(kind);
        e.addObjectives(objectives);
        return e;
    }
}
