package org.gcmkg.serve;

import java.nio.file.Path;
import java.time.Duration;
import org.gcmkg.TestBuild;
import org.gcmkg.graph.Iris;
import org.gcmkg.pipeline.BuildConfig;

/**
 * The server the browser tests drive: the shared test build of the default report on a free port, with the
 * default settings and a query timeout long enough for a loaded machine.
 */
final class PageServer {
    private PageServer() {}

    /** The settings the browser tests serve with. */
    static ServerSettings settings() {
        return ServerSettings.defaults(BuildConfig.defaults(Path.of("")).reports(), Iris.DEFAULT_BASE)
                .withPort(0)
                .withQueryTimeout(Duration.ofSeconds(60));
    }

    /** A started server; the caller closes it. */
    static GcmServer start() {
        return GcmServer.start(TestBuild.store(), settings());
    }

    /** Where the server answers, without a trailing slash. */
    static String root(GcmServer server) {
        return "http://localhost:" + server.port();
    }
}
