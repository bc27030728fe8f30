package org.gcmkg.store;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What the store loads: a finished, validated build and what it was built from. The store does not build; it
 * loads what it is given.
 *
 * @param dataset     the built dataset: one named graph per report, and the reference graph
 * @param union       the union of its named graphs, with the published prefixes
 * @param ontology    the ontology file ({@code gcmkg.ttl}), stored in its own named graph
 * @param base        the base IRI of the data IRIs
 * @param fingerprint what the build was made from, as 64 hex digits; the database is named and versioned by it
 */
public record FinishedBuild(DatasetGraph dataset, Graph union, Path ontology, String base, String fingerprint) {}
