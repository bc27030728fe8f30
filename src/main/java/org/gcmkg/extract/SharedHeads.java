package org.gcmkg.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names that share one head: "los Consulados de México en El Paso y Nueva Orleans" names the consulate in El
 * Paso and the one in New Orleans. After an organization's name that ends in "… en PLACE", a coordinated
 * capitalized name "y OTHER" names the organization whose name is the same head with "en OTHER", when there
 * is one.
 */
final class SharedHeads {
    private static final Pattern NEXT =
            Pattern.compile("^\\s*(?:y|e)\\s+(\\p{Lu}\\p{L}*(?:\\s+(?:de\\s+|del\\s+)?\\p{Lu}\\p{L}*)*)");
    private static final String IN = " en ";

    /** Organizations by their folded names. */
    private final Map<String, Entity> byName = new HashMap<>();

    SharedHeads(Collection<Entity> entities) {
        for (Entity e : entities) {
            if (e.type() == EntityType.ORGANIZATION) {
                for (String written : e.surfaceForms()) {
                    byName.putIfAbsent(Folding.fold(written), e);
                }
            }
        }
    }

    /**
     * {@code found} with the organizations the coordinated names after its mentions add; a place those names
     * contain ("Nueva Orleans") gives way to the organization named there.
     */
    List<Mention> complete(String text, List<Mention> found) {
        List<Mention> added = new ArrayList<>();
        for (Mention m : found) {
            Entity e = m.entity();
            int head = e.nameEs().lastIndexOf(IN);
            if (e.type() != EntityType.ORGANIZATION || head < 0) {
                continue;
            }
            Matcher next = NEXT.matcher(text.substring(m.end()));
            if (!next.find()) {
                continue;
            }
            int start = m.end() + next.start(1);
            int end = m.end() + next.end(1);
            Entity other = byName.get(Folding.fold(e.nameEs().substring(0, head + IN.length()) + next.group(1)));
            boolean free = found.stream()
                    .noneMatch(f ->
                            f.start() < end && start < f.end() && f.entity().type() != EntityType.PLACE);
            if (other != null && !other.equals(e) && free) {
                added.add(new Mention(other, start, end, next.group(1), false));
            }
        }
        if (added.isEmpty()) {
            return found;
        }
        List<Mention> all = new ArrayList<>(found);
        all.removeIf(f -> added.stream().anyMatch(a -> f.start() < a.end() && a.start() < f.end()));
        all.addAll(added);
        return all;
    }
}
