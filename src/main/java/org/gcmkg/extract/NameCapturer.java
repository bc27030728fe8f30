package org.gcmkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Captures names the gazetteer does not know: a capitalised name that starts with a head noun of a program
 * or organization kind ("Programa de Financiamiento para Pequeños Productores", "Comisión Especial para la
 * Atención de la Frontera Sur"), with the acronym in parentheses after it if there is one, and names in
 * italics in the actions. They are typed by their head noun and marked as not in the gazetteer.
 */
public final class NameCapturer {
    private static final String CONNECTOR = "(?:de|del|la|las|los|el|para|y|e|en|a|al|sobre|con|contra|entre|por|su|sus)";
    private static final String NAME_WORD = "(?:\\p{Lu}[\\p{L}\\-]*|\\d[\\p{L}\\d\\-]*|[\\p{Lu}]{2,})";
    private static final Pattern ITALIC = Pattern.compile("(?<![*\\p{L}])\\*([^*\\n]{3,160}?)\\*(?![*\\p{L}])");
    private static final Pattern ACRONYM_AFTER = Pattern.compile("^\\s*\\((\\p{Lu}[\\p{Lu}\\-]{1,11})\\)");
    private static final Set<String> CONNECTORS = Set.of("de", "del", "la", "las", "los", "el", "para", "y", "e",
            "en", "a", "al", "sobre", "con", "contra", "entre", "por", "su", "sus");

    private final String reportCountry;
    private final Gazetteer gazetteer;
    private final Pattern headed;
    private final Map<String, Head> heads = new LinkedHashMap<>();

    private record Head(EntityType type, String kind) {}

    public NameCapturer(Gazetteer gazetteer, String reportCountryIso3) {
        this.reportCountry = reportCountryIso3;
        this.gazetteer = gazetteer;
        List<String> words = new ArrayList<>();
        gazetteer.organizationKinds().values().forEach(k -> k.headNouns().forEach(h -> {
            heads.putIfAbsent(Folding.key(h), new Head(EntityType.ORGANIZATION, k.id()));
            words.add(h);
        }));
        gazetteer.programKinds().values().forEach(k -> k.headNouns().forEach(h -> {
            heads.putIfAbsent(Folding.key(h), new Head(EntityType.PROGRAM, k.id()));
            words.add(h);
        }));
        words.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        String alternation = String.join("|", words.stream().map(Pattern::quote).toList());
        this.headed = Pattern.compile("(?<![\\p{L}])(?:" + alternation + ")(?![\\p{L}])"
                + "(?:\\s+(?:" + CONNECTOR + "\\s+)*" + NAME_WORD + ")*");
    }

    /**
     * Names in {@code text} not covered by {@code known} mentions.
     *
     * @param italics whether italic spans name programs (true in objective sections)
     */
    public List<Entity> capture(String text, List<Mention> known, boolean italics) {
        boolean[] taken = new boolean[text.length()];
        for (Mention m : known) {
            for (int i = m.start(); i < m.end(); i++) {
                taken[i] = true;
            }
        }
        List<Entity> found = new ArrayList<>();
        Matcher m = headed.matcher(text);
        while (m.find()) {
            String name = trimConnectors(m.group());
            int end = m.start() + name.length();
            if (name.split("\\s+").length < 2 || overlaps(taken, m.start(), end) || gazetteer.isNotAName(name)) {
                continue;
            }
            String acronym = "";
            Matcher acr = ACRONYM_AFTER.matcher(text.substring(end));
            if (acr.find()) {
                acronym = acr.group(1);
            }
            Entity entity = entityFor(name, acronym);
            if (entity != null) {
                found.add(entity);
                mark(taken, m.start(), end);
            }
        }
        if (italics) {
            Matcher it = ITALIC.matcher(text);
            while (it.find()) {
                String name = it.group(1).trim().replaceAll("^[“\"]|[”\"]$", "").trim();
                if (name.isEmpty() || overlaps(taken, it.start(1), it.end(1)) || !Character.isUpperCase(name.codePointAt(0))
                        || gazetteer.isNotAName(name)) {
                    continue;
                }
                Entity entity = entityFor(name, "");
                found.add(entity != null ? entity : program(name, "", "program"));
                mark(taken, it.start(1), it.end(1));
            }
        }
        return found;
    }

    private Entity entityFor(String name, String acronym) {
        String folded = Folding.key(name);
        for (Map.Entry<String, Head> head : heads.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Head> e) -> e.getKey().length()).reversed()).toList()) {
            if (folded.equals(head.getKey()) || folded.startsWith(head.getKey() + " ")) {
                Head h = head.getValue();
                if (h.type() == EntityType.PROGRAM) {
                    return program(name, acronym, h.kind());
                }
                String country = h.kind().equals("public-body") || h.kind().equals("government") ? reportCountry : "";
                return new Entity(EntityType.ORGANIZATION, Folding.slug(name), h.kind(), name, "", acronym, List.of(),
                        "", country, false);
            }
        }
        return null;
    }

    private static Entity program(String name, String acronym, String kind) {
        return new Entity(EntityType.PROGRAM, Folding.slug(name), kind, name, "", acronym, List.of(), "", "", false);
    }

    private static String trimConnectors(String name) {
        String[] words = name.trim().split("\\s+");
        int end = words.length;
        while (end > 1 && CONNECTORS.contains(words[end - 1].toLowerCase())) {
            end--;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, end));
    }

    private static boolean overlaps(boolean[] taken, int start, int end) {
        for (int i = start; i < end && i < taken.length; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private static void mark(boolean[] taken, int start, int end) {
        for (int i = start; i < end && i < taken.length; i++) {
            taken[i] = true;
        }
    }
}
