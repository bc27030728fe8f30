package org.gcmkg.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gcmkg.report.ReportFormatException;
import org.gcmkg.report.ReportText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SegmenterTest {
    private static final Path REPORT = Path.of("data/informe-pmm-mexico-2018.md");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Path REPORTS = Path.of("src/test/resources/reports");

    @TempDir
    Path tmp;

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

    /** Everything the segmenter reads, section by section, as text: kind, number, title, actions, goals, footnotes. */
    private static List<String> texts(SegmentedReport report) {
        List<String> out = new ArrayList<>();
        out.add("title\t" + report.title().text());
        for (Section s : report.sections()) {
            out.add(s.kind() + "\t" + s.objective() + "\t" + s.title() + "\t" + s.lastLine());
            s.body().forEach(p -> out.add("body\t" + p.firstLine() + "\t" + p.text()));
            s.actions().forEach(p -> out.add("action\t" + p.firstLine() + "\t" + p.text()));
            s.goals().forEach(p -> out.add("goal\t" + p.firstLine() + "\t" + p.text()));
            s.footnotes().forEach(f -> out.add("footnote\t" + f.number() + "\t" + f.passage().text()));
        }
        return out;
    }

    @Test
    void aDecomposedCopyOfTheReportSegmentsToTheSameTexts() throws Exception {
        String nfc = Files.readString(REPORT);
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        assertTrue(nfd.length() > nfc.length() + 2000, "the copy really holds decomposed accents");
        Path copy = Files.writeString(tmp.resolve(REPORT.getFileName()), nfd);
        SegmentedReport composed = segment(REPORT);
        SegmentedReport decomposed = segment(copy);
        assertEquals(composed.date(), decomposed.date());
        List<String> expected = texts(composed);
        assertTrue(expected.stream().anyMatch(t -> t.contains("Grupos Beta de Protección a Migrantes")));
        assertEquals(String.join("\n", expected), String.join("\n", texts(decomposed)));
    }

    @Test
    void aZeroWidthCharacterInsideANameDoesNotSplitIt() throws Exception {
        String text = Files.readString(REPORT);
        assertTrue(text.contains("Grupos Beta"));
        Path copy = Files.writeString(tmp.resolve(REPORT.getFileName()),
                text.replace("Grupos Beta", "Gr\u200Bupos Be\u00ADta"));
        assertEquals(String.join("\n", texts(segment(REPORT))), String.join("\n", texts(segment(copy))));
    }
}
