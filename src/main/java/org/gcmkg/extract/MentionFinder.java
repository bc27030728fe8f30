package org.gcmkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where gazetteer entities are named in a text: names and aliases without regard to case or accents,
 * acronyms as written, always on whole words, the longest name winning where names overlap. Then resolves
 * anaphors such as "el Instituto" or "dicho programa" to the nearest entity named before that fits.
 */
public final class MentionFinder {
    private static final Pattern ANAPHOR = Pattern.compile(
            "\\b(?:el|del|al|este|dicho|dicha|esta|la|de la|a la)\\s+"
                    + "(Instituto|Secretaría|Procuraduría|Comisión|Consejo|Programa|programa|Protocolo|Estrategia|estrategia)"
                    + "(?![\\p{L}])(?!\\s+(?:de|del|para|sobre|en|\\p{Lu}))");

    private record Form(String folded, boolean caseSensitive, String written, Entity entity) {}

    private final List<Form> forms;

    public MentionFinder(Gazetteer gazetteer) {
        this(gazetteer.entities());
    }

    /** A finder over any set of entities (the gazetteer's, plus names captured from the text). */
    public MentionFinder(java.util.Collection<Entity> entities) {
        List<Form> all = new ArrayList<>();
        for (Entity entity : entities) {
            for (String written : entity.surfaceForms()) {
                boolean acronym = written.equals(entity.acronym()) || isAcronymLike(written);
                all.add(new Form(acronym ? written : Folding.fold(written), acronym, written, entity));
            }
        }
        all.sort(Comparator.comparing((Form f) -> -f.folded().length()).thenComparing(f -> f.entity().id())
                .thenComparing(Form::written));
        this.forms = List.copyOf(all);
    }

    private static boolean isAcronymLike(String written) {
        boolean capitals = written.equals(written.toUpperCase()) && written.chars().anyMatch(Character::isLetter);
        boolean abbreviation = written.length() <= 7 && written.endsWith(".");
        return (written.length() <= 8 && capitals) || abbreviation;
    }

    /** The entity mentions in {@code text}, in order of position. */
    public List<Mention> find(String text) {
        String folded = Folding.fold(text);
        boolean[] taken = new boolean[text.length()];
        List<Mention> found = new ArrayList<>();
        for (Form form : forms) {
            String haystack = form.caseSensitive() ? text : folded;
            int from = 0;
            while (true) {
                int at = haystack.indexOf(form.folded(), from);
                if (at < 0) {
                    break;
                }
                int end = at + form.folded().length();
                from = at + 1;
                if (!wordBoundary(text, at, end) || anyTaken(taken, at, end)) {
                    continue;
                }
                for (int i = at; i < end; i++) {
                    taken[i] = true;
                }
                found.add(new Mention(form.entity(), at, end, text.substring(at, end), false));
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return resolveAnaphors(text, found, taken);
    }

    private static boolean wordBoundary(String text, int start, int end) {
        boolean before = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
        boolean after = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
        return before && after;
    }

    private static boolean anyTaken(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private static List<Mention> resolveAnaphors(String text, List<Mention> found, boolean[] taken) {
        List<Mention> result = new ArrayList<>(found);
        Matcher m = ANAPHOR.matcher(text);
        while (m.find()) {
            int start = m.start(1);
            int end = m.end(1);
            if (anyTaken(taken, start, end)) {
                continue;
            }
            String head = Folding.fold(m.group(1));
            Mention antecedent = null;
            for (Mention earlier : found) {
                if (earlier.end() > start) {
                    break;
                }
                if (fits(earlier.entity(), head)) {
                    antecedent = earlier;
                }
            }
            if (antecedent != null) {
                result.add(new Mention(antecedent.entity(), start, end, m.group(1), true));
            }
        }
        result.sort(Comparator.comparingInt(Mention::start));
        return List.copyOf(result);
    }

    private static boolean fits(Entity entity, String head) {
        if (head.equals("programa") || head.equals("estrategia") || head.equals("protocolo")) {
            return entity.type() == EntityType.PROGRAM
                    && (head.equals("programa") || Folding.fold(entity.nameEs()).startsWith(head));
        }
        return entity.type() == EntityType.ORGANIZATION && Folding.fold(entity.nameEs()).startsWith(head);
    }
}
