package org.gcmkg.extract;

/** What a passage is in its section. */
public enum PassageRole {
    ACTION,
    GOAL,
    BODY,
    FOOTNOTE
}
