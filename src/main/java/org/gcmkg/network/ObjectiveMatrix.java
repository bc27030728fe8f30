package org.gcmkg.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which organization acts on which objective: for every agency and partner, how many of the programs it
 * runs, takes part in, carries out or funds address each objective. Many readers would rather scan this
 * than a network drawing.
 */
public final class ObjectiveMatrix {
    /**
     * One organization's row.
     *
     * @param organization the organization
     * @param programs     per objective number, the programs linking it to that objective (IRIs, sorted)
     */
    public record Row(NetworkNode organization, Map<Integer, SortedSet<String>> programs) {
        /** How many programs link it to an objective. */
        public int count(int objective) {
            return programs.getOrDefault(objective, new TreeSet<>()).size();
        }

        /** How many objectives it acts on. */
        public int objectives() {
            return programs.size();
        }
    }

    private ObjectiveMatrix() {}

    /**
     * The rows, most objectives first, then by kind and Spanish name; only organizations acting on one of
     * {@code objectives} (all when empty).
     */
    public static List<Row> of(NetworkSource source, Collection<Integer> objectives) {
        Map<String, Map<Integer, SortedSet<String>>> cells = new TreeMap<>();
        for (NetworkSource.OrgProgram r : source.orgPrograms) {
            for (int n : source.objectivesOf(r.program())) {
                if (objectives.isEmpty() || objectives.contains(n)) {
                    cells.computeIfAbsent(r.organization(), k -> new TreeMap<>())
                            .computeIfAbsent(n, k -> new TreeSet<>())
                            .add(r.program());
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        cells.forEach((org, programs) -> rows.add(new Row(source.nodes.get(org), programs)));
        rows.sort(Comparator.comparingInt(Row::objectives)
                .reversed()
                .thenComparing(r -> r.organization().kind())
                .thenComparing(r -> r.organization().labelEs())
                .thenComparing(r -> r.organization().iri()));
        return rows;
    }

    /** The objective numbers of the columns: those asked for, or all the source knows. */
    public static SortedSet<Integer> columns(NetworkSource source, Collection<Integer> objectives) {
        return objectives.isEmpty() ? new TreeSet<>(source.objectiveIris.keySet()) : new TreeSet<>(objectives);
    }
}
