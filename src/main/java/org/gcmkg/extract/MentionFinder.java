package org.gcmkg.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where gazetteer entities are named in a text: names and aliases without regard to case or accents,
 * acronyms as written, always on whole words, the longest name winning where names overlap. Then resolves
 * anaphors such as "el Instituto" or "dicho programa" to the nearest entity named before that fits.
 */
public final class MentionFinder {
    /** Nouns that, after "este", "esta", "dicho" or "dicha", refer back to whatever program was named last. */
    private static final List<String> GENERIC = List.of(
            "iniciativa",
            "instrumento",
            "herramienta",
            "aplicación",
            "plataforma",
            "mecanismo",
            "proyecto",
            "campaña",
            "servicio",
            "esquema",
            "convenio",
            "acuerdo",
            "modelo");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ANAPHOR =
            Pattern.compile("\\b(?:(?:[Ee]l|[Dd]el|[Aa]l|[Ee]ste|[Dd]icho|[Dd]icha|[Ee]sta|[Ll]a|[Dd]e la|[Aa] la)\\s+"
                    + "(Instituto|Secretaría|Procuraduría|Comisión|Consejo|Programa|programa|Protocolo|Estrategia|estrategia)"
                    + "(?![\\p{L}])(?!\\s+(?:de|del|para|sobre|en|\\p{Lu}))"
                    // "esta plataforma para administrar …" still refers back; "esta plataforma de …" names another.
                    + "|(?:[Ee]st[ea]|[Dd]ich[oa])\\s+(" + String.join("|", GENERIC) + ")"
                    + "(?![\\p{L}])(?!\\s+(?:de|del|sobre|en|\\p{Lu})))");

    /**
     * One way an entity is written. {@code firstWord} is the run of letters and digits it starts with, or
     * empty when it starts with another character: a match on whole words can only start where the text has
     * that same word, so forms whose first word the text lacks are skipped without scanning.
     */
    private record Form(String folded, boolean caseSensitive, String written, Entity entity, String firstWord) {
        Form(String folded, boolean caseSensitive, String written, Entity entity) {
            this(folded, caseSensitive, written, entity, MentionFinder.firstWord(folded));
        }
    }

    private final List<Form> forms;
    private final SharedHeads sharedHeads;

    public MentionFinder(Gazetteer gazetteer) {
        this(gazetteer.entities());
    }

    /** A finder over any set of entities (the gazetteer's, plus names captured from the text). */
    public MentionFinder(Collection<Entity> entities) {
        List<Form> all = new ArrayList<>();
        for (Entity entity : entities) {
            for (String written : entity.surfaceForms()) {
                boolean acronym = written.equals(entity.acronym()) || isAcronymLike(written);
                // The quoted words a name was captured with ("Doble Nacionalidad") name it only as written:
                // in lower case they are ordinary words ("la promoción de la doble nacionalidad").
                boolean asWritten =
                        acronym || (!entity.inGazetteer() && entity.aliases().contains(written));
                all.add(new Form(asWritten ? written : Folding.fold(written), asWritten, written, entity));
            }
        }
        all.sort(Comparator.comparing((Form f) -> -f.folded().length())
                .thenComparing(f -> f.entity().id())
                .thenComparing(Form::written));
        this.forms = List.copyOf(all);
        this.sharedHeads = new SharedHeads(entities);
    }

    private static boolean isAcronymLike(String written) {
        boolean capitals = written.equals(written.toUpperCase(Locale.ROOT))
                && written.chars().anyMatch(Character::isLetter);
        boolean abbreviation = written.length() <= 7 && written.endsWith(".");
        return (written.length() <= 8 && capitals) || abbreviation;
    }

    private static String firstWord(String s) {
        int end = 0;
        while (end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
            end++;
        }
        return s.substring(0, end);
    }

