package org.gcmkg.deploy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.gcmkg.SortedQuads;
import org.gcmkg.TestBuild;
import org.gcmkg.graph.Iris;
import org.gcmkg.graph.Publication;
import org.gcmkg.pipeline.BuildConfig;
import org.gcmkg.pipeline.BuildPipeline;
import org.gcmkg.store.GraphStore;
import org.gcmkg.store.StoredDataset;
import org.gcmkg.vocab.GCM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store rebuilt by a deployment, which builds a report at a time and loads the published files: its dumps are
 * the files {@code gcmkg build} writes, byte for byte, its build graphs hold what the build made in memory holds,
 * and it serves as many triples as the in-memory store of that build.
 */
class RebuiltStoreIT {
    @TempDir
    Path tmp;

    @Test
    void aRebuiltStoreHoldsWhatTheBuildPublished() throws Exception {
        BuildConfig config = TestBuild.config();
        Path out = tmp.resolve("graph");
        new BuildPipeline(config.withOutDir(out)).run();
        StoredDataset stored = new Deployment(tmp.resolve("store"), config, m -> {}).rebuild();
        StoredDataset inMemory = TestBuild.store();
        try {
            try (Stream<Path> files = Files.list(stored.dumps())) {
                assertEquals(
                        Set.copyOf(Publication.FILES),
                        files.map(f -> f.getFileName().toString()).collect(Collectors.toSet()),
                        "the dumps are the four published files");
            }
            for (String file : Publication.FILES) {
                assertArrayEquals(
                        Files.readAllBytes(out.resolve(file)),
                        Files.readAllBytes(stored.dumps().resolve(file)),
                        file + " differs from what gcmkg build writes");
            }
            try (Stream<Path> dirs = Files.list(tmp.resolve("store"))) {
                assertEquals(
                        List.of(stored.directory().orElseThrow().getFileName().toString()),
                        dirs.map(d -> d.getFileName().toString())
                                .filter(n -> !n.equals(GraphStore.LIVE))
                                .toList(),
                        "one database folder, nothing left of the build");
            }

            DatasetGraph served = stored.dataset();
            Set<Node> added = Set.of(
                    NodeFactory.createURI(GCM.ONTOLOGY_IRI),
                    NodeFactory.createURI(new Iris(config.base()).descriptionGraph()));
            DatasetGraph built = DatasetGraphFactory.create();
            Txn.executeRead(
                    served,
                    () -> served.find().forEachRemaining(q -> {
                        if (!q.isDefaultGraph() && !added.contains(q.getGraph())) {
                            built.add(q);
                        }
                    }));
            DatasetGraph expected = TestBuild.result().dataset();
            assertEquals(SortedQuads.ground(expected), SortedQuads.ground(built), "the build's graphs differ");
            assertTrue(SortedQuads.blankPartsIsomorphic(expected, built), "the build's blank nodes differ");
            assertEquals(inMemory.triples(), stored.triples(), "the served triples differ from the in-memory store's");
            assertEquals(
                    stored.triples(),
                    Txn.calculateRead(
                            served, () -> Iter.count(served.getUnionGraph().find())),
                    "the stated count is the union's");
        } finally {
            GraphStore.release(stored);
        }
    }
}
