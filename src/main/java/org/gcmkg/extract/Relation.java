package org.gcmkg.extract;

/**
 * A relation read from one sentence.
 *
 * @param subject  organization (RUNS, PARTICIPATES_IN) or program (the others)
 * @param kind     the relation
 * @param object   program, organization or place
 * @param evidence the sentence it was read from
 */
public record Relation(Entity subject, RelationKind kind, Entity object, SpanRef evidence) {}
