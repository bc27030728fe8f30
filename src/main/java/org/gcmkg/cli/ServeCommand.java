package org.gcmkg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gcmkg.deploy.Deployment;
import org.gcmkg.graph.Iris;
import org.gcmkg.pipeline.BuildConfig;
import org.gcmkg.pipeline.BuildException;
import org.gcmkg.serve.GcmServer;
import org.gcmkg.serve.ServerSettings;
import org.gcmkg.store.LiveDataset;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gcmkg serve}: the SPARQL endpoint over the TDB2 store, built or reused as needed. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Serve the graph over SPARQL (embedded Fuseki on TDB2). The first start, or a start after the "
                + "reports, data, ontology or loader changed, builds a fresh database beside the live one and swaps "
                + "it in; otherwise the store is reused and the server starts at once.")
final class ServeCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    private Main main;

    @Option(
            names = "--port",
            paramLabel = "N",
            description = "HTTP port (default: ${DEFAULT-VALUE}; 0 for any free port).",
            defaultValue = "3030")
    int port;

    @Option(
            names = "--store",
            paramLabel = "DIR",
            description = "The TDB2 store folder (default: ${DEFAULT-VALUE}).",
            defaultValue = "target/store")
    Path store;

    @Option(names = "--in-memory", description = "Build into memory and serve from there (tests, quick looks).")
    boolean inMemory;

    @Option(
            names = "--report",
            paramLabel = "FILE",
            description = "A report to serve (repeatable). Default: the report in data/.")
    List<Path> reports = new ArrayList<>();

    @Option(names = "--data", paramLabel = "DIR", description = "Curated tables (default: data).")
    Path data;

    @Option(names = "--ontology", paramLabel = "DIR", description = "Ontology and shapes (default: ontology).")
    Path ontology;

    @Option(
            names = "--queries",
            paramLabel = "DIR",
            description = "Curated queries for the editor (default: ${DEFAULT-VALUE}).",
            defaultValue = "queries")
    Path queries;

    @Option(
            names = "--base",
            paramLabel = "IRI",
            description = "Base of the data IRIs (default: ${DEFAULT-VALUE}).",
            defaultValue = Iris.DEFAULT_BASE)
    String base;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            description = "Query timeout (default: ${DEFAULT-VALUE} s).",
            defaultValue = "30")
    long timeoutSeconds;

    @Option(
            names = "--allow-service",
            paramLabel = "IRI",
            description = "A SPARQL endpoint that SERVICE may call (repeatable; a prefix if it ends in /). "
                    + "Without any, federation is off.")
    List<String> allowService = new ArrayList<>();

    @Option(
            names = "--cache-mb",
            paramLabel = "MB",
            defaultValue = "64",
            description =
                    "Answers kept in memory until the next build is swapped in (default: ${DEFAULT-VALUE} MB; 0: none).")
    long cacheMegabytes;

    @Override
    public Integer call() {
        BuildConfig defaults = BuildConfig.defaults(Path.of(""));
        BuildConfig config = new BuildConfig(
                reports.isEmpty() ? defaults.reports() : reports,
                defaults.outDir(),
                data == null ? defaults.dataDir() : data,
                ontology == null ? defaults.ontologyDir() : ontology,
                base);
        ServerSettings settings = ServerSettings.defaults(config.reports(), base)
                .withPort(port)
                .withQueryTimeout(Duration.ofSeconds(timeoutSeconds))
                .withServiceAllowList(allowService);
        settings = new ServerSettings(
                settings.port(),
                settings.queryTimeout(),
                settings.serviceAllowList(),
                settings.maxRequestBytes(),
                settings.maxGraphReadTriples(),
                settings.maxResultRows(),
                queries,
                settings.reports(),
                settings.base(),
                cacheMegabytes << 20);
        Deployment deployment = new Deployment(store, config, m -> main.err.println("gcmkg serve: " + m));
        LiveDataset live;
        try {
            live = inMemory ? new LiveDataset(Deployment.inMemory(config)) : deployment.openForServing();
        } catch (BuildException | IOException e) {
            main.err.println("gcmkg serve: error: " + e.getMessage());
            return 1;
        }
        GcmServer server = GcmServer.start(live, settings);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            deployment.close();
                        },
                        "gcmkg-shutdown"));
        main.err.println("gcmkg serve: SPARQL endpoint at " + server.endpointUrl() + " (pages at http://localhost:"
                + server.port() + "/)");
        // requests under way on the previous database get their timeout and a margin before it is released
        deployment.rebuildInBackground(settings.queryTimeout().plusSeconds(5));
        server.join();
        return 0;
    }
}
