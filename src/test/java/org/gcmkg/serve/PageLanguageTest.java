package org.gcmkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageLanguageTest {

    @Test
    void theParameterWinsOverTheCookieAndTheHeader() {
        PageLanguage chosen = PageLanguage.choose("es", "en", "en-GB,en;q=0.9");
        assertEquals("es", chosen.code());
        assertTrue(chosen.chosen());
        assertEquals("en", PageLanguage.choose(" EN ", "es", "es").code());
    }

    @Test
    void theCookieWinsOverTheHeader() {
        PageLanguage remembered = PageLanguage.choose(null, "es", "en-US,en;q=0.9");
        assertEquals("es", remembered.code());
        assertFalse(remembered.chosen());
    }

    @Test
    void theHeaderIsReadByWeightAndRegionsFallToTheirLanguage() {
        assertEquals(
                "es", PageLanguage.choose(null, null, "es-MX,es;q=0.9,en;q=0.8").code());
        assertEquals(
                "en",
                PageLanguage.choose(null, null, "fr-FR,fr;q=0.9,en;q=0.5,es;q=0.4")
                        .code());
        assertEquals("es", PageLanguage.choose(null, null, "en;q=0.2,es;q=0.7").code());
        assertEquals("es", PageLanguage.choose(null, null, "en;q=0,es").code());
    }

    @Test
    void englishWhenNothingUsableIsSaid() {
        assertEquals("en", PageLanguage.choose(null, null, null).code());
        assertEquals("en", PageLanguage.choose(null, null, "").code());
        assertEquals("en", PageLanguage.choose(null, null, "fr, de;q=0.5").code());
        assertEquals("en", PageLanguage.choose(null, null, ";;q=bad,,").code());
        assertEquals("en", PageLanguage.choose(null, "xx", null).code());
    }

    @Test
    void anUnknownParameterIsABadRequestNamingTheChoices() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> PageLanguage.choose("fr", null, "es"));
        assertEquals(
                "lang=fr is not a language of these pages; use lang=en (English) or lang=es (español)", e.getMessage());
        IllegalArgumentException odd =
                assertThrows(IllegalArgumentException.class, () -> PageLanguage.choose("<script>", null, null));
        assertFalse(odd.getMessage().contains("<"), odd.getMessage());
    }

    @Test
    void ifNoneMatchComparesWeaklyAndReadsLists() {
        String etag = "W/\"abc-en-1f\"";
        assertTrue(PageContext.matches("W/\"abc-en-1f\"", etag));
        assertTrue(PageContext.matches("\"abc-en-1f\"", etag));
        assertTrue(PageContext.matches("\"x\", W/\"abc-en-1f\"", etag));
        assertTrue(PageContext.matches("*", etag));
        assertFalse(PageContext.matches("W/\"abc-es-1f\"", etag));
        assertFalse(PageContext.matches(null, etag));
    }
}
