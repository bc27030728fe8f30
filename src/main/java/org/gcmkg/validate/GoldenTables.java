package org.gcmkg.validate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A golden reading of one report, read by hand (see {@code src/test/resources/golden/README.md}): the
 * programs of each objective with the agencies that run them and the partners that take part, and every
 * reported figure with its program, acting agency and period.
 *
 * @param programs one row per objective and program
 * @param figures  one row per figure
 */
public record GoldenTables(List<ProgramRow> programs, List<FigureRow> figures) {

    /** A program named under an objective. Names are gazetteer ids or names as the report writes them. */
    public record ProgramRow(
            int objective, int line, String program, String kind, List<String> agencies, List<String> partners) {}

    /** A reported figure. Dates are ISO ({@code 2018}, {@code 2018-07}, {@code 2018-07-31}) or empty. */
    public record FigureRow(
            int objective,
            int line,
            String value,
            String unit,
            String program,
            String agency,
            String periodStart,
            String periodEnd,
            String asOf) {
        /** Whether the text dates it. */
        public boolean dated() {
            return !periodStart.isEmpty() || !periodEnd.isEmpty() || !asOf.isEmpty();
        }
    }

    /** Reads {@code PREFIX-programs.tsv} and {@code PREFIX-figures.tsv} from a folder. */
    public static GoldenTables read(Path dir, String prefix) throws IOException {
        List<ProgramRow> programs = new ArrayList<>();
        for (String[] f : rows(dir.resolve(prefix + "-programs.tsv"), 6)) {
            programs.add(
                    new ProgramRow(Integer.parseInt(f[0]), Integer.parseInt(f[1]), f[2], f[3], list(f[4]), list(f[5])));
        }
        List<FigureRow> figures = new ArrayList<>();
        for (String[] f : rows(dir.resolve(prefix + "-figures.tsv"), 9)) {
            figures.add(new FigureRow(
                    Integer.parseInt(f[0]), Integer.parseInt(f[1]), f[2], f[3], f[4], f[5], f[6], f[7], f[8]));
        }
        return new GoldenTables(List.copyOf(programs), List.copyOf(figures));
    }

    private static List<String[]> rows(Path file, int columns) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String[]> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] fields = Arrays.copyOf(lines.get(i).split("\t", -1), Math.max(columns, 1));
            for (int k = 0; k < fields.length; k++) {
                fields[k] = fields[k] == null ? "" : fields[k].trim();
            }
            if (fields[0].isEmpty() || !fields[0].matches("\\d+") || !fields[1].matches("\\d+")) {
                throw new IOException(file + ":" + (i + 1) + ": expected objective and line numbers first");
            }
            rows.add(fields);
        }
        return rows;
    }

    private static List<String> list(String field) {
        return field.isBlank()
                ? List.of()
                : Arrays.stream(field.split("\\|"))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
