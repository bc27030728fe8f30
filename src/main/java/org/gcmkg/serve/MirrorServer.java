package org.gcmkg.serve;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * A read-only SPARQL endpoint over a few RDF files, in memory: a local mirror of a dataset that publishes
 * dumps but no endpoint (the UN SDG KOS), for federated queries that must run offline and in tests.
 */
public final class MirrorServer implements AutoCloseable {
    private final FusekiServer server;
    private final String name;

    private MirrorServer(FusekiServer server, String name) {
        this.server = server;
        this.name = name;
    }

    /** Loads the files into one default graph and serves it at {@code /NAME/sparql}; port 0 picks a free one. */
    public static MirrorServer start(List<Path> files, int port, String name) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        for (Path file : files) {
            RDFDataMgr.read(dataset.getDefaultGraph(), file.toString());
        }
        FusekiServer server =
                FusekiServer.create().port(port).add("/" + name, dataset, false).build();
        PooledOutputBuffers.install(server.getJettyServer());
        server.start();
        return new MirrorServer(server, name);
    }

    /** The endpoint's URL. */
    public String endpointUrl() {
        return "http://localhost:" + server.getHttpPort() + "/" + name + "/sparql";
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }
}
