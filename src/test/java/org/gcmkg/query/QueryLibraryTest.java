package org.gcmkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reading the comment blocks of {@code queries/}: the fields of a header, the title and question in English and
 * Spanish, and a header or query that is wrong refused with its file and line.
 */
class QueryLibraryTest {
    static final Path QUERIES = Path.of("queries");
    static final Path BROKEN = Path.of("src/test/resources/queries/broken");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "no-title.rq, no-title.rq:1: a query opens with its title",
        "no-question.rq, no-question.rq:5: the comment block has no \"# Question:\"",
        "no-spanish-title.rq, no-spanish-title.rq:6: the comment block has no \"# Title@es:\"",
        "no-spanish-question.rq, no-spanish-question.rq:6: the comment block has no \"# Question@es:\"",
        "french-title.rq, french-title.rq:3: unknown field \"Title@fr\"",
        "unknown-view.rq, unknown-view.rq:7: unknown view \"Pie\"",
        "undeclared-service.rq, undeclared-service.rq:7: the SERVICE endpoints [http://example.org/sparql] differ",
        "empty-without-reason.rq, empty-without-reason.rq:8: \"# Expect:\" reads \"empty, because <reason>\"",
        "bad-sparql.rq, bad-sparql.rq:10: Encountered",
    })
    void aQueryWhoseHeaderOrSparqlIsWrongIsRefusedWithFileAndLine(String file, String message) {
        QueryLibraryException e =
                assertThrows(QueryLibraryException.class, () -> QueryLibrary.read(BROKEN.resolve(file)));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    @Test
    void aHeaderIsReadFieldByField() throws Exception {
        LibraryQuery q = QueryLibrary.read(QUERIES.resolve("figures-without-source.rq"));
        assertEquals("Check: statements without a source sentence", q.title());
        assertTrue(
                q.question().startsWith("is there any action, future goal or figure that cannot be traced"),
                q.question());
        assertTrue(q.question().endsWith("so this should return nothing."), q.question());
        assertTrue(q.expectEmpty().orElseThrow().startsWith("every action, goal and figure is built"));
        assertEquals("Table", q.view());
        assertFalse(q.isFederated());
        LibraryQuery sdg = QueryLibrary.read(QUERIES.resolve("federation-un-sdg-subjects.rq"));
        assertEquals(List.of("http://localhost:3031/sdg-kos/sparql"), sdg.services());
        assertTrue(sdg.needs().contains("gcmkg.jar mirror"), sdg.needs());
    }

    @Test
    void theTitleAndQuestionAreGivenInEnglishAndSpanish() throws Exception {
        LibraryQuery q = QueryLibrary.read(QUERIES.resolve("figures-without-source.rq"));
        assertEquals("Comprobación: afirmaciones sin oración de origen", q.titleEs());
        assertEquals("Comprobación: afirmaciones sin oración de origen", q.title("es"));
        assertEquals("Check: statements without a source sentence", q.title("en"));
        // a question continued over lines is read as one, its lines joined by a space
        assertEquals(
                "¿hay alguna acción, objetivo a futuro o cifra que no pueda rastrearse hasta las palabras exactas del "
                        + "informe? Toda afirmación debe poder citarse, así que esta consulta no debería devolver nada.",
                q.question("es"));
        assertEquals(q.question(), q.question("en"));
    }

    @Test
    void everyQueryOfTheLibraryHasItsSpanishTitleAndQuestion() throws Exception {
        List<LibraryQuery> library = QueryLibrary.load(QUERIES);
        try (Stream<Path> files = Files.list(QUERIES)) {
            assertEquals(files.filter(f -> f.toString().endsWith(".rq")).count(), library.size());
        }
        for (LibraryQuery q : library) {
            assertFalse(q.titleEs().isBlank(), q.name());
            assertFalse(q.questionEs().equals(q.question()), q.name() + " has its question in Spanish");
            assertFalse(q.titleEs().equals(q.title()), q.name() + " has its title in Spanish");
        }
    }
}
