package org.gcmkg.query;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One query of the library in {@code queries/}, with what its comment block says of it.
 *
 * @param name        the file name without {@code .rq}; the name {@code gcmkg query} takes
 * @param file        the file it was read from
 * @param title       the first comment line, in English
 * @param titleEs     the title in Spanish ({@code # Title@es:})
 * @param question    the research question it answers ({@code # Question:}), in English
 * @param questionEs  the question in Spanish ({@code # Question@es:})
 * @param columns     what its columns mean ({@code # Columns:})
 * @param view        the suggested result view ({@code #defaultView:}), as in the Wikidata Query Service
 * @param expectEmpty why an empty answer is expected, when it is ({@code # Expect: empty, ...})
 * @param services    the remote endpoints it calls with {@code SERVICE} ({@code # Service:}, one per line)
 * @param needs       what it needs beyond the graph ({@code # Needs:}), or empty
 * @param note        any further remark ({@code # Note:}), or empty
 * @param text        the whole file, comments included
 */
public record LibraryQuery(
        String name,
        Path file,
        String title,
        String titleEs,
        String question,
        String questionEs,
        String columns,
        String view,
        Optional<String> expectEmpty,
        List<String> services,
        String needs,
        String note,
        String text) {
    /** The title of a page's language: Spanish for {@code es}, else English. */
    public String title(String lang) {
        return lang.equals("es") ? titleEs : title;
    }

    /** The question of a page's language: Spanish for {@code es}, else English. */
    public String question(String lang) {
        return lang.equals("es") ? questionEs : question;
    }

    /** Whether it calls a remote endpoint. */
    public boolean isFederated() {
        return !services.isEmpty();
    }
}
