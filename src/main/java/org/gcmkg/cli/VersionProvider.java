package org.gcmkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gcmkg.pipeline.BuildConfig;
import org.gcmkg.pipeline.Fingerprint;
import org.gcmkg.store.ReleaseVersion;
import picocli.CommandLine;

/**
 * The version the served data would carry: the release plus the fingerprint of the reports, data and ontology
 * in the working folder ({@link ReleaseVersion}); only the release when those are not there.
 */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        BuildConfig config = BuildConfig.defaults(Path.of(""));
        if (config.reports().isEmpty() || !config.reports().stream().allMatch(Files::isRegularFile)) {
            return new String[] {"gcmkg " + ReleaseVersion.release() + " (no reports in this folder to fingerprint)"};
        }
        try {
            return new String[] {"gcmkg " + ReleaseVersion.of(Fingerprint.of(config))};
        } catch (IOException e) {
            return new String[] {
                "gcmkg " + ReleaseVersion.release() + " (the inputs could not be read: " + e.getMessage() + ")"
            };
        }
    }
}
