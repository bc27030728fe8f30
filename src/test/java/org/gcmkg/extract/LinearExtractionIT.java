package org.gcmkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gcmkg.report.ReportText;
import org.gcmkg.segment.SegmentedReport;
import org.gcmkg.segment.Segmenter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Extraction stays linear in the size of a passage: a report whose objective 1 is one paragraph of real
 * sentences is read five times as long at five times the size, within a generous bound (quadratic work
 * would take twenty-five times as long). Figures for larger sizes are in docs/benchmarks.md.
 */
@Tag("measured")
class LinearExtractionIT {
    private static final int SMALL = 100_000;
    private static final int LARGE = 500_000;
    static Gazetteer gazetteer;
    static String sentences;

    @BeforeAll
    static void load() throws Exception {
        gazetteer = Gazetteer.load(Path.of("data"));
        String report = Files.readString(Path.of("data/informe-pmm-mexico-2018.md"));
        // Objective 10's and objective 20's bullets: sentences with agencies, programs, figures and periods.
        sentences = report.lines()
                .filter(l -> l.startsWith("- ") && l.length() > 200)
                .limit(40)
                .map(l -> l.substring(2))
                .reduce("", (a, b) -> a + " " + b)
                .trim();
    }

    /** A report whose objective 1 is one paragraph of about {@code size} characters. */
    static String onePargraphReport(int size) {
        StringBuilder paragraph = new StringBuilder();
        while (paragraph.length() < size) {
            paragraph.append(sentences).append(' ');
        }
        StringBuilder r =
                new StringBuilder("Informe de acciones del gobierno de México.\n\n7 de septiembre de 2018\n\n");
        for (int n = 1; n <= 23; n++) {
            r.append("Objetivo ")
                    .append(n)
                    .append(". Título del objetivo ")
                    .append(n)
                    .append(".\n\n");
            r.append(n == 1 ? "- " + paragraph.toString().trim() : "- El INM atendió a 12 personas en 2017.")
                    .append("\n\n");
        }
        return r.toString();
    }

    static long extractionNanos(int size) throws Exception {
        byte[] bytes = onePargraphReport(size).getBytes(StandardCharsets.UTF_8);
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 2; run++) {
            long start = System.nanoTime();
            SegmentedReport segmented = Segmenter.segment(ReportText.fromBytes("large.md", bytes));
            ReportExtraction x = new Extractor(gazetteer).extract(segmented);
            best = Math.min(best, System.nanoTime() - start);
            assertEquals(
                    23,
                    segmented.sections().stream()
                            .filter(s -> s.objective().isPresent())
                            .count());
            assertTrue(x.passages().stream().mapToLong(p -> p.figures().size()).sum() > 0);
        }
        return best;
    }

    @Test
    void aParagraphFiveTimesAsLongTakesAtMostTwelveTimesAsLongToRead() throws Exception {
        extractionNanos(SMALL); // warm-up
        long small = extractionNanos(SMALL);
        long large = extractionNanos(LARGE);
        double ratio = (double) large / small;
        System.out.printf(
                "linear extraction: %d KB in %.0f ms, %d KB in %.0f ms, ratio %.1f%n",
                SMALL / 1000, small / 1e6, LARGE / 1000, large / 1e6, ratio);
        assertTrue(ratio <= 12.0, "5x the text took " + ratio + "x the time: extraction is not linear");
    }
}
