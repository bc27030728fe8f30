package org.gcmkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gcmkg.TestBuild;
import org.gcmkg.store.GraphStore;
import org.gcmkg.store.NewDatabase;
import org.gcmkg.store.ServeProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of a real {@code gcmkg serve} while it rebuilds for changed inputs, then a restart: the
 * previous dataset is served, unchanged (triple count and checksum of its N-Triples dump), without a rebuild.
 */
class FaultsIT {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Pattern URL = Pattern.compile("at (http://\\S+)/sparql");

    @TempDir
    Path tmp;

    record Served(long triples, String sha256) {}

    static String waitFor(Path log, Pattern pattern, long seconds) throws Exception {
        long deadline = System.currentTimeMillis() + seconds * 1000;
        while (System.currentTimeMillis() < deadline) {
            Matcher m = pattern.matcher(Files.exists(log) ? Files.readString(log) : "");
            if (m.find()) {
                return m.group(1);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("not in the log after " + seconds + " s: " + pattern + "\n" + Files.readString(log));
    }

    static Served served(String root) throws Exception {
        HttpResponse<byte[]> dump = HTTP.send(
                HttpRequest.newBuilder(URI.create(root + "/download/gcmkg.nt"))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, dump.statusCode());
        HttpResponse<String> count = HTTP.send(
                HttpRequest.newBuilder(URI.create(root + "/sparql?query="
                                + java.net.URLEncoder.encode(
                                        "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", StandardCharsets.UTF_8)))
                        .header("Accept", "text/csv")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        long triples = Long.parseLong(
                count.body().lines().skip(1).findFirst().orElseThrow().strip());
        return new Served(
                triples,
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(dump.body())));
    }

    @Test
    void killedDuringARebuildTheRestartedServerServesThePreviousDatasetUnchanged() throws Exception {
        Path store = tmp.resolve("store");
        // The previous dataset is the shared build, loaded into the store as a rebuild loads it: what is tested is
        // the kill and the restart, not the first build. A real server serves it, as the restarted one must.
        try (NewDatabase database = new GraphStore(store).begin()) {
            GraphStore.release(database.install(TestBuild.finished(), m -> {}));
        }
        Process first = ServeProcess.start(store, tmp.resolve("first.log"));
        Served before;
        try {
            String root = waitFor(tmp.resolve("first.log"), URL, 300);
            waitFor(tmp.resolve("first.log"), Pattern.compile("(now serving|serving \\d+ triples)"), 300);
            before = served(root);
        } finally {
            first.destroy();
            first.waitFor(30, TimeUnit.SECONDS);
        }

        Path changed = tmp.resolve("changed.md");
        Files.writeString(
                changed,
                Files.readString(Path.of("data/informe-pmm-mexico-2018.md"))
                        .replace("22 Grupos distribuidos", "23 Grupos distribuidos"));
        int kills = 0;
        Process second = ServeProcess.start(store, tmp.resolve("second.log"), "--report", changed.toString());
        try {
            long deadline = System.currentTimeMillis() + 300_000;
            while (System.currentTimeMillis() < deadline && !ServeProcess.building(store)) {
                Thread.sleep(20);
            }
            assertTrue(
                    ServeProcess.building(store),
                    "the server began a rebuild:\n" + Files.readString(tmp.resolve("second.log")));
        } finally {
            second.destroyForcibly();
            second.waitFor(30, TimeUnit.SECONDS);
            kills++;
        }

        Process third = ServeProcess.start(store, tmp.resolve("third.log"));
        try {
            String root = waitFor(tmp.resolve("third.log"), URL, 300);
            Served after = served(root);
            assertEquals(before, after, "the previous dataset is served unchanged");
            assertTrue(
                    Files.readString(tmp.resolve("third.log")).contains("reusing"),
                    "no rebuild was needed:\n" + Files.readString(tmp.resolve("third.log")));
            assertFalse(
                    ServeProcess.building(store),
                    "the killed rebuild's folder is removed at the next start:\n"
                            + Files.readString(tmp.resolve("third.log")));
            Tally.record("faults: kill -9 during rebuild: " + kills + "; after restart the previous dataset serves "
                    + after.triples() + " triples, N-Triples SHA-256 "
                    + after.sha256().substring(0, 16) + "…, unchanged: yes");
        } finally {
            third.destroy();
            third.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
