package org.gcmkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The head nouns of the kind tables ("Programa", "Comisión", "Convenio", …): what a name the gazetteer does not
 * know is, read from the noun it starts with; the longest head wins.
 */
final class HeadNouns {
    private static final Set<String> INTERNATIONAL_KINDS =
            Set.of("international-organization", "un-system", "regional-forum");

    private record Head(EntityType type, String kind) {}

    private final String reportCountry;
    private final Map<String, Head> heads = new LinkedHashMap<>();
    private final List<String> words = new ArrayList<>();
    /** The folded head nouns, longest first (ties in the tables' order), as {@link #entityFor} tries them. */
    private final List<Map.Entry<String, Head>> longestFirst;

    HeadNouns(Gazetteer gazetteer, String reportCountryIso3) {
        this.reportCountry = reportCountryIso3;
        gazetteer
                .organizationKinds()
                .values()
                .forEach(k -> k.headNouns().forEach(h -> {
                    heads.putIfAbsent(Folding.key(h), new Head(EntityType.ORGANIZATION, k.id()));
                    words.add(h);
                }));
        gazetteer
                .programKinds()
                .values()
                .forEach(k -> k.headNouns().forEach(h -> {
                    heads.putIfAbsent(Folding.key(h), new Head(EntityType.PROGRAM, k.id()));
                    words.add(h);
                }));
        words.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        longestFirst = heads.entrySet().stream()
                .sorted(Comparator.comparingInt(
                                (Map.Entry<String, Head> e) -> e.getKey().length())
                        .reversed())
                .toList();
    }

    /** The head nouns as written in the tables, longest first. */
    List<String> words() {
        return List.copyOf(words);
    }

    /** The entity a name starting with a head noun is, or null when it starts with none. */
    Entity entityFor(String name, String acronym) {
        String folded = Folding.key(name);
        for (Map.Entry<String, Head> head : longestFirst) {
            if (folded.equals(head.getKey()) || folded.startsWith(head.getKey() + " ")) {
                Head h = head.getValue();
                if (h.type() == EntityType.PROGRAM) {
                    return program(name, acronym, h.kind());
                }
                // A body the report names without the gazetteer is taken to be the reporting state's own,
                // unless its kind is international.
                String country = INTERNATIONAL_KINDS.contains(h.kind()) ? "" : reportCountry;
                return new Entity(
                        EntityType.ORGANIZATION,
                        Folding.slug(name),
                        h.kind(),
                        name,
                        "",
                        acronym,
                        List.of(),
                        "",
                        country,
                        false);
            }
        }
        return null;
    }

    /** A captured name with the quoted words it was written with as its one alias. */
    static Entity withAlias(Entity e, String alias) {
        return new Entity(e.type(), e.id(), e.kind(), e.nameEs(), "", e.acronym(), List.of(alias), "", "", false);
    }

    static Entity program(String name, String acronym, String kind) {
        return new Entity(EntityType.PROGRAM, Folding.slug(name), kind, name, "", acronym, List.of(), "", "", false);
    }
}
