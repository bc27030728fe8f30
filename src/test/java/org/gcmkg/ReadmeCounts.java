package org.gcmkg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The counts the README states for the default build (its table between {@code <!-- counts:begin -->} and
 * {@code <!-- counts:end -->}, which {@code ReadmeIT} holds to the build report), so that tests assert the exact
 * numbers a reader is promised rather than a lower bound.
 */
public final class ReadmeCounts {
    private ReadmeCounts() {}

    /** The count in the README's row {@code | what | n |}. */
    public static long of(String what) {
        String readme;
        try {
            readme = Files.readString(Path.of("README.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String table = readme.substring(readme.indexOf("<!-- counts:begin -->"), readme.indexOf("<!-- counts:end -->"));
        Matcher m = Pattern.compile("^\\| " + Pattern.quote(what) + " \\| (\\d+) \\|$", Pattern.MULTILINE)
                .matcher(table);
        if (!m.find()) {
            throw new IllegalArgumentException("the README's counts table has no row '" + what + "'");
        }
        return Long.parseLong(m.group(1));
    }
}
