package org.gcmkg.segment;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gcmkg.report.Line;
import org.gcmkg.report.ReportFormatException;
import org.gcmkg.report.ReportText;
import org.gcmkg.report.SpanishMonths;

/**
 * Cuts a report into front matter, objective sections (with their actions and future goals) and closing
 * sections, following the rules in {@code docs/report-format.md}.
 */
public final class Segmenter {
    /** Count of GCM objectives. */
    public static final int OBJECTIVES = 23;

    private static final Pattern OBJECTIVE_HEADING =
            Pattern.compile("^\\s*Objetivo\\s+(\\d{1,3})\\s*[.:\\-–]\\s*(\\S.*?)\\s*$");
    private static final Pattern DATE_LINE = Pattern.compile(
            "^\\s*(\\d{1,2})\\s+de\\s+(" + SpanishMonths.PATTERN + ")\\s+(?:de|del)\\s+(\\d{4})\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOSING_HEADING =
            Pattern.compile("^(retos|conclusion|anexo|referencias|bibliografia)", Pattern.CASE_INSENSITIVE);
    private static final Pattern FOOTNOTE_NUMBER = Pattern.compile("^\\s*([¹²³⁴⁵⁶⁷⁸⁹⁰]+)");
    private static final int MAX_HEADING_LENGTH = 120;
    private static final int DATE_SEARCH_LINES = 12;

    private final ReportText report;
    private final List<MarkedLine> lines;

    private Segmenter(ReportText report) {
        this.report = report;
        this.lines = report.lines().stream().map(MarkedLine::of).toList();
    }

    /**
     * Segments a report.
     *
     * @throws ReportFormatException when the report has no title or date, or an objective heading is
     *     missing, repeated or not one of 1 to 23 (the objectives may come in any order)
     */
    public static SegmentedReport segment(ReportText report) throws ReportFormatException {
        return new Segmenter(report).run();
    }

    private SegmentedReport run() throws ReportFormatException {
        List<Integer> headingIndexes = ObjectiveHeadings.checked(lines, OBJECTIVE_HEADING, report.fileName());
        MarkedLine titleLine = lines.stream()
                .filter(l -> l.shape() != LineShape.BLANK)
                .findFirst()
                .orElseThrow();
        MarkedLine dateLine = null;
        LocalDate date = null;
        int seen = 0;
        for (MarkedLine line : lines) {
            if (line.shape() == LineShape.BLANK || line.equals(titleLine)) {
                continue;
            }
            if (++seen > DATE_SEARCH_LINES || line.line().number() > lineNumberOf(headingIndexes.get(0))) {
                break;
            }
            Matcher m = DATE_LINE.matcher(line.line().text());
            if (m.matches()) {
                date = toDate(m, line.line());
                dateLine = line;
                break;
            }
        }
        if (date == null) {
            throw error(
                    titleLine.line(),
                    "no report date: expected a line such as '7 de septiembre de 2018' "
                            + "among the first lines, before 'Objetivo 1.'");
        }
        Passage title = passageOf(titleLine);

        List<Section> sections = new ArrayList<>();
        int firstObjective = headingIndexes.get(0);
        readFrontMatter(titleLine, dateLine, firstObjective, sections);
        // Sections in document order, whatever the order of the objectives; each reads its number from its heading.
        for (int h = 0; h < headingIndexes.size(); h++) {
            int start = headingIndexes.get(h);
            int limit = h + 1 < headingIndexes.size() ? headingIndexes.get(h + 1) : lines.size();
            int closing = h + 1 < headingIndexes.size() ? -1 : firstClosingHeading(start + 1, limit);
            int end = closing < 0 ? limit : closing;
            sections.add(readObjective(start, end));
            if (closing >= 0) {
                readClosing(closing, limit, sections);
            }
        }
        return new SegmentedReport(report, title, date, List.copyOf(sections));
    }

    private int lineNumberOf(int index) {
        return lines.get(index).line().number();
    }

    private LocalDate toDate(Matcher m, Line line) throws ReportFormatException {
        try {
            return LocalDate.of(
                    Integer.parseInt(m.group(3)),
                    SpanishMonths.number(m.group(2)).orElseThrow(),
                    Integer.parseInt(m.group(1)));
        } catch (DateTimeException e) {
            throw error(line, "the report date '" + line.text().trim() + "' is not a calendar date");
        }
    }

    private ReportFormatException error(Line line, String problem) {
        return new ReportFormatException(report.fileName(), line.number(), problem);
    }

    private boolean standsAlone(int index) {
        boolean blankBefore = index == 0 || lines.get(index - 1).shape() == LineShape.BLANK;
        boolean blankAfter = index + 1 >= lines.size() || lines.get(index + 1).shape() == LineShape.BLANK;
        return blankBefore && blankAfter;
    }

    private boolean looksLikeHeading(int index) {
        MarkedLine line = lines.get(index);
        String text = line.line().text().trim();
        return line.shape() == LineShape.TEXT
                && standsAlone(index)
                && text.length() <= MAX_HEADING_LENGTH
                && !text.endsWith(".")
                && !text.endsWith(":")
                && Character.isUpperCase(text.codePointAt(0))
                && !DATE_LINE.matcher(text).matches();
    }

    private int firstClosingHeading(int from, int limit) {
        for (int i = from; i < limit; i++) {
            if (looksLikeHeading(i)
                    && CLOSING_HEADING
                            .matcher(fold(lines.get(i).line().text().trim()))
                            .find()) {
                return i;
            }
        }
        return -1;
    }

    private static String fold(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }

    private void readFrontMatter(MarkedLine titleLine, MarkedLine dateLine, int limit, List<Section> sections) {
        int start = -1;
        for (int i = 0; i < limit; i++) {
            MarkedLine line = lines.get(i);
            if (line.equals(titleLine) || line.equals(dateLine)) {
                continue;
            }
            if (looksLikeHeading(i)) {
                if (start >= 0) {
                    sections.add(readPlainSection(SectionKind.FRONT, start, i));
                }
                start = i;
            }
        }
        if (start >= 0) {
            sections.add(readPlainSection(SectionKind.FRONT, start, limit));
        }
    }

    private void readClosing(int from, int limit, List<Section> sections) {
        int start = from;
        for (int i = from + 1; i < limit; i++) {
            if (looksLikeHeading(i)
                    && CLOSING_HEADING
                            .matcher(fold(lines.get(i).line().text().trim()))
                            .find()) {
                sections.add(readPlainSection(SectionKind.CLOSING, start, i));
                start = i;
            }
        }
        sections.add(readPlainSection(SectionKind.CLOSING, start, limit));
    }

    /** A section without actions: its paragraphs and list items, each a passage; page breaks joined. */
    private Section readPlainSection(SectionKind kind, int headingIndex, int end) {
        MarkedLine heading = lines.get(headingIndex);
        List<Passage> body = new ArrayList<>();
        List<Footnote> footnotes = new ArrayList<>();
        Passage.Builder current = null;
        int last = heading.line().number();
        for (int i = headingIndex + 1; i < end; i++) {
            MarkedLine line = lines.get(i);
            if (line.shape() == LineShape.BLANK) {
                continue;
            }
            last = line.line().number();
            if (line.shape() == LineShape.FOOTNOTE) {
                footnotes.add(footnoteOf(line));
                continue;
            }
            boolean continuation = line.shape() == LineShape.TEXT && current != null && line.startsLowerCase();
            if (!continuation) {
                if (current != null) {
                    body.add(current.build());
                }
                current = new Passage.Builder(report.text());
            }
            current.add(line.contentStart(), line.contentEnd(), line.line().number(), false);
        }
        if (current != null) {
            body.add(current.build());
        }
        return new Section(
                kind,
                heading.line().text().trim(),
                passageOf(heading),
                OptionalInt.empty(),
                List.copyOf(body),
                List.of(),
                List.of(),
                List.copyOf(footnotes),
                last);
    }

    private Footnote footnoteOf(MarkedLine line) {
        Matcher m = FOOTNOTE_NUMBER.matcher(line.line().text());
        int number = m.find() ? superscriptValue(m.group(1)) : 0;
        Passage text = new Passage.Builder(report.text())
                .add(line.contentStart(), line.contentEnd(), line.line().number(), false)
                .build();
        return new Footnote(number, text);
    }

    private static int superscriptValue(String digits) {
        String plain = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            value = value * 10 + plain.indexOf(c);
        }
        return value;
    }

