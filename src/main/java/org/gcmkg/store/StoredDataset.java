package org.gcmkg.store;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A dataset ready to serve: the report graphs, the reference graph and the ontology as named graphs, the
 * default graph their union, with its full-text index.
 *
 * @param dataset     the dataset (text-indexed; TDB2 on disk, or in memory)
 * @param fingerprint what it was built from (64 hex digits); its first 16 digits are its version
 * @param directory   its database folder, empty when in memory
 * @param triples     how many distinct triples its union graph holds
 * @param dumps       folder holding the published files of the build (Turtle, N-Triples, TriG, JSON-LD)
 */
public record StoredDataset(
        DatasetGraph dataset, String fingerprint, Optional<Path> directory, long triples, Path dumps) {
    /** The version string people see and cite: release plus data fingerprint ({@link ReleaseVersion}). */
    public String release() {
        return ReleaseVersion.of(fingerprint);
    }

    /** A short version label, used as the ETag of served answers. */
    public String version() {
        return fingerprint.substring(0, 16);
    }
}
