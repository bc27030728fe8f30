package org.gcmkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpanishNumberTest {
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "578,905|578905",
                "26, 524,933|26524933",
                "1, 915,403|1915403",
                "18, 874|18874",
                "675 mil 457|675457",
                "3 mil 960|3960",
                "278 millones 285 mil 812|278285812",
                "10 millones|10000000",
                "18,782.30|18782.3",
                "89.38|89.38",
                "1,070'049,035|1070049035",
                "1303|1303",
                "52 mil|52000",
            })
    void readsSpanishNumberFormats(String written, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(SpanishNumber.parse(written)), written);
    }
}
