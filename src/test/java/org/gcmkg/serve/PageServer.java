package org.gcmkg.serve;

import java.nio.file.Path;
import java.time.Duration;
import org.gcmkg.TestBuild;
import org.gcmkg.graph.Iris;
import org.gcmkg.pipeline.BuildConfig;

/**
 * The server the browser tests drive: the shared test build of the default report on a free port, with the
 * default settings and a query timeout long enough for a loaded machine. The browser-test classes only read
 * from it, so they share one server, started by the first of them and stopped when the test JVM ends:
 * loading the store and starting Fuseki once per class cost seconds each and tested nothing more.
 */
final class PageServer {
    private static GcmServer shared;

    private PageServer() {}

    /** The settings the browser tests serve with. */
    static ServerSettings settings() {
        return ServerSettings.defaults(BuildConfig.defaults(Path.of("")).reports(), Iris.DEFAULT_BASE)
                .withPort(0)
                .withQueryTimeout(Duration.ofSeconds(60));
    }

    /** The started server the browser tests share; callers never close it. */
    static synchronized GcmServer shared() {
        if (shared == null) {
            GcmServer started = GcmServer.start(TestBuild.store(), settings());
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
            shared = started;
        }
        return shared;
    }

    /** Where the server answers, without a trailing slash. */
    static String root(GcmServer server) {
        return "http://localhost:" + server.port();
    }
}
