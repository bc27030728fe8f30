package org.gcmkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
    private static final String CONNECTOR =
            "(?:de|del|la|las|los|el|para|y|e|en|a|al|sobre|con|contra|entre|por|su|sus)";
    private static final String NAME_WORD = "(?:\\p{Lu}[\\p{L}\\-]*|\\d[\\p{L}\\d\\-]*|[\\p{Lu}]{2,})";
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ITALIC = Pattern.compile("(?<![*\\p{L}])\\*([^*\\n]{3,160}?)\\*(?![*\\p{L}])");
    private static final Pattern QUOTED = Pattern.compile("\\s*[“\"«]\\**([^”\"»*\\n]{2,200}?)\\**[”\"»]");
    private static final Pattern AUDIENCE =
            Pattern.compile("\\s+(?:para|a)\\s+(?:(?:el|la|los|las)\\s+)?\\p{Lu}[\\p{L}\\-]*");
    /** An opening quotation mark: a typographic one, or a straight one after a space. */
    private static final Pattern OPENING_QUOTE = Pattern.compile("\\s*[“«]|\\s+\"");

    private static final Pattern QUOTED_JOIN = Pattern.compile("\\s*(?:,|y|e)\\s*");
    private static final int TITLE_WORDS = 30;
    /** Words that make a sentence a clause rather than a title. */
    private static final Pattern VERB = Pattern.compile("(?iu)(?<![\\p{L}])(?:que|se|es|son|fue|fueron|ha|han|hay|"
            + "está|están|tiene|tienen|cuenta|cuentan|permite|permiten|busca|buscan|\\p{L}+(?:ó|aron|ieron|aba|aban|ían))"
            + "(?![\\p{L}])");

    private static final Pattern ACRONYM_AFTER = Pattern.compile("^\\s*\\((\\p{Lu}[\\p{Lu}\\-]{1,11})\\)");
    private static final Set<String> CONNECTORS = Set.of(
            "de", "del", "la", "las", "los", "el", "para", "y", "e", "en", "a", "al", "sobre", "con", "contra", "entre",
            "por", "su", "sus");

    private final HeadNouns heads;
    private final Gazetteer gazetteer;
    private final Pattern headed;
    private final Pattern title;
    private final Pattern coordinated;
    private final Pattern headNoun;

    public NameCapturer(Gazetteer gazetteer, String reportCountryIso3) {
        this.gazetteer = gazetteer;
        this.heads = new HeadNouns(gazetteer, reportCountryIso3);
        String alternation = WordAlternation.of(heads.words(), false);
        // A head noun can only start with one of these: a cheap test before the long alternation is tried.
        String first = firstLetters(heads.words());
        this.headNoun = Pattern.compile(
                "(?i)(?<![\\p{L}])" + first + "(?:" + WordAlternation.of(heads.words(), true)
                        + ")(?![\\p{L}])(?:\\s+(?:de|del|la|el|sobre|denominad[oa]s?|titulad[oa]s?|llamad[oa]s?)(?![\\p{L}]))?",
                Pattern.UNICODE_CASE);
        this.coordinated = Pattern.compile(
                "\\s+(?:y|e)\\s+(?:(?:en|a|de)\\s+)?(?:(?:el|la|los|las)\\s+)?(?:" + alternation + ")(?![\\p{L}])");
        // A title starts a sentence, a line, or follows a closing quotation mark (“…” Diálogo de Alto Nivel …).
        this.title = Pattern.compile("(?:^|(?<=[.:;”»]\\s)|(?<=\\p{L}\"\\s)|(?<=\\n))(" + first + "(?:" + alternation
                + ")\\s[^.\\n\"“”*]{3,200}?)\\.(?=\\s|$)");
        this.headed = Pattern.compile("(?<![\\p{L}])" + first + "(?:" + alternation + ")(?![\\p{L}])" + "(?:\\s+(?:"
                + CONNECTOR + "\\s+)*" + NAME_WORD + ")*");
    }

    /** A lookahead for the first letters of {@code words}, each written as its code point; none without words. */
    private static String firstLetters(List<String> words) {
        if (words.isEmpty()) {
            return "";
        }
        StringBuilder letters = new StringBuilder("(?=[");
        words.stream()
                .mapToInt(w -> w.codePointAt(0))
                .distinct()
                .sorted()
                .forEach(c ->
                        letters.append("\\x{").append(Integer.toHexString(c)).append('}'));
        return letters.append("])").toString();
    }

    /**
     * Names in {@code text} not covered by {@code known} mentions.
     *
     * @param italics whether italic spans name programs (true in objective sections)
     */
    public List<Entity> capture(String text, List<Mention> known, boolean italics) {
        boolean[] taken = new boolean[text.length()];
        // A program's name may hold the names of organizations and places (the parties to an agreement, where
        // a visit went); it may not overlap another program's.
        boolean[] programs = new boolean[text.length()];
        for (Mention m : known) {
            mark(taken, m.start(), m.end());
            if (m.entity().type() == EntityType.PROGRAM) {
                mark(programs, m.start(), m.end());
            }
        }
        List<Entity> found = new ArrayList<>();
        captureTitles(text, taken, programs, found);
        // An organization's name may hold places ("Consulado de Honduras en Houston", "Colegio de Periodistas
        // de Honduras"), but no other name.
        boolean[] names = taken.clone();
        for (Mention m : known) {
            if (m.entity().type() == EntityType.PLACE) {
                Arrays.fill(names, m.start(), Math.min(m.end(), names.length), false);
            }
        }
        // Organizations first, so those named inside an agreement's name are known in their own right.
        captureHeaded(text, taken, names, found, EntityType.ORGANIZATION);
        captureHeaded(text, taken, programs, found, EntityType.PROGRAM);
        captureQuoted(text, programs, taken, found);
        if (italics) {
            Matcher it = ITALIC.matcher(text);
            while (it.find()) {
                String name = it.group(1).trim().replaceAll("^[“\"]|[”\"]$", "").trim();
                if (name.isEmpty()
                        || overlaps(taken, it.start(1), it.end(1))
                        || !Character.isUpperCase(name.codePointAt(0))
                        || gazetteer.isNotAName(name)) {
                    continue;
                }
                Entity entity = heads.entityFor(name, "");
                found.add(entity != null ? entity : HeadNouns.program(name, "", "program"));
                mark(taken, it.start(1), it.end(1));
            }
        }
        return found;
    }

    /**
     * Capitalised names that start with a head noun of the given type; a program's name may hold names of
     * organizations and places, an organization's may not overlap any known name.
     */
    private void captureHeaded(String text, boolean[] taken, boolean[] others, List<Entity> found, EntityType type) {
        Matcher m = headed.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            String name = trimConnectors(m.group());
            // "el Padrón Electoral y la Lista Nominal de Electores" names two; the second is read next.
            Matcher and = coordinated.matcher(name);
            if (and.find() && !name.contains(" entre ")) {
                name = trimConnectors(name.substring(0, and.start()));
            }
            int headEnd = m.start() + name.split("\\s+", 2)[0].length();
            int end = m.start() + name.length();
            Entity entity = heads.entityFor(name, "");
            // Another type's name is passed over word by word, so names inside it are still read.
            from = entity != null && entity.type() != type ? headEnd : Math.max(end, m.start() + 1);
            if (name.split("\\s+").length < 2
                    || entity == null
                    || entity.type() != type
                    || gazetteer.isNotAName(name)) {
                continue;
            }
            boolean program = type == EntityType.PROGRAM;
            // A name with a quoted name after it ("Programa de Información Consular “Conoce tu Consulado”") is
            // read with it; the quoted words alone are an alias.
            Matcher quote = QUOTED.matcher(text);
            quote.region(end, text.length());
            String quotedAlias = null;
            if (program
                    && OPENING_QUOTE.matcher(text).region(end, text.length()).lookingAt()
                    && quote.lookingAt()
                    && !overlaps(others, quote.start(1), quote.end(1))) {
                String quoted = quote.group(1).trim().replaceAll("[.,;:]+$", "").trim();
                name = name + " " + quoted;
                quotedAlias = quoted;
                end = quote.end();
            }
            // Names of others may stand inside a program's name, but its head noun must be its own.
            if (overlaps(others, m.start(), end) || overlaps(taken, m.start(), headEnd)) {
                continue;
            }
            String acronym = "";
            Matcher acr = ACRONYM_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 20)));
            // An acronym after a name that ends with an organization's name is that organization's.
            if (acr.find() && !overlaps(program ? taken : others, m.start(), end)) {
                acronym = acr.group(1);
            }
            Entity named = heads.entityFor(name, acronym);
            found.add(quotedAlias == null ? named : HeadNouns.withAlias(named, quotedAlias));
            mark(taken, m.start(), end);
            mark(others, m.start(), end);
        }
    }

    /**
     * A sentence that is a title: it starts with a head noun, has at most {@value #TITLE_WORDS} words, no
     * clause (no {@code que}, no {@code se}) and no finite verb, as the items of a list of events written one
     * after another ("Conferencia de Alto Nivel para mandos del INM. Taller Regional de asistencia y
     * protección a niñas, niños y adolescentes migrantes no acompañados."). The whole sentence is the name.
     */
    private void captureTitles(String text, boolean[] taken, boolean[] programs, List<Entity> found) {
        Matcher t = title.matcher(text);
        while (t.find()) {
            String name = t.group(1).trim();
            String[] words = SPACES.split(name, -1);
            if (words.length < 3
                    || words.length > TITLE_WORDS
                    || VERB.matcher(name).find()
                    || overlaps(programs, t.start(1), t.end(1))
                    || gazetteer.isNotAName(name)) {
                continue;
            }
            Entity entity = heads.entityFor(name, "");
            if (entity != null && entity.type() == EntityType.PROGRAM) {
                found.add(entity);
                mark(taken, t.start(1), t.end(1));
                mark(programs, t.start(1), t.end(1));
            }
        }
    }

    /**
     * Names in quotation marks after a head noun: {@code Campaña “Quédate en Honduras”}, {@code las campañas
     * “Negocio Mortal” y “Corazón Azul”}. Each is named with its head noun in the singular form the text
     * gives, and the quoted words alone are an alias, since the text later writes them so.
     */
    private void captureQuoted(String text, boolean[] programs, boolean[] taken, List<Entity> found) {
        Matcher head = headNoun.matcher(text);
        while (head.find()) {
            // The head noun with a joining preposition kept ("Taller sobre"), a naming participle dropped.
            String noun =
                    head.group().replaceAll("(?i)\\s+(?:de|del|la|el|denominad[oa]s?|titulad[oa]s?|llamad[oa]s?)$", "");
            int at = head.end();
            Matcher q = QUOTED.matcher(text);
            // "Curso para OPIS “…”": who it is for may stand between the head noun and the quoted name.
            Matcher audience = AUDIENCE.matcher(text);
            audience.region(at, text.length());
            if (audience.lookingAt()) {
                q.region(audience.end(), text.length());
                if (q.lookingAt()) {
                    noun = noun + audience.group();
                    at = audience.end();
                }
            }
            q.region(at, text.length());
            while (q.lookingAt()) {
                String quoted = q.group(1).trim().replaceAll("[.,;:]+$", "").trim();
                if (!quoted.isEmpty() && !overlaps(programs, q.start(1), q.end(1)) && !gazetteer.isNotAName(quoted)) {
                    String headWord = Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
                    Entity entity = heads.entityFor(headWord + " " + quoted, "");
                    if (entity != null && entity.type() == EntityType.PROGRAM) {
                        found.add(HeadNouns.withAlias(entity, quoted));
                        mark(taken, q.start(1), q.end(1));
                        mark(programs, q.start(1), q.end(1));
                    }
                }
                at = q.end();
                Matcher join = QUOTED_JOIN.matcher(text);
                join.region(at, text.length());
                if (!join.lookingAt()) {
                    break;
                }
                q.region(join.end(), text.length());
            }
        }
    }

    private static String trimConnectors(String name) {
        String[] words = name.trim().split("\\s+");
        int end = words.length;
        while (end > 1 && CONNECTORS.contains(words[end - 1].toLowerCase(Locale.ROOT))) {
            end--;
        }
        return String.join(" ", Arrays.copyOf(words, end));
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
