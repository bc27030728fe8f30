package org.gcmkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The organizations a sentence lists together with one of them, as the subject of what follows ("Las oficinas
 * centrales de ADL, la Dirección General de Protección a Mexicanos en el Exterior y la Embajada de México en
 * Estados Unidos han mantenido un diálogo … En 2017, firmaron un Memorándum …").
 */
final class Coordination {
    /**
     * What may stand between two items of a list: a comma or "y", and an article; or the parenthesis that
     * opens a name's acronym ("la Liga Antidifamación (ADL), la Dirección …").
     */
    private static final Pattern JOIN =
            Pattern.compile("\\s*\\(|\\)?\\s*(?:,\\s*(?:y\\s+|e\\s+)?|\\s+(?:y|e)\\s+)(?:(?:la|el|los|las)\\s+)?");

    private Coordination() {}

    /**
     * The other organizations in the list that holds {@code item}, in order.
     *
     * @param text         the sentence
     * @param offset       where the sentence starts in the passage (mentions are passage offsets)
     * @param mentions     the sentence's mentions, in order
     */
    static List<Entity> with(String text, int offset, List<Mention> mentions, Mention item) {
        List<Mention> orgs = mentions.stream()
                .filter(m -> m.entity().type() == EntityType.ORGANIZATION)
                .toList();
        int at = orgs.indexOf(item);
        if (at < 0) {
            return List.of();
        }
        int first = at;
        while (first > 0 && joined(text, offset, orgs.get(first - 1), orgs.get(first))) {
            first--;
        }
        int last = at;
        while (last + 1 < orgs.size() && joined(text, offset, orgs.get(last), orgs.get(last + 1))) {
            last++;
        }
        List<Entity> others = new ArrayList<>();
        for (int k = first; k <= last; k++) {
            Entity e = orgs.get(k).entity();
            if (k != at && !others.contains(e) && !e.equals(item.entity())) {
                others.add(e);
            }
        }
        return others;
    }

    private static boolean joined(String text, int offset, Mention a, Mention b) {
        if (b.start() < a.end()) {
            return false;
        }
        return JOIN.matcher(text.substring(a.end() - offset, b.start() - offset))
                .matches();
    }
}
