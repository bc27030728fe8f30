package org.gcmkg.segment;

/** Where a section stands in a report. */
public enum SectionKind {
    /** Before the objectives: background, policy, introduction. */
    FRONT,
    /** The section on one GCM objective. */
    OBJECTIVE,
    /** After the objectives: challenges, conclusions, annexes. */
    CLOSING
}
