package org.gcmkg.pipeline;

import java.nio.file.Path;

/**
 * A build published by {@link BuildPipeline#run()}; its graphs are in the files, not in memory.
 *
 * @param outDir where the files are
 * @param report the build report
 */
public record PublishedBuild(Path outDir, BuildReport report) {}
