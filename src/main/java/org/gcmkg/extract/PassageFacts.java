package org.gcmkg.extract;

import java.util.List;
import org.gcmkg.segment.Passage;

/**
 * What was read from one passage.
 *
 * @param passage   the passage
 * @param section   index of its section
 * @param role      action, goal, section text or footnote
 * @param position  1-based position among the passages of that role in the section
 * @param mentions  the entities it names
 * @param figures   its figures
 * @param urls      web addresses it cites
 */
public record PassageFacts(
        Passage passage,
        int section,
        PassageRole role,
        int position,
        List<Mention> mentions,
        List<FigureFact> figures,
        List<String> urls) {}
