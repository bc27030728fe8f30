package org.gcmkg.extract;

import java.util.regex.Pattern;

/**
 * The words just before an organization's name that say how it relates to a program in its sentence, as
 * {@code docs/report-format.md} lists them, in the order they are tried.
 */
enum Cue {
    /**
     * "realizado por", "adoptado por", "a cargo de": it runs the program; "se instrumentó en las 50
     * Representaciones …": the units it is carried out in run it. Tried before {@link #VENUE}, whose "en" it ends with.
     */
    RUN_BY("(?i)(?:(?:realizad[oa]s?|operad[oa]s?|elaborad[oa]s?|desarrollad[oa]s?|implementad[oa]s?|coordinad[oa]s?|"
            + "impulsad[oa]s?|adoptad[oa]s?|creado|creada|a\\s+cargo)\\s+(?:por|de)\\s+(?:el|la|los|las|del?)?"
            + "|(?<![\\p{L}])se\\s+(?:instrument|implement|aplic)(?:ó|a|an|aron)\\s+en\\s+(?:el|la|los|las)?\\s*(?:\\d[\\d,.]*\\s+)?)"
            + "\\s*$"),
    /**
     * "publicado en", "en", "en 49", "al interior de", or anything after "ubicados en" ("ubicados en las salas
     * de espera de los"): a venue, not an actor or partner.
     */
    VENUE("(?i)(?:(?:publicad[oa]s?\\s+en|(?<![\\p{L}])en|al\\s+interior\\s+de|dentro\\s+de|ubicad[oa]s?\\s+en|"
            + "instalad[oa]s?\\s+en)\\s+(?:el|la|los|las|sus|todos\\s+los|todas\\s+las|nuestr[oa]s)?\\s*(?:(?!(?:19|20)\\d\\d\\s)\\d[\\d,.]*\\s+)?"
            + "|(?:ubicad|instalad)[oa]s?\\s+en\\s[^.;:]*)$"),
    /** "el cual permite a la Dirección General …": the body a system or service is for, which works with it. */
    USED_BY("(?i)(?<![\\p{L}])permiten?\\s+a\\s+(?:la|el|los|las)\\s*$"),
    /** "entregados al", "a la": the one something is given or sent to, not an actor or partner. */
    RECIPIENT("(?i)(?:(?<![\\p{L}])(?:al|a\\s+la|a\\s+las|a\\s+los|a))\\s*$"),
    /** "financiado por", "con financiamiento de": the program is funded by it. */
    FUNDED("(?i)(?:financiad[oa]s?\\s+(?:por|con)|con\\s+(?:el\\s+)?financiamiento\\s+de|financia(?:n)?|fondos\\s+de)"
            + "\\s+(?:el|la|los|las|del?)?\\s*$"),
    /** "entre": a party to an agreement. */
    BETWEEN("(?i)(?<![\\p{L}])entre\\s+(?:el|la|los|las)?\\s*$"),
    /** "en colaboración con", "con el apoyo de", "y": it works with the one who acts. */
    WITH(
            "(?i)(?<![\\p{L}])(?:colaboraci[oó]n\\s+con|con\\s+el\\s+apoyo\\s+(?:de|del)|en\\s+conjunto\\s+con|junto\\s+con|"
                    + "con\\s+la\\s+participaci[oó]n\\s+de|coordinaci[oó]n\\s+con|con\\s+la\\s+colaboraci[oó]n\\s+de|"
                    + "en\\s+alianza\\s+con|con|y|e)\\s+(?:el|la|los|las|del?|al)?\\s*(?:(?:Oficina|oficina)\\s+en\\s+\\S+\\s+del?\\s+)?$"),
    /** No cue: a public body of the reporting state runs the program, any other organization is a partner. */
    NONE(null);

    /** How many characters before a name are read for its cue. */
    static final int WINDOW = 60;

    private final Pattern pattern;

    Cue(String regex) {
        this.pattern = regex == null ? null : Pattern.compile(regex);
    }

    /** A program named as the frame of what is said ("en el marco de", "conforme a"), not as what is done. */
    private static final Pattern FRAME =
            Pattern.compile("(?i)(?:en\\s+el\\s+marco\\s+(?:de|del)|establecid[oa]s?\\s+en|"
                    + "conforme\\s+(?:a|al)|de\\s+acuerdo\\s+con|previst[oa]s?\\s+en|con\\s+base\\s+en|en\\s+apego\\s+a|"
                    + "en\\s+cumplimiento\\s+(?:de|del)|elegibles\\s+(?:a|al)|derivad[oa]s?\\s+(?:de|del)|"
                    + "tomando\\s+como\\s+(?:referencia|base|modelo)|con\\s+referencia\\s+a)"
                    + "\\s+(?:el|la|los|las|lo)?\\s*$");

    /** "en coordinación con", "con el apoyo de": what follows works alongside the subject, it is not its object. */
    private static final Pattern ALONGSIDE = Pattern.compile("(?i)(?:coordinaci[oó]n\\s+con|colaboraci[oó]n\\s+con|"
            + "con\\s+el\\s+apoyo\\s+(?:de|del)|en\\s+conjunto\\s+con|junto\\s+con|con\\s+la\\s+participaci[oó]n\\s+de|"
            + "en\\s+alianza\\s+con)\\s+(?:el|la|los|las|del?|al)?\\s*$");

    /**
     * Whether the words before a program's name make it a partner of the sentence's subject ("se realizan en
     * coordinación con la Ventanilla de Salud"), so an organization in the sentence relates to the subject.
     */
    static boolean alongside(String words) {
        return ALONGSIDE.matcher(words).find();
    }

    /** "el acuerdo 286 de la", "el personal de la": a complement of a noun, but not "a través de la". */
    private static final Pattern GENITIVE = Pattern.compile("(?u)(?<![\\p{L}])(?<!por\\s)(?!(?:través|medio|conducto|"
            + "cargo|apoyo|colaboración|coordinación|participación)\\s)(?:\\p{Ll}+|\\d+)[*”\"»)]?\\s+(?:de|del)\\s+"
            + "(?:(?:la|el|los|las)\\s+)?$");

    /**
     * Whether the words before an organization's name make it the complement of a noun ("con el acuerdo 286 de
     * la Secretaría de Educación Pública"): it is not the subject of its sentence and acts on no program.
     */
    static boolean genitive(String words) {
        return GENITIVE.matcher(words).find();
    }

    /** Whether the words before a program's name make it the frame of the sentence, not what its actor does. */
    static boolean frames(String words) {
        return FRAME.matcher(words).find();
    }

    /** The cue of the words just before a name (at most {@link #WINDOW} characters of them). */
    static Cue before(String words) {
        for (Cue cue : values()) {
            if (cue.pattern != null && cue.pattern.matcher(words).find()) {
                return cue;
            }
        }
        return NONE;
    }
}
