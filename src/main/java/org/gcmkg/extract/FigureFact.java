package org.gcmkg.extract;

import java.util.Optional;
import org.gcmkg.segment.Sentence;

/**
 * A figure with what it is about.
 *
 * @param figure   the number and what it counts
 * @param sentence the sentence it stands in
 * @param period   the period of its sentence, or of its nearest dating context
 * @param program  the program it reports on, read from its sentence and the lines enclosing it
 * @param agency   the public body of the reporting state that acts where it is reported, if the text says
 */
public record FigureFact(
        Figure figure, Sentence sentence, Optional<Period> period, Optional<Entity> program, Optional<Entity> agency) {}
