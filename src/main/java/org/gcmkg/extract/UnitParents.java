package org.gcmkg.extract;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Places an organization the gazetteer does not know under the body it is a unit of, by the curated rules
 * of {@code data/gazetteer/units.csv}: a unit whose name starts with one of a rule's head nouns (a
 * consulate, an embassy, the consular network) belongs to the reporting state's organization whose name
 * starts with one of the rule's parent names (its foreign ministry), when the report names one.
 */
final class UnitParents {
    /**
     * One rule.
     *
     * @param heads   the head nouns of the units' names
     * @param parents the starts of the parent's name
     */
    record Rule(List<String> heads, List<String> parents) {}

    private UnitParents() {}

    /** The organization with its parent set, when a rule places it; else the organization as it is. */
    static Entity placed(Entity unit, Collection<Entity> candidates, List<Rule> rules, String country) {
        if (unit.type() != EntityType.ORGANIZATION
                || unit.inGazetteer()
                || !unit.parent().isEmpty()
                || !unit.country().equals(country)) {
            return unit;
        }
        String name = Folding.key(unit.nameEs());
        for (Rule rule : rules) {
            if (rule.heads().stream().noneMatch(h -> startsWithWord(name, Folding.key(h)))) {
                continue;
            }
            Optional<Entity> parent = candidates.stream()
                    .filter(c -> c.type() == EntityType.ORGANIZATION
                            && c.country().equals(country)
                            && !c.id().equals(unit.id()))
                    .filter(c -> rule.parents().stream()
                            .anyMatch(p -> startsWithWord(Folding.key(c.nameEs()), Folding.key(p))))
                    .min((a, b) -> a.id().compareTo(b.id()));
            if (parent.isPresent()) {
                return new Entity(
                        unit.type(),
                        unit.id(),
                        unit.kind(),
                        unit.nameEs(),
                        unit.nameEn(),
                        unit.acronym(),
                        unit.aliases(),
                        parent.get().id(),
                        unit.country(),
                        false);
            }
        }
        return unit;
    }

    private static boolean startsWithWord(String name, String start) {
        return name.equals(start) || name.startsWith(start + " ");
    }
}
