package org.gcmkg.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The text of one report file as a reader sees it, split into lines, with the SHA-256 of the file's bytes.
 * The file is decoded strictly as UTF-8 (a leading byte-order mark skipped), control characters other than
 * tab, line feed and carriage return are refused, zero-width characters and soft hyphens are removed, and
 * the rest is normalised to Unicode NFC, so a report saved decomposed (NFD) reads as the same text. Source
 * spans point into {@link #text()}; their published positions are in Unicode code points of that normalised
 * text, as Web Annotation text position selectors require, and {@link #codePointOffset(int)} converts.
 */
public final class ReportText {
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /**
     * Characters a reader does not see, removed from the text: zero-width space, non-joiner and joiner, word
     * joiner, a byte-order mark inside the text (zero-width no-break space) and the soft hyphen.
     */
    static final String INVISIBLE = "\u200B\u200C\u200D\u2060\uFEFF\u00AD";

    private final String fileName;
    private final String text;
    private final String sha256;
    private final List<Line> lines;
    private final int[] codePointsBefore;

    private ReportText(String fileName, String text, String sha256) {
        this.fileName = fileName;
        this.text = text;
        this.sha256 = sha256;
        this.lines = splitLines(text);
        this.codePointsBefore = countCodePoints(text);
    }

    /** The largest report file read: far above any government report, far below what would exhaust memory. */
    public static final long MAX_BYTES = 10L << 20;

    /**
     * Reads a report file strictly: it must be non-empty UTF-8 text without control characters.
     *
     * @throws ReportFormatException naming the line of the first byte that is not UTF-8 text, or the line and
     *     column of the first control character
     */
    public static ReportText read(Path file) throws IOException, ReportFormatException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new ReportFormatException(
                    file.getFileName().toString(),
                    1,
                    "the file is " + size
                            + " bytes; a report is at most " + MAX_BYTES + " bytes (" + (MAX_BYTES >> 20)
                            + " MiB; the Mexican report is about 140 KB)");
        }
        byte[] bytes = Files.readAllBytes(file);
        return fromBytes(file.getFileName().toString(), bytes);
    }

    /** Reads report bytes; {@code fileName} is used in messages and in the graph. */
    public static ReportText fromBytes(String fileName, byte[] bytes) throws ReportFormatException {
        if (bytes.length == 0) {
            throw new ReportFormatException(fileName, 1, "the report is empty (0 bytes)");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ReportFormatException(
                        fileName,
                        lineOfByte(bytes, i),
                        "binary content: a NUL byte at byte offset " + i + "; a report must be UTF-8 text");
            }
        }
        String decoded = decodeUtf8(fileName, bytes);
        if (!decoded.isEmpty() && decoded.charAt(0) == BYTE_ORDER_MARK) {
            decoded = decoded.substring(1);
        }
        refuseControlCharacters(fileName, decoded);
        String text = Normalizer.normalize(withoutInvisible(decoded), Normalizer.Form.NFC);
        if (text.isBlank()) {
            throw new ReportFormatException(fileName, 1, "the report holds only white space");
        }
        return new ReportText(fileName, text, sha256Hex(bytes));
    }

    /** Whether a code point is a C0 control other than tab, line feed and carriage return, DEL or a C1 control. */
    private static boolean isRefusedControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }

    /** Refuses the first control character, naming its line and its column (code points, from 1, as in the file). */
    private static void refuseControlCharacters(String fileName, String text) throws ReportFormatException {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int c = text.codePointAt(i);
            if (c == '\n') {
                line++;
                column = 1;
                continue;
            }
            if (isRefusedControl(c)) {
                throw new ReportFormatException(
                        fileName,
                        line,
                        String.format(
                                "control character U+%04X at column %d:"
                                        + " a report is text, with no control characters but tab, line feed and carriage return",
                                c, column));
            }
            column++;
        }
    }

    private static String withoutInvisible(String text) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (INVISIBLE.indexOf(c) >= 0) {
                if (kept == null) {
                    kept = new StringBuilder(text.length()).append(text, 0, i);
                }
            } else if (kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? text : kept.toString();
    }

    private static String decodeUtf8(String fileName, byte[] bytes) throws ReportFormatException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            throw new ReportFormatException(
                    fileName,
                    lineOfByte(bytes, at),
                    String.format(
                            "not UTF-8: byte 0x%02X at byte offset %d cannot start or continue a UTF-8 character "
                                    + "(is the file Latin-1 or Windows-1252? convert it with iconv -f latin1 -t utf-8)",
                            bytes[at] & 0xFF, at));
        }
        CoderResult flush = decoder.flush(out);
        if (flush.isError()) {
            throw new ReportFormatException(
                    fileName,
                    lineOfByte(bytes, bytes.length - 1),
                    "not UTF-8: the file ends inside a multi-byte character");
        }
        out.flip();
        return out.toString();
    }

    private static int lineOfByte(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static List<Line> splitLines(String text) {
        List<Line> result = new ArrayList<>();
        int start = 0;
        int number = 1;
        while (start <= text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            if (newline < 0 && start == text.length()) {
                break;
            }
            result.add(new Line(number++, start, text.substring(start, contentEnd)));
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return List.copyOf(result);
    }

    private static int[] countCodePoints(String text) {
        int[] before = new int[text.length() + 1];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            before[i] = count;
            if (!(Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                count++;
            }
        }
        before[text.length()] = count;
        return before;
    }

    /** The file name (no folders), as it appears in messages and in the graph. */
    public String fileName() {
        return fileName;
    }

    /**
     * The decoded text as a reader sees it: byte-order mark, zero-width characters and soft hyphens removed,
     * normalised to NFC.
     */
    public String text() {
        return text;
    }

    /** Lower-case hex SHA-256 of the file's bytes. */
    public String sha256() {
        return sha256;
    }

    /** The lines, in order; {@code lines().get(n - 1)} is line n. */
    public List<Line> lines() {
        return lines;
    }

    /** The line holding the character at {@code offset}. */
    public Line lineAt(int offset) {
        int low = 0;
        int high = lines.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lines.get(mid).start() <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return lines.get(low);
    }

    /** Converts a UTF-16 offset in {@link #text()} to a count of code points from the start. */
    public int codePointOffset(int charOffset) {
        return codePointsBefore[charOffset];
    }
}
