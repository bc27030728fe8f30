package org.gcmkg.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Prints a count of the reliability suite and appends it to {@code target/reliability/counts.txt}. */
final class Tally {
    private Tally() {}

    static void record(String line) {
        System.out.println("reliability: " + line);
        try {
            Path file = Path.of("target", "reliability", "counts.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(
                    file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
