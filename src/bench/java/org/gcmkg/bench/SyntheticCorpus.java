package org.gcmkg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gcmkg.report.SpanishMonths;

/**
 * Report-sized synthetic reports made from a real one: copy {@code i} is dated {@code i} days later (so it
 * gets its own report IRI and named graph) and every figure written with thousands separators is raised by
 * {@code i} (so its figures, and the IRIs of the actions that state them, differ).
 */
public final class SyntheticCorpus {
    private static final Pattern GROUPED = Pattern.compile("(?<![\\d,.])\\d{1,3}(?:,\\d{3})+(?![\\d,])");

    private SyntheticCorpus() {}

    /** Writes {@code n} reports into {@code dir} and returns their paths. */
    public static List<Path> write(Path report, int n, Path dir) throws IOException {
        String text = Files.readString(report, StandardCharsets.UTF_8);
        LocalDate date = LocalDate.of(2018, 9, 7);
        String dateLine = spanish(date);
        if (!text.contains(dateLine)) {
            throw new IOException(report + ": no date line \"" + dateLine + "\" to vary");
        }
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int shift = i;
            String copy = text.replace(dateLine, spanish(date.plusDays(i)));
            Matcher m = GROUPED.matcher(copy);
            copy = m.replaceAll(r ->
                    String.format(Locale.US, "%,d", Long.parseLong(r.group().replace(",", "")) + shift));
            Path file = dir.resolve(String.format("synthetic-%04d.md", i));
            Files.writeString(file, copy, StandardCharsets.UTF_8);
            files.add(file);
        }
        return files;
    }

    private static String spanish(LocalDate d) {
        return d.getDayOfMonth() + " de " + SpanishMonths.name(d.getMonthValue()) + " de " + d.getYear();
    }
}
