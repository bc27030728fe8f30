package org.gcmkg.extract;

/**
 * A place in a passage's text where an entity is named.
 *
 * @param entity  what is named
 * @param start   offset of the first character in the passage's text
 * @param end     offset just past the last character
 * @param surface the words as written
 * @param anaphor whether the words only refer back ("el Instituto") to an entity named before
 */
public record Mention(Entity entity, int start, int end, String surface, boolean anaphor) {}
