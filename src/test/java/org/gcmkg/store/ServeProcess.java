package org.gcmkg.store;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A real {@code gcmkg serve} in its own JVM, for tests that kill it, and a look at its store's folders. */
public final class ServeProcess {
    /**
     * The JVM options of the servers started here, as PackagedJarIT runs its commands: each server lives for
     * seconds, where the optimizing compiler and a parallel collector cost more CPU than they save.
     */
    static final List<String> QUICK_JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto");

    private ServeProcess() {}

    /** Starts {@code gcmkg serve --port 0 --store STORE ARGS...} with this JVM's class path, its output to {@code log}. */
    public static Process start(Path store, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(QUICK_JVM);
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                "org.gcmkg.cli.Main",
                "serve",
                "--port",
                "0",
                "--store",
                store.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    /** Whether a rebuild is under way in the store (a {@code building-*} folder exists). */
    public static boolean building(Path store) {
        File[] entries = store.toFile().listFiles((d, name) -> name.startsWith("building-"));
        return entries != null && entries.length > 0;
    }
}
