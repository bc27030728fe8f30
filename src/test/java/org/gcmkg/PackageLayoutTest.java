package org.gcmkg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package layout of {@code src/main}: data flow one way, so each package uses only packages of a lower
 * rank. Packages of one rank do not use each other: {@code store} loads a finished build and knows nothing of
 * {@code pipeline}, which builds; {@code serve} serves a switchable dataset and neither builds nor deploys;
 * {@code deploy} joins building and storing. TDB2's internals are used in one class only.
 */
class PackageLayoutTest {
    private static final Path MAIN = Path.of("src/main/java/org/gcmkg");

    /** The rank of each package; a package may use only packages of a lower rank. */
    private static final Map<String, Integer> RANK = Map.ofEntries(
            Map.entry("vocab", 0),
            Map.entry("report", 0),
            Map.entry("query", 0),
            Map.entry("segment", 1),
            Map.entry("extract", 2),
            Map.entry("graph", 3),
            Map.entry("network", 4),
            Map.entry("validate", 4),
            Map.entry("export", 5),
            Map.entry("store", 5),
            Map.entry("pipeline", 6),
            Map.entry("serve", 6),
            Map.entry("deploy", 7),
            Map.entry("cli", 8));

    private static final Pattern USE = Pattern.compile("\\borg\\.gcmkg\\.([a-z]+)\\.");
    private static final Pattern TDB_INTERNALS =
            Pattern.compile("\\borg\\.apache\\.jena\\.tdb2\\.(sys\\.TDBInternal|store\\.)");

    @Test
    void everyPackageUsesOnlyPackagesBeforeIt() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path file : sources()) {
            String from = MAIN.relativize(file).getName(0).toString();
            Integer rank = RANK.get(from);
            if (rank == null) {
                wrong.add(from + ": a package without a place in the layout (give it a rank here)");
                continue;
            }
            Matcher m = USE.matcher(code(file));
            while (m.find()) {
                String to = m.group(1);
                Integer target = RANK.get(to);
                if (!to.equals(from) && (target == null || target >= rank)) {
                    wrong.add(MAIN.relativize(file) + " uses org.gcmkg." + to);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void tdb2InternalsAreUsedInOneClass() throws IOException {
        List<String> users = new ArrayList<>();
        for (Path file : sources()) {
            if (TDB_INTERNALS.matcher(code(file)).find()) {
                users.add(MAIN.relativize(file).toString().replace('\\', '/'));
            }
        }
        assertEquals(List.of("store/TdbAccess.java"), users);
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> f.getParent() != null && !f.getParent().equals(MAIN))
                    .sorted()
                    .toList();
        }
    }

    /** The file without its comments, so that a comment naming a package does not count as a use. */
    private static String code(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return text.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
    }
}
