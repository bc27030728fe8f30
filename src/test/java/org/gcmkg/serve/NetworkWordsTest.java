package org.gcmkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gcmkg.network.Projection;
import org.junit.jupiter.api.Test;

/**
 * The explorer explains its measures and projections with the words of docs/network.md: each definition of
 * messages_en.properties is in the document word for word, and both languages define the same things.
 */
class NetworkWordsTest {

    static List<String> keys() {
        List<String> keys = new ArrayList<>();
        ExplorerPage.MEASURES.forEach(m -> keys.add("measure_" + m + "_def"));
        ExplorerPage.PROJECTIONS.stream().map(Projection::key).forEach(p -> keys.add("projection_" + p + "_def"));
        keys.add("measures_note");
        return keys;
    }

    @Test
    void docsNetworkMdHoldsEveryDefinitionTheExplorerShows() throws Exception {
        String docs = Files.readString(Path.of("docs/network.md"));
        for (String key : keys()) {
            String words = Messages.of("en").get(key);
            assertTrue(docs.contains(words), key + " is not in docs/network.md word for word: " + words);
        }
    }

    @Test
    void bothLanguagesDefineEveryMeasureAndProjection() {
        for (String key : keys()) {
            assertTrue(Messages.of("es").find(key).isPresent(), key);
        }
        assertEquals(Messages.of("en").all().keySet(), Messages.of("es").all().keySet());
    }
}
