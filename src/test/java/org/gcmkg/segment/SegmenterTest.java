package org.gcmkg.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        List<String> others = report.sections().stream()
                .filter(s -> s.kind() != SectionKind.OBJECTIVE)
                .map(Section::title)
                .toList();
        assertEquals(
                List.of(
                        "Antecedentes",
                        "Política Migratoria del Estado Mexicano",
                        "Acciones, programas y buenas prácticas del gobierno mexicano en materia migratoria",
                        "Retos y Conclusiones"),
                others);
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
        List<String> golden = Files.readAllLines(GOLDEN.resolve("mexico-2018-structure.tsv")).stream()
                .skip(1)
                .filter(l -> !l.isBlank())
                .map(l -> {
                    String[] f = l.split("\t", -1);
                    return f[0] + "\t" + f[1] + "\t" + f[2] + "\t" + f[3];
                })
                .toList();
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
        List<String> expected = Files.readAllLines(table).stream()
                .skip(1)
                .filter(l -> !l.isBlank())
                .toList();
        List<String> actual = report.objectiveSections().stream()
                .map(s -> s.objective().getAsInt() + "," + s.actions().size() + ","
                        + s.goals().size())
                .toList();
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }

    @Test
    void pageBreaksInsideASentenceAreJoined() throws Exception {
        Section objective3 = segment(REPORT).objectiveSections().get(2);
        Passage betaGroups = objective3.actions().get(1);
        assertTrue(betaGroups.text().contains("que tienen por objeto la protección y defensa"), betaGroups.text());
        Sentence joined = betaGroups.sentences().stream()
                .filter(s -> s.text().contains("tienen por objeto la protección"))
                .findFirst()
                .orElseThrow();
        String raw = ReportText.read(REPORT).text().substring(joined.rawStart(), joined.rawEnd());
        assertTrue(raw.contains("por objeto la\n\nprotección"), "the span covers the page break as written: " + raw);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "no-objective-headings.md | 1 | no objective headings: no line of the form 'Objetivo N. Title' in the 143 "
                        + "lines of the report",
                "objective-repeated.md | 57 | objective 7 appears a second time (first at line 53)",
                "objective-missing.md | 139 | objective 12 is missing: the report, which ends at line 139, has no "
                        + "'Objetivo N.' heading for it",
                "truncated-mid-objective.md | 99 | objectives 17 to 23 are missing: the report ends at line 99, in "
                        + "objective 16 (line 97); is the file truncated?",
            })
    void brokenReportsAreRefusedWithTheTrueProblemAndLine(String file, int line, String problem) {
        ReportFormatException e = assertThrows(
                ReportFormatException.class,
                () -> segment(REPORTS.resolve("broken").resolve(file)));
        assertEquals(file + ":" + line + ": " + problem, e.getMessage());
    }

    private static final Pattern HEADING = Pattern.compile("(?m)^Objetivo (\\d+)\\. ");

    /** The report's text with the section of objective {@code moved} cut out and put back before {@code before}. */
    private static String moveSection(String text, int moved, int before) {
        Matcher m = HEADING.matcher(text);
        Map<Integer, Integer> starts = new HashMap<>();
        List<Integer> order = new ArrayList<>();
        while (m.find()) {
            starts.put(Integer.valueOf(m.group(1)), m.start());
            order.add(m.start());
        }
        int from = starts.get(moved);
        int to = order.stream().filter(o -> o > from).findFirst().orElseThrow();
        String section = text.substring(from, to);
        String rest = text.substring(0, from) + text.substring(to);
        int at = starts.get(before);
        return rest.substring(0, at) + section + rest.substring(at);
    }

    private Path copyOfTheReport(String text) throws Exception {
        return Files.writeString(tmp.resolve(REPORT.getFileName()), text);
    }

    @Test
    void objectivesNineAndTenSwappedKeepEveryActionAndGoalUnderItsOwnObjective() throws Exception {
        SegmentedReport original = segment(REPORT);
        SegmentedReport swapped = segment(copyOfTheReport(moveSection(Files.readString(REPORT), 10, 9)));
        List<Integer> documentOrder = swapped.objectiveSections().stream()
                .map(s -> s.objective().getAsInt())
                .toList();
        assertEquals(
                List.of(1, 2, 3, 4, 5, 6, 7, 8, 10, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23),
                documentOrder,
                "sections keep the order of the document");
        List<String> counts = swapped.objectiveSections().stream()
                .sorted(Comparator.comparingInt(s -> s.objective().getAsInt()))
                .map(s -> s.objective().getAsInt() + "," + s.actions().size() + ","
                        + s.goals().size())
                .toList();
        List<String> golden = Files.readAllLines(GOLDEN.resolve("mexico-2018-counts.csv")).stream()
                .skip(1)
                .filter(l -> !l.isBlank())
                .toList();
        assertEquals(String.join("\n", golden), String.join("\n", counts));
        for (Section s : swapped.objectiveSections()) {
            int n = s.objective().getAsInt();
            Section same = original.objectiveSections().get(n - 1);
            assertEquals(same.objective(), s.objective());
            assertEquals(same.title(), s.title());
            assertEquals(texts(same.actions()), texts(s.actions()), "the actions of objective " + n);
            assertEquals(texts(same.goals()), texts(s.goals()), "the goals of objective " + n);
            int heading = s.heading().firstLine();
            assertTrue(
                    s.actions().stream().allMatch(a -> a.firstLine() > heading && a.firstLine() <= s.lastLine()),
                    "every action of objective " + n + " stands between its heading and the end of its section");
        }
        Section nine = swapped.objectiveSections().get(9);
        assertEquals(9, nine.objective().getAsInt());
        assertTrue(
                nine.actions().get(0).text().startsWith("En cuanto a tráfico ilícito de personas"),
                nine.actions().get(0).text());
    }

    private static List<String> texts(List<Passage> passages) {
        return passages.stream().map(Passage::text).toList();
    }

    @Test
    void aRepeatedObjectiveInAReportOutOfOrderIsRefusedAtItsSecondHeading() throws Exception {
        String text = moveSection(Files.readString(REPORT), 10, 9)
                .replace("Objetivo 9. Fortalecer", "Objetivo 10. Fortalecer");
        Path copy = copyOfTheReport(text);
        int first = lineStarting(copy, "Objetivo 10. Prevenir");
        int second = lineStarting(copy, "Objetivo 10. Fortalecer");
        assertTrue(first < second);
        ReportFormatException e = assertThrows(ReportFormatException.class, () -> segment(copy));
        assertEquals(
                REPORT.getFileName() + ":" + second + ": objective 10 appears a second time (first at line " + first
                        + ")",
                e.getMessage());
    }

    private static int lineStarting(Path file, String start) throws Exception {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line starts with " + start);
    }

    @Test
    void aNumberOutsideOneToTwentyThreeAndMissingObjectivesInAReportOutOfOrderAreRefused() throws Exception {
        String text = moveSection(Files.readString(REPORT), 10, 9)
                .replace("Objetivo 9. Fortalecer", "Objetivo 90. Fortalecer")
                .replace("Objetivo 12. ", "Meta 12. ")
                .replace("Objetivo 22. ", "Meta 22. ")
                .replace("Objetivo 23. ", "Meta 23. ");
        Path copy = copyOfTheReport(text);
        ReportFormatException outOfRange = assertThrows(ReportFormatException.class, () -> segment(copy));
        assertEquals(
                REPORT.getFileName() + ":" + lineStarting(copy, "Objetivo 90.")
                        + ": 'Objetivo 90.' is not a GCM objective: there are 23, numbered 1 to 23",
                outOfRange.getMessage());
        ReportFormatException e = assertThrows(
                ReportFormatException.class, () -> segment(copyOfTheReport(text.replace("Objetivo 90. ", "Meta 9. "))));
        assertEquals(
                REPORT.getFileName() + ":710: objectives 9, 12, 22 and 23 are missing: the report, which ends at "
                        + "line 710, has no 'Objetivo N.' heading for them",
                e.getMessage());
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
            s.footnotes()
                    .forEach(f -> out.add(
                            "footnote\t" + f.number() + "\t" + f.passage().text()));
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
        Path copy = Files.writeString(
                tmp.resolve(REPORT.getFileName()), text.replace("Grupos Beta", "Gr\u200Bupos Be\u00ADta"));
        assertEquals(String.join("\n", texts(segment(REPORT))), String.join("\n", texts(segment(copy))));
    }
}
