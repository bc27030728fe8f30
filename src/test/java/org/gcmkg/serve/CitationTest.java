package org.gcmkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CitationTest {
    static final Citation PLAIN = new Citation(
            "gcmkg: a graph",
            "The gcmkg project",
            "2026-12-02",
            "0.1.0+data.0123456789ab",
            "https://w3id.org/gcmkg/",
            "Built from a report");

    @Test
    void bibtexHasEveryFieldAndAKeyOfSafeCharacters() {
        assertEquals("""
                @misc{gcmkg_2026_010data0123456789ab,
                  author = {{The gcmkg project}},
                  title = {{gcmkg: a graph}},
                  year = {2026},
                  date = {2026-12-02},
                  version = {0.1.0+data.0123456789ab},
                  howpublished = {\\url{https://w3id.org/gcmkg/}},
                  url = {https://w3id.org/gcmkg/},
                  note = {Built from a report},
                }
                """, PLAIN.bibtex());
    }

    @Test
    void bibtexEscapesWhatTexReadsAsCommands() {
        assertEquals(
                "50\\% \\& \\$3 \\#1 a\\_b \\{x\\} \\textbackslash{}n \\^{} \\~{} one line",
                Citation.tex("50% & $3 #1 a_b {x} \\n ^ ~ one\nline"));
        Citation odd = new Citation("A {B} & C", "X_Y", "2026-01-01", "1", "https://e.org/a%20b#c", "");
        String bib = odd.bibtex();
        assertTrue(bib.contains("title = {{A \\{B\\} \\& C}},"), bib);
        assertTrue(bib.contains("author = {{X\\_Y}},"), bib);
        assertTrue(bib.contains("url = {https://e.org/a\\%20b\\#c},"), bib);
        long open = bib.chars().filter(c -> c == '{').count() - bib.split("\\\\\\{", -1).length + 1;
        long close = bib.chars().filter(c -> c == '}').count() - bib.split("\\\\\\}", -1).length + 1;
        assertEquals(open, close, "unescaped braces balance: " + bib);
    }

    @Test
    void cslJsonReadsBackWithQuotesBackslashesAndControlCharacters() {
        Citation odd = new Citation(
                "The \"graph\" \\ of\nlines",
                "A \"B\"",
                "2026-12-02",
                "0.1.0+data.x",
                "https://w3id.org/gcmkg/",
                "tab\there");
        try (JsonReader reader = Json.createReader(new StringReader(odd.cslJson()))) {
            JsonArray items = reader.readArray();
            assertEquals(1, items.size());
            JsonObject item = items.getJsonObject(0);
            assertEquals("dataset", item.getString("type"));
            assertEquals("The \"graph\" \\ of\nlines", item.getString("title"));
            assertEquals("A \"B\"", item.getJsonArray("author").getJsonObject(0).getString("literal"));
            assertEquals("tab\there", item.getString("note"));
            assertEquals("0.1.0+data.x", item.getString("version"));
            assertEquals(
                    2026,
                    item.getJsonObject("issued")
                            .getJsonArray("date-parts")
                            .getJsonArray(0)
                            .getInt(0));
        }
    }

    @Test
    void theSameCitationIsWrittenTheSameWay() {
        assertEquals(PLAIN.cslJson(), PLAIN.cslJson());
        assertEquals(PLAIN.bibtex(), PLAIN.bibtex());
    }
}
