package org.gcmkg.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gcmkg.report.ReportFormatException;
import org.gcmkg.report.ReportText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SegmenterTest {
    private static final Path REPORT = Path.of("data/informe-pmm-mexico-2018.md");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Path REPORTS = Path.of("src/test/resources/reports");

    private static SegmentedReport segment(Path file) throws Exception {
        return Segmenter.segment(ReportText.read(file));
    }

    @Test
    void readsTitleDateAndSections() throws Exception {
        SegmentedReport report = segment(REPORT);
        assertTrue(report.title().text().startsWith("Informe de acciones realizadas por el gobierno de México"));
        assertEquals(LocalDate.of(2018, 9, 7), report.date());
        assertEquals(23, report.objectiveSections().size());
        List<String> others = report.sections().stream().filter(s -> s.kind() != SectionKind.OBJECTIVE)
                .map(Section::title).toList();
        assertEquals(List.of("Antecedentes", "Política Migratoria del Estado Mexicano",
                "Acciones, programas y buenas prácticas del gobierno mexicano en materia migratoria",
                "Retos y Conclusiones"), others);
    }

    /** The golden structure was derived by reading the report (src/test/resources/golden/README.md). */
    @Test
    void actionsAndGoalsMatchTheGoldenReading() throws Exception {
        SegmentedReport report = segment(REPORT);
        List<String> actual = new ArrayList<>();
        for (Section s : report.objectiveSections()) {
            int n = s.objective().getAsInt();
            for (int i = 0; i < s.actions().size(); i++) {
                actual.add(row(n, "action", i + 1, s.actions().get(i)));
            }
            for (int i = 0; i < s.goals().size(); i++) {
                actual.add(row(n, "goal", i + 1, s.goals().get(i)));
            }
        }
        List<String> golden = Files.readAllLines(GOLDEN.resolve("mexico-2018-structure.tsv")).stream().skip(1)
                .filter(l -> !l.isBlank()).map(l -> {
                    String[] f = l.split("\t", -1);
                    return f[0] + "\t" + f[1] + "\t" + f[2] + "\t" + f[3];
                }).toList();
        assertEquals(String.join("\n", golden), String.join("\n", actual));
    }

    private static String row(int objective, String kind, int position, Passage p) {
        return objective + "\t" + kind + "\t" + position + "\t" + p.firstLine();
    }

    @Test
    void countsPerObjectiveMatchTheGoldenTable() throws Exception {
        assertCounts(segment(REPORT), GOLDEN.resolve("mexico-2018-counts.csv"));
    }

    @Test
    void aMadeUpReportOfAnotherCountryIsReadByTheSameRules() throws Exception {
        Path file = REPORTS.resolve("informe-ficticio-costa-rica-2019.md");
        SegmentedReport report = segment(file);
        assertEquals(LocalDate.of(2019, 3, 15), report.date());
        assertCounts(report, REPORTS.resolve("informe-ficticio-costa-rica-2019.counts.csv"));
    }

    private static void assertCounts(SegmentedReport report, Path table) throws Exception {
        List<String> expected = Files.readAllLines(table).stream().skip(1).filter(l -> !l.isBlank()).toList();
        List<String> actual = report.objectiveSections().stream()
                .map(s -> s.objective().getAsInt() + "," + s.actions().size() + "," + s.goals().size()).toList();
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }

    @Test
    void pageBreaksInsideASentenceAreJoined() throws Exception {
        Section objective3 = segment(REPORT).objectiveSections().get(2);
        Passage betaGroups = objective3.actions().get(1);
        assertTrue(betaGroups.text().contains("que tienen por objeto la protección y defensa"), betaGroups.text());
        Sentence joined = betaGroups.sentences().stream().filter(s -> s.text().contains("tienen por objeto la protección"))
                .findFirst().orElseThrow();
        String raw = ReportText.read(REPORT).text().substring(joined.rawStart(), joined.rawEnd());
        assertTrue(raw.contains("por objeto la\n\nprotección"), "the span covers the page break as written: " + raw);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "no-objective-headings.md, no objective headings",
        "objective-repeated.md, appears a second time",
        "objective-missing.md, is missing",
        "truncated-mid-objective.md, are missing",
    })
    void brokenReportsAreRefusedWithTheirLine(String file, String problem) {
        ReportFormatException e = assertThrows(ReportFormatException.class, () -> segment(REPORTS.resolve("broken").resolve(file)));
        assertTrue(e.problem().contains(problem), e.getMessage());
        assertTrue(e.line() >= 1);
        assertTrue(e.getMessage().startsWith(file + ":" + e.line() + ": "), e.getMessage());
    }
}
