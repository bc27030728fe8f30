package org.gcmkg.segment;

/**
 * A footnote line of a section.
 *
 * @param number  the footnote's number, read from its superscript digits
 * @param passage its text (after the number)
 */
public record Footnote(int number, Passage passage) {}
