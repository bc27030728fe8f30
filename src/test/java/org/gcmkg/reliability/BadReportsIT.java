package org.gcmkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gcmkg.TestBuild;
import org.gcmkg.cli.Main;
import org.gcmkg.deploy.Deployment;
import org.gcmkg.pipeline.BuildConfig;
import org.gcmkg.pipeline.BuildException;
import org.gcmkg.store.GraphStore;
import org.gcmkg.store.NewDatabase;
import org.gcmkg.store.StoredDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bad report (the fixtures of {@code reports/broken/} and a 50 MB file) is refused with a clear error
 * and a non-zero exit, by {@code gcmkg build} and by the store's rebuild, and what was published before (the
 * build output and the live TDB2 database) is left exactly as it was.
 */
class BadReportsIT {
    @TempDir
    Path tmp;

    @Test
    void everyBadReportIsRefusedAndNothingPublishedIsTouched() throws Exception {
        List<Path> bad = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/reports/broken"))) {
            files.filter(f -> f.toString().endsWith(".md")
                            && !f.getFileName().toString().equals("README.md"))
                    .sorted()
                    .forEach(bad::add);
        }
        Path huge = tmp.resolve("fifty-megabytes.md");
        byte[] report = Files.readAllBytes(Path.of("data/informe-pmm-mexico-2018.md"));
        try (var out = Files.newOutputStream(huge)) {
            for (long written = 0; written < 50L << 20; written += report.length) {
                out.write(report);
            }
        }
        bad.add(huge);

        Path out = tmp.resolve("published");
        TestBuild.copyPublished(out); // what `gcmkg build --out` wrote, built once for the JVM
        Map<String, String> before = digests(out);
        BuildConfig good = BuildConfig.defaults(Path.of(""));
        Path storeDir = tmp.resolve("store");
        GraphStore store = new GraphStore(storeDir);
        // The live database holds the shared build, loaded as a rebuild of the good inputs loads it.
        StoredDataset live;
        try (NewDatabase database = store.begin()) {
            live = database.install(TestBuild.finished(), m -> {});
        }
        String fingerprint = live.fingerprint();
        long triples = live.triples();
        GraphStore.release(live);

        for (Path file : bad) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream oldErr = System.err;
            int exit;
            try {
                System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
                exit = Main.run("build", "--report", file.toString(), "--out", out.toString());
            } finally {
                System.setErr(oldErr);
            }
            String message = err.toString(StandardCharsets.UTF_8);
            assertTrue(exit != 0, file + " was accepted");
            assertTrue(
                    message.contains(file.getFileName().toString() + ":"),
                    "the error names the file and line: " + message);
            assertEquals(before, digests(out), "the published build is unchanged after " + file);
            BuildException e = assertThrows(
                    BuildException.class,
                    () -> new Deployment(storeDir, good.withReports(List.of(file)), m -> {}).rebuild());
            assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
            StoredDataset after = store.openLive().orElseThrow();
            assertEquals(fingerprint, after.fingerprint(), "the live store is unchanged after " + file);
            assertEquals(triples, after.triples());
            GraphStore.release(after);
        }
        Tally.record("bad reports tried: " + bad.size() + ", refused: " + bad.size()
                + ", published output and live store unchanged: yes");
    }

    private static Map<String, String> digests(Path dir) throws Exception {
        TreeMap<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                digests.put(
                        dir.relativize(f).toString(),
                        HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
            }
        }
        return digests;
    }
}
