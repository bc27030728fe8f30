package org.gcmkg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.gcmkg.network.Network;
import org.gcmkg.network.NetworkBuilder;
import org.gcmkg.network.NetworkSource;
import org.gcmkg.network.ObjectiveMatrix;
import org.gcmkg.network.Projection;

/**
 * Writes an export to disk: each file is written beside its final name and moved into place only when
 * complete, so a failed export never leaves a half-written file where an earlier one stood.
 */
public final class Exports {
    private Exports() {}

    /** Writes {@code format} of the projection, filtered to {@code objectives}, to {@code out} (a folder for CSV). */
    public static List<Path> write(
            NetworkSource source, ExportFormat format, Projection projection, Collection<Integer> objectives, Path out)
            throws IOException {
        if (format == ExportFormat.MATRIX) {
            return List.of(atomically(out, o -> {
                Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
                MatrixExporter.csv(
                        ObjectiveMatrix.of(source, objectives), ObjectiveMatrix.columns(source, objectives), w);
            }));
        }
        Network network = NetworkBuilder.build(source, projection, new TreeSet<>(objectives));
        return switch (format) {
            case GRAPHML -> List.of(atomically(out, o -> NetworkExporter.graphml(network, o)));
            case GEXF -> List.of(atomically(out, o -> NetworkExporter.gexf(network, o)));
            case CYJS ->
                List.of(atomically(out, o -> {
                    Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
                    NetworkExporter.cyjs(network, w);
                    w.flush();
                }));
            case CSV -> {
                Files.createDirectories(out);
                Path nodes = atomically(out.resolve("nodes.csv"), o -> {
                    Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
                    NetworkExporter.nodesCsv(network, w);
                });
                Path edges = atomically(out.resolve("edges.csv"), o -> {
                    Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
                    NetworkExporter.edgesCsv(network, w);
                });
                yield List.of(nodes, edges);
            }
            case MATRIX -> throw new IllegalStateException("handled above");
        };
    }

    /** Something that writes to a stream. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static Path atomically(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        try {
            try (OutputStream o = Files.newOutputStream(tmp)) {
                content.writeTo(o);
            }
            if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // a temporary file is private to its owner; an export is meant to be shared like any file
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return target;
    }
}
