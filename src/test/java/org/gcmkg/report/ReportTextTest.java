package org.gcmkg.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportTextTest {
    private static final Path BROKEN = Path.of("src/test/resources/reports/broken");
    private static final Path REPORT = Path.of("data/informe-pmm-mexico-2018.md");

    @TempDir
    Path tmp;

    private static ReportText read(String text) throws ReportFormatException {
        return ReportText.fromBytes("t.md", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theReportCopyIsVerbatimWithItsChecksum() throws Exception {
        ReportText text = ReportText.read(Path.of("data/informe-pmm-mexico-2018.md"));
        assertEquals("527980c4e60e2a3c859071c90fbee53f3395f8a79b234f029864f14e049a6b04", text.sha256());
        assertEquals(710, text.lines().size(), "709 line breaks and a last line without one");
        assertTrue(text.lines().get(74).text().startsWith("Objetivo 1. Recopilar"));
    }

    @Test
    void anEmptyFileIsRefusedAtLineOne() {
        ReportFormatException e =
                assertThrows(ReportFormatException.class, () -> ReportText.read(BROKEN.resolve("empty.md")));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().startsWith("empty.md:1: "), e.getMessage());
        assertTrue(e.problem().contains("empty"), e.problem());
    }

    @Test
    void blankLinesOnlyAreRefused() {
        ReportFormatException e =
                assertThrows(ReportFormatException.class, () -> ReportText.read(BROKEN.resolve("blank-lines-only.md")));
        assertTrue(e.problem().contains("white space"), e.problem());
    }

    @Test
    void latin1IsRefusedNamingTheLineOfTheFirstBadByte() throws Exception {
        Path file = BROKEN.resolve("latin1-encoded.md");
        byte[] bytes = java.nio.file.Files.readAllBytes(file);
        int firstHigh = 0;
        while (firstHigh < bytes.length && (bytes[firstHigh] & 0x80) == 0) {
            firstHigh++;
        }
        int expectedLine = 1
                + (int) new String(bytes, 0, firstHigh, StandardCharsets.ISO_8859_1)
                        .chars()
                        .filter(c -> c == '\n')
                        .count();
        ReportFormatException e = assertThrows(ReportFormatException.class, () -> ReportText.read(file));
        assertEquals(expectedLine, e.line());
        assertTrue(e.problem().startsWith("not UTF-8"), e.problem());
    }

    @Test
    void binaryContentIsRefused() {
        ReportFormatException e =
                assertThrows(ReportFormatException.class, () -> ReportText.read(BROKEN.resolve("binary.md")));
        assertTrue(e.problem().contains("binary"), e.problem());
    }

    @Test
    void positionsAreCountedInCodePoints() throws Exception {
        ReportText text = ReportText.fromBytes("t.md", "a😀b\nc".getBytes(StandardCharsets.UTF_8));
        assertEquals(2, text.codePointOffset(3), "the emoji is one code point, two UTF-16 units");
        assertEquals(2, text.lines().size());
        assertEquals(2, text.lineAt(5).number());
    }

    @Test
    void aByteOrderMarkIsSkipped() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x'};
        assertEquals("x", ReportText.fromBytes("t.md", bom).text());
    }

    @Test
    void aDecomposedCopyOfTheReportReadsAsTheSameTextWithTheChecksumOfItsOwnBytes() throws Exception {
        String nfc = Files.readString(REPORT);
        Path nfd = tmp.resolve(REPORT.getFileName());
        Files.writeString(nfd, Normalizer.normalize(nfc, Normalizer.Form.NFD));
        assertTrue(Files.size(nfd) > Files.size(REPORT), "the copy is really decomposed");
        ReportText composed = ReportText.read(REPORT);
        ReportText decomposed = ReportText.read(nfd);
        assertEquals(nfc, composed.text(), "the Mexican report is already NFC and reads unchanged");
        assertEquals(composed.text(), decomposed.text());
        assertEquals(composed.lines(), decomposed.lines());
        assertTrue(!composed.sha256().equals(decomposed.sha256()), "the checksum stays that of the file's bytes");
    }

    @Test
    void positionsAreCodePointsOfTheNormalisedText() throws Exception {
        ReportText text = read("Migracio\u0301n y \uD83D\uDE00 Beta");
        assertEquals("Migración y \uD83D\uDE00 Beta", text.text());
        int beta = text.text().indexOf("Beta");
        assertEquals(14, text.codePointOffset(beta), "the accent is composed and the emoji is one code point");
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"200B", "200C", "200D", "2060", "FEFF", "00AD"})
    void aZeroWidthCharacterInsideAWordIsGone(String hex) throws Exception {
        String invisible = Character.toString(Integer.parseInt(hex, 16));
        ReportText text = read("T\u00edtulo\n\n- Los Gr" + invisible + "upos Beta atendieron\n");
        assertEquals("T\u00edtulo\n\n- Los Grupos Beta atendieron\n", text.text());
        assertEquals("- Los Grupos Beta atendieron", text.lines().get(2).text());
    }

    @Test
    void aZeroWidthCharacterBetweenALetterAndItsAccentDoesNotKeepThemApart() throws Exception {
        assertEquals("Migración", read("Migracio\u200B\u0301n").text());
    }

    static IntStream refusedControlCharacters() {
        return IntStream.concat(
                IntStream.rangeClosed(0x01, 0x1F).filter(c -> c != '\t' && c != '\n' && c != '\r'),
                IntStream.rangeClosed(0x7F, 0x9F));
    }

    @ParameterizedTest(name = "code point {0}")
    @MethodSource("refusedControlCharacters")
    void aControlCharacterIsRefusedNamingItsLineAndColumn(int control) {
        String report = "T\u00edtulo\r\n\r\n- Gr\u200Bupos Beta \uD83D\uDE00 a" + Character.toString(control) + "b\r\n";
        ReportFormatException e = assertThrows(ReportFormatException.class, () -> read(report));
        assertEquals(3, e.line());
        assertEquals(
                String.format(
                        "t.md:3: control character U+%04X at column 19: a report is text, with no control "
                                + "characters but tab, line feed and carriage return",
                        control),
                e.getMessage());
    }

    @Test
    void tabsAndCarriageReturnsAreText() throws Exception {
        ReportText text = read("T\u00edtulo\r\n\tsangr\u00eda\r\n");
        assertEquals("\tsangr\u00eda", text.lines().get(1).text());
    }

    @Test
    void aNulByteIsStillRefusedAsBinaryContent() {
        ReportFormatException e = assertThrows(ReportFormatException.class, () -> read("T\u00edtulo\n\u0000\n"));
        assertEquals(
                "t.md:2: binary content: a NUL byte at byte offset 8; a report must be UTF-8 text", e.getMessage());
    }
}
