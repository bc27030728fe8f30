package org.gcmkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The one version string of a served dataset: the release of the code (the pom's version) and the fingerprint
 * of what the data were built from, as {@code 0.1.0+data.0123456789ab} (semantic versioning's build metadata).
 * The command line, the landing page, the dataset description, the health check and the versioned dump names
 * all say this string.
 */
public final class ReleaseVersion {
    /** How many hex digits of the fingerprint the version shows. */
    public static final int DATA_DIGITS = 12;

    private static final Properties RELEASE = load();

    private ReleaseVersion() {}

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = ReleaseVersion.class.getResourceAsStream("/org/gcmkg/release.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The release of the code, as the pom states it ({@code 0.1.0}). */
    public static String release() {
        String v = RELEASE.getProperty("version", "development");
        return v.startsWith("${") ? "development" : v;
    }

    /** The day the release was issued, as {@code yyyy-mm-dd}. */
    public static String issued() {
        return RELEASE.getProperty("issued", "1970-01-01");
    }

    /** The version of data built with this code from inputs of the given fingerprint (64 hex digits). */
    public static String of(String fingerprint) {
        return release() + "+data." + fingerprint.substring(0, DATA_DIGITS);
    }
}
