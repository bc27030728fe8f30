package org.gcmkg.cli;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gcmkg.deploy.Deployment;
import org.gcmkg.export.ExportFormat;
import org.gcmkg.export.Exports;
import org.gcmkg.network.NetworkSource;
import org.gcmkg.network.Projection;
import org.gcmkg.pipeline.BuildConfig;
import org.gcmkg.store.GraphStore;
import org.gcmkg.store.StoredDataset;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gcmkg export}: the program network for Gephi, Cytoscape, yEd or a spreadsheet. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Export the network of programs, agencies, partners, objectives and places, with its network "
                + "measures, from the local store (built first if missing or stale).")
final class ExportCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    private Main main;

    @Option(
            names = "--format",
            required = true,
            paramLabel = "FORMAT",
            description = "graphml, gexf, csv (a folder with nodes.csv and edges.csv), cyjs (Cytoscape.js JSON) or "
                    + "matrix (objective x organization CSV).")
    String format;

    @Option(
            names = "--projection",
            paramLabel = "NAME",
            defaultValue = "full",
            description = "full, collaboration (organizations linked by shared programs, weighted) or "
                    + "program-objective (default: ${DEFAULT-VALUE}).")
    String projection;

    @Option(
            names = "--objective",
            paramLabel = "N",
            description = "Keep only programs under this objective (repeatable). The measures are then those "
                    + "of the filtered network, measured afresh, not the whole network's that the explorer shows.")
    List<Integer> objectives = new ArrayList<>();

    @Option(
            names = "--out",
            required = true,
            paramLabel = "PATH",
            description = "The file to write (a folder for csv).")
    Path out;

    @Option(
            names = "--store",
            paramLabel = "DIR",
            defaultValue = "target/store",
            description = "Local TDB2 store (default: ${DEFAULT-VALUE}).")
    Path store;

    /**
     * Why {@code out} may not be written, or null: an existing target must be a regular file (a folder for
     * csv), never a FIFO, a device or a symbolic link, which replacing would harm or follow elsewhere.
     */
    static String targetRefusal(Path out, ExportFormat format) {
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        if (Files.isSymbolicLink(out)) {
            return "is a symbolic link; give the path of a regular file";
        }
        boolean folder = format == ExportFormat.CSV;
        if (folder
                ? !Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)
                : !Files.isRegularFile(out, LinkOption.NOFOLLOW_LINKS)) {
            return "exists and is not a regular " + (folder ? "folder" : "file") + " (a FIFO, a device, or "
                    + (folder ? "a file" : "a folder") + "); give a new path or a regular one";
        }
        return null;
    }

    @Override
    public Integer call() throws Exception {
        ExportFormat f;
        Projection p;
        try {
            f = ExportFormat.of(format);
            p = Projection.of(projection);
        } catch (IllegalArgumentException e) {
            main.err.println("gcmkg export: error: " + e.getMessage());
            return 2;
        }
        for (int n : objectives) {
            if (n < 1 || n > 23) {
                main.err.println("gcmkg export: error: --objective " + n + ": the compact has objectives 1 to 23");
                return 2;
            }
        }
        String refusal = targetRefusal(out, f);
        if (refusal != null) {
            main.err.println("gcmkg export: error: --out " + out + ": " + refusal);
            return 2;
        }
        StoredDataset stored = new Deployment(
                        store, BuildConfig.defaults(Path.of("")), m -> main.err.println("gcmkg export: " + m))
                .openCurrentOrRebuild();
        try {
            NetworkSource source = NetworkSource.read(stored.dataset());
            for (Path written : Exports.write(source, f, p, objectives, out)) {
                main.err.println("gcmkg export: wrote " + written);
            }
        } finally {
            GraphStore.release(stored);
        }
        return 0;
    }
}
