package org.gcmkg.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Rules applied to the relations of a whole report once every passage is read. */
final class RelationSet {
    private RelationSet() {}

    /**
     * The relations without those made redundant by a more specific one: when a program is related to an
     * organization and, by the same relation, to a part of it (UNICEF and its Mexico office, the SRE and one
     * of its consulates), the graph states the relation once, for the part; the part's
     * {@code org:subOrganizationOf} chain leads to the whole, so a count at either level sees it once. An
     * organization that runs a program is not said to take part in it as well.
     */
    static List<Relation> mostSpecific(Collection<Relation> relations, Map<String, Entity> entities) {
        Map<String, List<Entity>> byProgram = new HashMap<>();
        for (Relation r : relations) {
            if (r.kind() != RelationKind.LOCATED_IN) {
                byProgram
                        .computeIfAbsent(r.kind() + "|" + program(r).id(), k -> new ArrayList<>())
                        .add(organization(r));
            }
        }
        Set<String> runs = new HashSet<>();
        relations.stream()
                .filter(r -> r.kind() == RelationKind.RUNS)
                .forEach(r -> runs.add(r.subject().id() + "|" + r.object().id()));
        return relations.stream()
                .distinct()
                .filter(r -> {
                    if (r.kind() == RelationKind.LOCATED_IN) {
                        return true;
                    }
                    if (r.kind() == RelationKind.PARTICIPATES_IN
                            && runs.contains(r.subject().id() + "|" + r.object().id())) {
                        return false;
                    }
                    String id = organization(r).id();
                    return byProgram.get(r.kind() + "|" + program(r).id()).stream()
                            .noneMatch(other -> isAncestor(id, other, entities));
                })
                .toList();
    }

    private static Entity program(Relation r) {
        return r.subject().type() == EntityType.PROGRAM ? r.subject() : r.object();
    }

    private static Entity organization(Relation r) {
        return r.subject().type() == EntityType.PROGRAM ? r.object() : r.subject();
    }

    private static boolean isAncestor(String id, Entity of, Map<String, Entity> entities) {
        Set<String> seen = new HashSet<>();
        Entity current = of;
        while (current != null && !current.parent().isEmpty() && seen.add(current.id())) {
            if (current.parent().equals(id)) {
                return true;
            }
            current = entities.get(current.parent());
        }
        return false;
    }
}
