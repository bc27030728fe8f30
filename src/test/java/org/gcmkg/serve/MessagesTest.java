package org.gcmkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both languages of the pages are complete: the same keys, none empty, and every word a page asks for is there. */
class MessagesTest {
    static final Path RESOURCES = Path.of("src/main/resources/org/gcmkg/serve");

    @Test
    void englishAndSpanishHaveTheSameKeysAndNoneIsEmpty() {
        Messages en = Messages.of("en");
        Messages es = Messages.of("es");
        assertEquals(en.all().keySet(), es.all().keySet());
        for (Messages m : new Messages[] {en, es}) {
            m.all().forEach((k, v) -> assertFalse(v.isBlank(), m.lang() + ": " + k));
        }
    }

    @Test
    void everyWordATemplateOrScriptAsksForIsThere() throws IOException {
        Set<String> asked = new TreeSet<>();
        try (Stream<Path> files = Files.list(RESOURCES.resolve("templates"))) {
            for (Path f : files.toList()) {
                Matcher m = Pattern.compile("\\{\\{msg\\.(\\w+)}}").matcher(Files.readString(f));
                while (m.find()) {
                    asked.add(m.group(1));
                }
            }
        }
        for (String script : new String[] {"workbench.js", "workbench-chart.js"}) {
            Matcher m = Pattern.compile("(?:say|t)\\('((?:js|chart)_\\w+)'")
                    .matcher(Files.readString(RESOURCES.resolve("static/" + script)));
            while (m.find()) {
                asked.add(m.group(1));
            }
        }
        assertTrue(asked.size() > 80, asked.toString());
        Set<String> missing = new TreeSet<>(asked);
        missing.removeAll(Messages.of("en").all().keySet());
        assertEquals(Set.of(), missing);
    }

    @Test
    void argumentsTakeTheirPlaces() {
        assertEquals("page 2 of 7", Messages.of("en").format("search_page_of", 2, 7));
        assertEquals("página 2 de 7", Messages.of("es").format("search_page_of", 2, 7));
    }
}
