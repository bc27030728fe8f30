package org.gcmkg.store;

import java.nio.file.Path;
import org.gcmkg.graph.Publication;

/**
 * What the store loads: a finished, validated build on disk and what it was built from. The store does not build;
 * it loads the files it is given, and they become the database's dumps.
 *
 * @param files        the folder of the build's published files ({@link Publication#FILES}); the store reads the
 *                     named graphs from its TriG file
 * @param unionTriples how many distinct triples the union of the build's named graphs holds, as the build counted
 * @param ontology     the ontology file ({@code gcmkg.ttl}), stored in its own named graph
 * @param base         the base IRI of the data IRIs
 * @param fingerprint  what the build was made from, as 64 hex digits; the database is named and versioned by it
 */
public record FinishedBuild(Path files, long unionTriples, Path ontology, String base, String fingerprint) {
    /** The same build, its files moved to {@code folder}. */
    public FinishedBuild movedTo(Path folder) {
        return new FinishedBuild(folder, unionTriples, ontology, base, fingerprint);
    }

    /** The TriG file the named graphs are read from. */
    Path trig() {
        return files.resolve(Publication.TRIG);
    }
}