    /** Every run of letters and digits in {@code s}. */
    private static Set<String> words(String s) {
        Set<String> words = new HashSet<>();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean inWord = i < s.length() && Character.isLetterOrDigit(s.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(s.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    /** The entity mentions in {@code text}, in order of position. */
    public List<Mention> find(String text) {
        String folded = Folding.fold(text);
        Set<String> textWords = words(text);
        Set<String> foldedWords = words(folded);
        boolean[] taken = new boolean[text.length()];
        List<Mention> found = new ArrayList<>();
        for (Form form : forms) {
            if (!form.firstWord().isEmpty()
                    && !(form.caseSensitive() ? textWords : foldedWords).contains(form.firstWord())) {
                continue;
            }
            String haystack = form.caseSensitive() ? text : folded;
            int from = 0;
            while (true) {
                int at = haystack.indexOf(form.folded(), from);
                if (at < 0) {
                    break;
                }
                int end = at + form.folded().length();
                from = at + 1;
                if (!wordBoundary(text, at, end) || anyTaken(taken, at, end) || ordinaryWords(form, text, at, end)) {
                    continue;
                }
                for (int i = at; i < end; i++) {
                    taken[i] = true;
                }
                found.add(new Mention(form.entity(), at, end, text.substring(at, end), false));
            }
        }
        List<Mention> all = sharedHeads.complete(text, found);
        all.sort(Comparator.comparingInt(Mention::start));
        return resolveAnaphors(text, all, taken);
    }

    /**
     * Whether a program's name read from the report in capitals ("el Padrón Electoral") stands here all in lower
     * case, as ordinary words ("registrarse en el padrón electoral"): the thing in general, not the program.
     * The gazetteer's names are matched in any case (it chose them as names), and so are organizations: "las
     * embajadas y consulados de México" still names the bodies.
     */
    private static boolean ordinaryWords(Form form, String text, int start, int end) {
        return !form.entity().inGazetteer()
                && form.entity().type() == EntityType.PROGRAM
                && isTitled(form.written())
                && isLowerCase(text, start, end);
    }

    /** A name written with two or more capitalized words ("Certificación de Competencias Laborales"). */
    private static boolean isTitled(String written) {
        int capitals = 0;
        for (String word : SPACES.split(written, -1)) {
            if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
                capitals++;
            }
        }
        return capitals >= 2;
    }

    /** Whether a stretch of text has no capital letter. */
    private static boolean isLowerCase(String text, int start, int end) {
        return text.substring(start, end).chars().noneMatch(Character::isUpperCase);
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

    /** The anaphors' heads, folded. */
    private static final Pattern SUBORDINATE =
            Pattern.compile("(?:(?<![\\p{L}])(?:de|del)|,)\\s+(?:(?:la|el|los|las)\\s+)?$");

    private static final List<String> HEADS = List.of(
            "instituto", "secretaria", "procuraduria", "comision", "consejo", "programa", "protocolo", "estrategia");

    /**
     * Resolves each anaphor to the nearest mention before it that fits its head, walking the text once
     * (the last fitting mention per head is kept as the walk goes), so the work is linear in the text.
     */
    private static List<Mention> resolveAnaphors(String text, List<Mention> found, boolean[] taken) {
        List<Mention> result = new ArrayList<>(found);
        Map<String, Mention> lastFitting = new HashMap<>();
        int next = 0;
        Matcher m = ANAPHOR.matcher(text);
        while (m.find()) {
            int group = m.group(1) != null ? 1 : 2;
            int start = m.start(group);
            int end = m.end(group);
            while (next < found.size() && found.get(next).end() <= start) {
                Mention earlier = found.get(next++);
                // A name in a complement or a list ("del Programa de Acceso …", ", matrícula consular") does not
                // take the place of the antecedent named before it as the subject or object of a clause.
                boolean subordinate = SUBORDINATE
                        .matcher(text.substring(Math.max(0, earlier.start() - 12), earlier.start()))
                        .find();
                for (String head : HEADS) {
                    if (fits(earlier.entity(), head) && (!subordinate || !lastFitting.containsKey(head))) {
                        lastFitting.put(head, earlier);
                    }
                }
            }
            if (anyTaken(taken, start, end)) {
                continue;
            }
            Mention antecedent = lastFitting.get(group == 1 ? Folding.fold(m.group(1)) : "programa");
            if (antecedent != null) {
                result.add(new Mention(antecedent.entity(), start, end, m.group(group), true));
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
        return entity.type() == EntityType.ORGANIZATION
                && Folding.fold(entity.nameEs()).startsWith(head);
    }

    /**
     * The mentions with the organizations and places named inside a program's name added: the parties an
     * agreement's name states ("Convenio de Colaboración entre la SRE y el INADEM"), the body a program's name
     * gives, the countries a workshop's name lists; this finder finds them (it holds no programs).
     */
    List<Mention> withInnerNames(List<Mention> mentions) {
        List<Mention> all = new ArrayList<>(mentions);
        for (Mention m : mentions) {
            if (m.entity().type() != EntityType.PROGRAM || m.anaphor()) {
                continue;
            }
            for (Mention inner : find(m.surface())) {
                if (!inner.anaphor()) {
                    all.add(new Mention(
                            inner.entity(),
                            m.start() + inner.start(),
                            m.start() + inner.end(),
                            inner.surface(),
                            false));
                }
            }
        }
        all.sort(Comparator.comparingInt(Mention::start));
        return List.copyOf(all);
    }
}
