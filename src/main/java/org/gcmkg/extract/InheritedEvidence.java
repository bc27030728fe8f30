package org.gcmkg.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Lets an entity the report names only through a part of it take the sentences naming those parts as its
 * evidence: UNICEF through its Mexico office, a state through one of its cities, a country through one of
 * its organizations; an entity with no evidence at all takes the report's title.
 */
final class InheritedEvidence {
    private InheritedEvidence() {}

    /**
     * The sentences naming each entity, inherited ones included.
     *
     * @param own      for each entity id, the sentences naming it
     * @param entities every entity named, by id
     * @param title    the report's title, for an entity nothing else names
     */
    static Map<String, SortedSet<SpanRef>> of(
            Map<String, SortedSet<SpanRef>> own, Map<String, Entity> entities, SpanRef title) {
        Map<String, SortedSet<SpanRef>> result = new TreeMap<>();
        own.forEach((id, refs) -> result.put(id, new TreeSet<>(refs)));
        for (Entity e : entities.values()) {
            SortedSet<SpanRef> refs = own.get(e.id());
            if (refs == null) {
                continue;
            }
            Set<String> seen = new HashSet<>();
            Entity current = e;
            while (!current.parent().isEmpty() && seen.add(current.id())) {
                Entity parent = entities.get(current.parent());
                if (parent == null) {
                    break;
                }
                if (!own.containsKey(parent.id())) {
                    result.computeIfAbsent(parent.id(), k -> new TreeSet<>()).addAll(refs);
                }
                current = parent;
            }
            if (e.type() == EntityType.ORGANIZATION && !e.country().isEmpty()) {
                entities.values().stream()
                        .filter(c -> c.type() == EntityType.PLACE
                                && c.country().equals(e.country())
                                && !own.containsKey(c.id()))
                        .forEach(c -> result.computeIfAbsent(c.id(), k -> new TreeSet<>())
                                .addAll(refs));
            }
        }
        for (Entity e : entities.values()) {
            if (!result.containsKey(e.id())) {
                result.put(e.id(), new TreeSet<>(List.of(title)));
            }
        }
        return result;
    }
}
