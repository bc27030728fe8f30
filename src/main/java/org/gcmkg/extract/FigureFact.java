package org.gcmkg.extract;

import java.util.Optional;
import org.gcmkg.segment.Sentence;

/**
 * A figure with what it is about.
 *
 * @param figure   the number and what it counts
 * @param sentence the sentence it stands in
 * @param period   the period of its sentence, or of the last sentence before it in its paragraph that states one
 * @param program  the program it reports on, if one is named before it in its passage
 */
public record FigureFact(Figure figure, Sentence sentence, Optional<Period> period, Optional<Entity> program) {}
