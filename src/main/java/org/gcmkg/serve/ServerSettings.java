package org.gcmkg.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How the endpoint runs.
 *
 * @param port                 HTTP port (0 picks a free one)
 * @param queryTimeout         longest a query may run before it is stopped
 * @param serviceAllowList     SPARQL endpoints that {@code SERVICE} may call (exact IRIs or prefixes ending
 *                             in {@code /}); empty means federation is off
 * @param maxRequestBytes      largest request body accepted
 * @param maxGraphReadTriples  largest graph the Graph Store Protocol hands out (use the dumps beyond)
 * @param maxResultRows        most rows a SELECT returns (a larger or missing LIMIT is lowered to it)
 * @param queriesDir           the curated queries shown in the editor
 * @param reports              the report files, for the source pages
 * @param base                 the base of the data IRIs, mapped to this server's root
 * @param resultCacheBytes     bytes of answers kept by dataset version (0: no cache)
 */
public record ServerSettings(
        int port,
        Duration queryTimeout,
        List<String> serviceAllowList,
        long maxRequestBytes,
        long maxGraphReadTriples,
        long maxResultRows,
        Path queriesDir,
        List<Path> reports,
        String base,
        long resultCacheBytes) {
    /** The default port. */
    public static final int DEFAULT_PORT = 3030;

    /** Settings with the documented defaults. */
    public static ServerSettings defaults(List<Path> reports, String base) {
        return new ServerSettings(
                DEFAULT_PORT,
                Duration.ofSeconds(30),
                List.of(),
                1_000_000,
                1_000_000,
                100_000,
                Path.of("queries"),
                reports,
                base,
                64L << 20);
    }

    public ServerSettings withPort(int p) {
        return new ServerSettings(
                p,
                queryTimeout,
                serviceAllowList,
                maxRequestBytes,
                maxGraphReadTriples,
                maxResultRows,
                queriesDir,
                reports,
                base,
                resultCacheBytes);
    }

    public ServerSettings withQueryTimeout(Duration d) {
        return new ServerSettings(
                port,
                d,
                serviceAllowList,
                maxRequestBytes,
                maxGraphReadTriples,
                maxResultRows,
                queriesDir,
                reports,
                base,
                resultCacheBytes);
    }

    public ServerSettings withServiceAllowList(List<String> allowed) {
        return new ServerSettings(
                port,
                queryTimeout,
                List.copyOf(allowed),
                maxRequestBytes,
                maxGraphReadTriples,
                maxResultRows,
                queriesDir,
                reports,
                base,
                resultCacheBytes);
    }

    public ServerSettings withResultCache(long bytes) {
        return new ServerSettings(
                port,
                queryTimeout,
                serviceAllowList,
                maxRequestBytes,
                maxGraphReadTriples,
                maxResultRows,
                queriesDir,
                reports,
                base,
                bytes);
    }

    public ServerSettings withLimits(long requestBytes, long graphReadTriples, long resultRows) {
        return new ServerSettings(
                port,
                queryTimeout,
                serviceAllowList,
                requestBytes,
                graphReadTriples,
                resultRows,
                queriesDir,
                reports,
                base,
                resultCacheBytes);
    }
}
