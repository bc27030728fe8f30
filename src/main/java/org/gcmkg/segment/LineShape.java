package org.gcmkg.segment;

/** What a line looks like in the report's light markdown. */
enum LineShape {
    BLANK,
    /** {@code - text}; top-level at column 0, nested when indented. */
    BULLET,
    /** {@code 1. text}, at any indentation. */
    NUMBERED,
    /** {@code ¹ text}: a footnote. */
    FOOTNOTE,
    /** Anything else: a paragraph or a heading. */
    TEXT
}
