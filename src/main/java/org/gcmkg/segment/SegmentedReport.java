package org.gcmkg.segment;

import java.time.LocalDate;
import java.util.List;
import org.gcmkg.report.ReportText;

/**
 * A report cut into its parts.
 *
 * @param source   the report's text
 * @param title    the title line
 * @param date     the report's date
 * @param sections the sections, in order
 */
public record SegmentedReport(ReportText source, Passage title, LocalDate date, List<Section> sections) {
    /** The objective sections, in order. */
    public List<Section> objectiveSections() {
        return sections.stream().filter(s -> s.kind() == SectionKind.OBJECTIVE).toList();
    }
}
