package org.gcmkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.gcmkg.extract.Currencies.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurrenciesTest {
    private final Currencies table = Currencies.standard();

    @Test
    void everyRowOfTheCuratedTableHasAUniqueCodeAWordAndALabel() {
        Set<String> codes = new HashSet<>();
        for (Currency c : table.all()) {
            assertTrue(codes.add(c.code()), "twice: " + c.code());
            assertTrue(!c.word().isBlank() && !c.labelEs().isBlank(), c.code());
        }
        assertTrue(codes.containsAll(Set.of("MXN", "USD", "GTQ", "HNL", "EUR", "CRC", "CAD")), codes.toString());
    }

    @Test
    void aSharedSymbolOrWordMeansTheReportCountrysCurrencyElseTheFirstRowListingIt() {
        assertEquals("MXN", table.bySymbol("$", "MEX").orElseThrow().code());
        assertEquals("COP", table.bySymbol("$", "COL").orElseThrow().code());
        assertEquals("USD", table.bySymbol("$", "HND").orElseThrow().code());
        assertEquals("MXN", table.byWord("pesos", "HND").orElseThrow().code());
        assertEquals("DOP", table.byWord("Pesos", "DOM").orElseThrow().code());
        assertEquals(
                "CAD", table.byWord("dólares  canadienses", "MEX").orElseThrow().code());
    }

    @Test
    void aShortLetterSymbolIsReadOnlyInItsCountrysReports() {
        assertEquals("GTQ", table.bySymbol("Q", "GTM").orElseThrow().code());
        assertEquals(Optional.empty(), table.bySymbol("Q", "HND"));
        assertEquals("HNL", table.bySymbol("L.", "HND").orElseThrow().code());
    }

    @Test
    void aRowWithoutAnIsoCodeIsRefusedWithItsLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(Currencies.FILE);
        Files.writeString(
                file, "code,symbols,words,label_es,countries\nUSD,$,dólares,dólar,US\nlempira,L,lempiras,lempira,HN\n");
        IOException e = assertThrows(IOException.class, () -> Currencies.load(file));
        assertTrue(e.getMessage().endsWith(":3: 'lempira' is not an ISO 4217 code"), e.getMessage());
    }
}
