package org.gcmkg.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gcmkg.report.Line;
import org.gcmkg.report.ReportFormatException;

/**
 * The objective headings of a report, checked: each of objectives 1 to 23 has exactly one heading, in
 * whatever order the report lists them (the GCM does not say a report must follow its order).
 */
final class ObjectiveHeadings {
    private final List<MarkedLine> lines;
    private final Pattern heading;
    private final String fileName;

    private ObjectiveHeadings(List<MarkedLine> lines, Pattern heading, String fileName) {
        this.lines = lines;
        this.heading = heading;
        this.fileName = fileName;
    }

    /**
     * The indexes in {@code lines} of the objective headings, in document order.
     *
     * @param heading the pattern of a heading line, with the objective number as group 1
     * @throws ReportFormatException at the heading of a number outside 1 to 23, at the second heading of a
     *     repeated objective (naming the first one's line), or at the report's last line when objectives are
     *     missing (naming them)
     */
    static List<Integer> checked(List<MarkedLine> lines, Pattern heading, String fileName)
            throws ReportFormatException {
        return new ObjectiveHeadings(lines, heading, fileName).check();
    }

    private List<Integer> check() throws ReportFormatException {
        List<Integer> indexes = new ArrayList<>();
        int[] firstLineOf = new int[Segmenter.OBJECTIVES + 1];
        int lastInDocument = 0;
        for (int i = 0; i < lines.size(); i++) {
            MarkedLine line = lines.get(i);
            if (line.shape() != LineShape.TEXT) {
                continue;
            }
            Matcher m = heading.matcher(line.line().text());
            if (!m.matches()) {
                continue;
            }
            int number = Integer.parseInt(m.group(1));
            Line at = line.line();
            if (number < 1 || number > Segmenter.OBJECTIVES) {
                throw error(
                        at,
                        "'Objetivo " + number + ".' is not a GCM objective: there are " + Segmenter.OBJECTIVES
                                + ", numbered 1 to " + Segmenter.OBJECTIVES);
            }
            if (firstLineOf[number] != 0) {
                throw error(
                        at,
                        "objective " + number + " appears a second time (first at line " + firstLineOf[number] + ")");
            }
            firstLineOf[number] = at.number();
            lastInDocument = number;
            indexes.add(i);
        }
        if (indexes.isEmpty()) {
            throw error(
                    lines.get(0).line(),
                    "no objective headings: no line of the form 'Objetivo N. Title' in the " + lines.size()
                            + " lines of the report");
        }
        List<Integer> missing = new ArrayList<>();
        int highest = 0;
        for (int n = 1; n <= Segmenter.OBJECTIVES; n++) {
            if (firstLineOf[n] == 0) {
                missing.add(n);
            } else {
                highest = n;
            }
        }
        if (!missing.isEmpty()) {
            Line last = lastNonBlank();
            boolean one = missing.size() == 1;
            String what = (one ? "objective " : "objectives ") + ranges(missing) + (one ? " is" : " are") + " missing";
            // Only the highest numbers missing, and none after them: most likely a file cut short.
            String where = missing.get(0) > highest
                    ? ": the report ends at line " + last.number() + ", in objective " + lastInDocument + " (line "
                            + firstLineOf[lastInDocument] + "); is the file truncated?"
                    : ": the report, which ends at line " + last.number() + ", has no 'Objetivo N.' heading for "
                            + (one ? "it" : "them");
            throw error(last, what + where);
        }
        return List.copyOf(indexes);
    }

    /** Increasing numbers written with runs of three or more as ranges: {@code 9, 12, 14 and 17 to 23}. */
    static String ranges(List<Integer> numbers) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < numbers.size()) {
            int j = i;
            while (j + 1 < numbers.size() && numbers.get(j + 1) == numbers.get(j) + 1) {
                j++;
            }
            if (j - i >= 2) {
                parts.add(numbers.get(i) + " to " + numbers.get(j));
            } else {
                numbers.subList(i, j + 1).forEach(n -> parts.add(String.valueOf(n)));
            }
            i = j + 1;
        }
        return parts.size() == 1
                ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private Line lastNonBlank() {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).shape() != LineShape.BLANK) {
                return lines.get(i).line();
            }
        }
        return lines.get(0).line();
    }

    private ReportFormatException error(Line line, String problem) {
        return new ReportFormatException(fileName, line.number(), problem);
    }
}
