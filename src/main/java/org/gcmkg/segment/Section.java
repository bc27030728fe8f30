package org.gcmkg.segment;

import java.util.List;
import java.util.OptionalInt;

/**
 * A section of a report. Objective sections hold actions and future goals; other sections hold their
 * text as one passage.
 *
 * @param kind       where the section stands
 * @param title      the heading as written (for an objective, the title after {@code Objetivo N.})
 * @param heading    the heading line's passage
 * @param objective  the objective number, for objective sections
 * @param body       the section's text (non-objective sections; empty passage list otherwise)
 * @param actions    the actions, in order (objective sections)
 * @param goals      the future goals, in order (objective sections)
 * @param footnotes  footnote lines standing in the section
 * @param lastLine   the last line of the section
 */
public record Section(
        SectionKind kind,
        String title,
        Passage heading,
        OptionalInt objective,
        List<Passage> body,
        List<Passage> actions,
        List<Passage> goals,
        List<Footnote> footnotes,
        int lastLine) {}
