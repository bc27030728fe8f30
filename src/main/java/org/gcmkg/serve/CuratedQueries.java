package org.gcmkg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The curated queries of {@code queries/}: file name, title (the first comment line) and text. */
public final class CuratedQueries {
    /**
     * One curated query.
     *
     * @param name  the file name without {@code .rq}
     * @param title the first line of its comment block
     * @param text  the whole query, comments included
     */
    public record Entry(String name, String title, String text) {}

    private CuratedQueries() {}

    /** The queries in a folder, by file name; an empty list when there is no such folder. */
    public static List<Entry> load(Path dir) throws IOException {
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return entries;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
                String title = text.lines().filter(l -> l.startsWith("#") && !l.startsWith("#defaultView"))
                        .map(l -> l.replaceFirst("^#+\\s*", "").strip()).filter(l -> !l.isEmpty()).findFirst().orElse(name);
                entries.add(new Entry(name, title, text));
            }
        }
        return entries;
    }
}
