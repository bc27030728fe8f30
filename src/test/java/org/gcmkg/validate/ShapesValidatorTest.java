package org.gcmkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.gcmkg.vocab.OA;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shapes of ontology/shapes.ttl on small graphs made for one constraint each. */
class ShapesValidatorTest {
    private static final ShapesValidator SHAPES = ShapesValidator.load(Path.of("ontology", "shapes.ttl"));

    @ParameterizedTest(name = "start {0}, end {1}: {2} violation(s)")
    @CsvSource({"10, 11, 0", "10, 10, 1", "11, 10, 1", "0, 1, 0"})
    void aTextPositionSelectorMustEndAfterItStarts(int start, int end, int violations) {
        Model m = ModelFactory.createDefaultModel();
        Resource selector = m.createResource("https://example.org/span/1/position", OA.TextPositionSelector);
        selector.addLiteral(OA.start, m.createTypedLiteral(String.valueOf(start), XSDDatatype.XSDnonNegativeInteger));
        selector.addLiteral(OA.end, m.createTypedLiteral(String.valueOf(end), XSDDatatype.XSDnonNegativeInteger));
        List<Violation> errors = ShapesValidator.errors(SHAPES.validate(m.getGraph()));
        assertEquals(violations, errors.size(), errors.toString());
        errors.forEach(v -> {
            assertEquals("<https://example.org/span/1/position>", v.focus());
            assertEquals("A text position selector must end after it starts.", v.message());
        });
    }
}
