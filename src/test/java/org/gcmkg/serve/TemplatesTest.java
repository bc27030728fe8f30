package org.gcmkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The page frame (layout.mustache), through a test template that puts raw markup in it. */
class TemplatesTest {

    @Test
    void aTitleIsEscapedWhereThePageFrameWritesIt() {
        String html = Templates.render("page", Map.of("lang", "en", "title", "<b>\"A&B\"</b>", "body", "<p>x</p>"));
        assertTrue(html.contains("<title>&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt; · gcmkg</title>"), html);
    }

    @Test
    void thePageFrameDeclaresTheLanguageItIsGiven() {
        String html = Templates.render("page", Map.of("lang", "en", "title", "t", "body", ""));
        assertTrue(html.contains("<html lang=\"en\">"), html);
    }

    @Test
    void markupAServletAlreadyEscapedIsWrittenOnceInsideMain() {
        String html = Templates.render("page", Map.of("lang", "es", "title", "t", "body", "<p>&lt;x&gt;</p>"));
        assertEquals(1, html.split("<p>&lt;x&gt;</p>", -1).length - 1, html);
        assertTrue(html.indexOf("<main id=\"main\"") < html.indexOf("<p>&lt;x&gt;</p>"), html);
    }

    @Test
    void aPageGivenNoWordsIsFramedInEnglishWithASkipLinkAndAFavicon() {
        String html = Templates.render("page", Map.of("title", "t", "body", ""));
        assertTrue(html.contains("<html lang=\"en\">"), html);
        assertTrue(html.contains("<a class=\"skip\" href=\"#main\">Skip to content</a>"), html);
        assertTrue(html.contains("<link rel=\"icon\" href=\"/static/favicon.svg\""), html);
    }

    @Test
    void theFrameSpeaksSpanishWhenGivenSpanishWords() {
        String html = Templates.render(
                "page",
                Map.of(
                        "lang",
                        "es",
                        "msg",
                        Messages.of("es").all(),
                        "title",
                        "t",
                        "body",
                        "",
                        "switch_href",
                        "/?lang=en"));
        assertTrue(html.contains("<html lang=\"es\">"), html);
        assertTrue(html.contains(">Saltar al contenido</a>"), html);
        assertTrue(html.contains(">Buscar</a>"), html);
    }
}
