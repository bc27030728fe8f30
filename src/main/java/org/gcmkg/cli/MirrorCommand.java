package org.gcmkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RiotException;
import org.gcmkg.serve.MirrorServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gcmkg mirror}: a local read-only SPARQL endpoint over RDF files, for federated queries. */
@Command(
        name = "mirror",
        mixinStandardHelpOptions = true,
        description = "Serve RDF files read-only over SPARQL at http://localhost:PORT/NAME/sparql: a local mirror of "
                + "a dataset published only as dumps (e.g. the UN SDG KOS in data/sdg-kos/), for federated queries.")
final class MirrorCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    private Main main;

    @Parameters(
            paramLabel = "FILE",
            arity = "1..*",
            description = "RDF files (Turtle, N-Triples, RDF/XML, JSON-LD...).")
    List<Path> files;

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "3031",
            description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--name",
            paramLabel = "NAME",
            defaultValue = "sdg-kos",
            description = "Dataset name (default: ${DEFAULT-VALUE}).")
    String name;

    @Override
    public Integer call() {
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                main.err.println("gcmkg mirror: error: " + file + ": no such file");
                return 2;
            }
        }
        MirrorServer mirror;
        try {
            mirror = MirrorServer.start(files, port, name);
        } catch (RiotException e) {
            main.err.println("gcmkg mirror: error: " + e.getMessage());
            return 1;
        }
        main.err.println("gcmkg mirror: serving " + files.size() + " file(s) at " + mirror.endpointUrl());
        mirror.join();
        return 0;
    }
}