    private Passage passageOf(MarkedLine line) {
        return new Passage.Builder(report.text())
                .add(line.markerStart(), line.contentEnd(), line.line().number(), false)
                .build();
    }

    /** Reads one objective section: its actions and future goals, and its footnotes. */
    private Section readObjective(int headingIndex, int end) {
        MarkedLine heading = lines.get(headingIndex);
        Matcher m = OBJECTIVE_HEADING.matcher(heading.line().text());
        if (!m.matches()) {
            throw new IllegalStateException("heading checked before");
        }
        int number = Integer.parseInt(m.group(1));
        String title = m.group(2).replaceAll("\\.$", "");
        ObjectiveReader reader = new ObjectiveReader(report.text());
        List<Footnote> footnotes = new ArrayList<>();
        int last = heading.line().number();
        for (int i = headingIndex + 1; i < end; i++) {
            MarkedLine line = lines.get(i);
            if (line.shape() == LineShape.BLANK) {
                continue;
            }
            last = line.line().number();
            if (line.shape() == LineShape.FOOTNOTE) {
                footnotes.add(footnoteOf(line));
            } else {
                reader.read(line);
            }
        }
        reader.end();
        return new Section(
                SectionKind.OBJECTIVE,
                title,
                passageOf(heading),
                OptionalInt.of(number),
                List.of(),
                reader.actions(),
                reader.goals(),
                List.copyOf(footnotes),
                last);
    }
}
