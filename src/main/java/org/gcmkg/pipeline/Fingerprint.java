package org.gcmkg.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a database was built from: the SHA-256 of the reports, the curated data, the ontology and shapes,
 * the base IRI and the loader's own code. A store whose fingerprint matches is reused; any change rebuilds.
 */
public final class Fingerprint {
    private Fingerprint() {}

    /** The fingerprint of a build configuration, as 64 hex digits. */
    public static String of(BuildConfig config) throws IOException {
        MessageDigest digest = sha256();
        update(digest, "base", config.base().getBytes(StandardCharsets.UTF_8));
        for (Path report : config.reports()) {
            update(digest, "report:" + report.getFileName(), Files.readAllBytes(report));
        }
        hashTree(digest, "data", config.dataDir());
        hashTree(digest, "ontology", config.ontologyDir());
        update(digest, "code", codeDigest());
        return HexFormat.of().formatHex(digest.digest());
    }

    private static byte[] code;

    /** The digest of the running code, taken once: the code cannot change while it runs. */
    private static synchronized byte[] codeDigest() throws IOException {
        if (code == null) {
            MessageDigest digest = sha256();
            hashCode(digest);
            code = digest.digest();
        }
        return code;
    }

    private static void hashTree(MessageDigest digest, String label, Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        files.sort((a, b) ->
                root.relativize(a).toString().compareTo(root.relativize(b).toString()));
        for (Path file : files) {
            update(digest, label + "/" + root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
        }
    }

    /** The loader's code: the jar it runs from, or its compiled classes during development. */
    private static void hashCode(MessageDigest digest) throws IOException {
        Path code;
        try {
            code = Path.of(Fingerprint.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            update(
                    digest,
                    "code",
                    String.valueOf(Fingerprint.class.getPackage().getImplementationVersion())
                            .getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (Files.isDirectory(code)) {
            hashTree(digest, "code", code.resolve("org/gcmkg"));
        } else {
            try (InputStream in = Files.newInputStream(code)) {
                update(digest, "code", in.readAllBytes());
            }
        }
    }

    private static void update(MessageDigest digest, String label, byte[] content) {
        digest.update(label.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(Long.toString(content.length).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(content);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
