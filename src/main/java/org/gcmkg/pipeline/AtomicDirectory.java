package org.gcmkg.pipeline;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Publishes a folder as a whole: the new content is written into a staging folder beside the target,
 * then swapped in by renames. A failed build leaves the published folder untouched; a crash between the
 * two renames is repaired on the next run (the previous folder is moved back).
 */
public final class AtomicDirectory {
    private final Path target;
    private final Path staging;
    private final Path previous;

    public AtomicDirectory(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        this.target = absolute;
        this.staging = absolute.resolveSibling("." + absolute.getFileName() + ".staging");
        this.previous = absolute.resolveSibling("." + absolute.getFileName() + ".previous");
    }

    /** Repairs an interrupted swap and returns an empty staging folder to write into. */
    public Path begin() throws IOException {
        if (!Files.exists(target) && Files.isDirectory(previous)) {
            move(previous, target);
        }
        deleteTree(previous);
        deleteTree(staging);
        Files.createDirectories(staging);
        return staging;
    }

    /** Swaps the staging folder in place of the target. */
    public void commit() throws IOException {
        if (Files.exists(target)) {
            move(target, previous);
        }
        move(staging, target);
        deleteTree(previous);
    }

    /** Discards the staging folder; the target stays as it was. */
    public void abort() {
        try {
            deleteTree(staging);
        } catch (IOException ignored) {
            // The staging folder is cleared again at the next begin().
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a folder and everything in it; nothing happens when it does not exist. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
