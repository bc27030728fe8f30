package org.gcmkg.extract;

import java.util.Optional;

/**
 * The time a figure refers to, as stated: a range, a start, an end, or an "as of" date. Dates keep the
 * precision the text gives: {@code 2018}, {@code 2018-07} or {@code 2018-07-31}.
 *
 * @param text  the words as written
 * @param start the first date of the period, or empty
 * @param end   the last date of the period, or empty
 * @param asOf  the date at which a figure is given, or empty
 */
public record Period(String text, Optional<String> start, Optional<String> end, Optional<String> asOf) {}
