package org.gcmkg.cli;

import static org.gcmkg.cli.CommandLineTest.gcmkg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.gcmkg.cli.CommandLineTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line where a test needs another process ({@code mkfifo}): run by failsafe, with the other *IT. */
class CommandLineIT {
    @TempDir
    Path tmp;

    /** Issue 13, case 13: export refuses to replace a FIFO or follow a symbolic link. */
    @Test
    void exportRefusesTargetsThatAreNotRegularFiles() throws Exception {
        Path fifo = tmp.resolve("fifo-target.xml");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mkfifo.waitFor());
        Path target = Files.writeString(tmp.resolve("elsewhere.txt"), "keep me");
        Path link = Files.createSymbolicLink(tmp.resolve("link-target.xml"), target);
        for (Path out : List.of(fifo, link)) {
            Run run = gcmkg(
                    "export",
                    "--format",
                    "graphml",
                    "--out",
                    out.toString(),
                    "--store",
                    tmp.resolve("store-for-export").toString());
            assertEquals(2, run.exit(), run.err());
            assertTrue(run.err().contains("--out " + out), run.err());
        }
        assertTrue(
                Files.exists(fifo, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS));
        assertEquals("keep me", Files.readString(target));
    }
}
