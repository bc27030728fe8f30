package org.gcmkg.serve;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Response buffers kept from one request to the next.
 *
 * <p>Fuseki gives each response a 5 MiB output buffer, so that an answer of up to that size that fails while it is
 * written still ends in an error status instead of a cut-off 200. Jetty's default pool keeps buffers of at most 64
 * KiB, so every request allocated a new 5 MiB direct buffer and had it zeroed page by page: about 10 ms of CPU on a
 * 2-core machine, more than most curated queries cost to answer. The connector Fuseki built is replaced, before the
 * server starts, by one with the same port, host, timeouts and HTTP settings and a pool that keeps buffers up to
 * that size: at most {@link #POOLED_BYTES} of them in all; beyond that a buffer is allocated and freed as before.
 */
final class PooledOutputBuffers {
    /** The largest buffer pooled: Fuseki's output buffer (5 MiB). */
    static final int LARGEST_BUFFER = 5 << 20;

    /** Direct memory the pool keeps at most, for any number of connections: a dozen 5 MiB buffers. */
    static final long POOLED_BYTES = 64L << 20;

    private PooledOutputBuffers() {}

    /** Gives each of the server's (not yet started) connectors a pool that keeps output buffers. */
    static void install(Server jetty) {
        ByteBufferPool pool = new ArrayByteBufferPool(0, 4096, LARGEST_BUFFER, 64, 0, POOLED_BYTES);
        for (Connector connector : jetty.getConnectors()) {
            if (connector instanceof ServerConnector old) {
                jetty.removeConnector(old);
                jetty.addConnector(copy(jetty, old, pool));
            }
        }
    }

    private static ServerConnector copy(Server jetty, ServerConnector old, ByteBufferPool pool) {
        List<ConnectionFactory> factories = new ArrayList<>();
        for (ConnectionFactory factory : old.getConnectionFactories()) {
            factories.add(
                    factory instanceof HttpConnectionFactory http
                            ? new HttpConnectionFactory(http.getHttpConfiguration())
                            : factory);
        }
        ServerConnector connector =
                new ServerConnector(jetty, null, null, pool, -1, -1, factories.toArray(new ConnectionFactory[0]));
        connector.setPort(old.getPort());
        connector.setHost(old.getHost());
        connector.setIdleTimeout(old.getIdleTimeout());
        connector.setName(old.getName());
        return connector;
    }
}
