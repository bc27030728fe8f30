package org.gcmkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.gcmkg.graph.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The search page in headless Chromium against the real server: phrases, one hit per resource, type filters,
 * true totals and pages, each checked against what the endpoint's text index answers.
 */
class SearchBrowserIT {
    static final String PREFIXES = """
                                   PREFIX text: <http://jena.apache.org/text#>
                                   PREFIX gcm: <https://w3id.org/gcmkg/ontology#>
                                   PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                                   """;

    @RegisterExtension
    static final BrowserExtension web = new BrowserExtension();

    static List<String> column(String query) {
        List<String> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecutionHTTP.service(web.server().endpointUrl())
                .query(PREFIXES + query)
                .build()) {
            ResultSet rows = qe.execSelect();
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                out.add(row.get(rows.getResultVars().get(0)).toString());
            }
        }
        return out;
    }

    static long count(String query) {
        return Long.parseLong(column(query).get(0).replaceAll("\\^\\^.*", "").replace("\"", ""));
    }

    /**
     * A search from the English search page (a test in Spanish leaves the choice in the cookie), once its answer
     * has loaded: submitting a form does not wait for the page it leads to.
     */
    static void search(String words) {
        web.browser().get(web.root() + "/search?lang=en");
        WebElement box = web.browser().findElement(By.id("q"));
        box.sendKeys(words);
        box.submit();
        web.await(30)
                .until(b -> b.getCurrentUrl().contains("q=")
                        && "complete".equals(web.browser().executeScript("return document.readyState;"))
                        && !b.findElements(By.id("total")).isEmpty());
    }

    static long total() {
        return Long.parseLong(web.browser().findElement(By.id("total")).getText());
    }

    static List<String> hrefs() {
        return web.browser().findElements(By.cssSelector("ol.hits a.hit")).stream()
                .map(a -> a.getDomProperty("href"))
                .toList();
    }

    @Test
    void aPhraseListsTheProgramOnceAndFirst() {
        List<String> programs = column(
                "SELECT ?p WHERE { ?p a gcm:Program ; rdfs:label ?l FILTER(CONTAINS(STR(?l), \"Grupos Beta\")) } GROUP BY ?p");
        assertEquals(1, programs.size(), programs.toString());
        String program = web.root() + "/" + programs.get(0).substring(Iris.DEFAULT_BASE.length());
        long expected = count(
                "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s text:query (\"\\\"grupos beta\\\"\" 100000) FILTER(isIRI(?s)) }");
        search("\"Grupos Beta\"");
        assertEquals(expected, total());
        List<String> all = new ArrayList<>(hrefs());
        assertEquals(program, all.get(0));
        assertEquals(
                "program",
                web.browser().findElement(By.cssSelector("ol.hits li .type")).getText());
        List<String> marked =
                web.browser().findElements(By.cssSelector("ol.hits li:first-child .snippet mark")).stream()
                        .map(m -> m.getText().toLowerCase(Locale.ROOT))
                        .toList();
        assertTrue(marked.containsAll(List.of("grupos", "beta")), marked.toString());
        while (!web.browser().findElements(By.cssSelector(".pages a[rel=next]")).isEmpty()) {
            web.browser().findElement(By.cssSelector(".pages a[rel=next]")).click();
            all.addAll(hrefs());
        }
        assertEquals(expected, all.size());
        assertEquals(all.size(), all.stream().distinct().count(), "one hit per resource: " + all);
        @SuppressWarnings("unchecked")
        List<String> shown = (List<String>)
                web.browser().executeScript("return [...document.querySelectorAll('main a')].map(a => a.innerText);");
        for (String text : shown) {
            assertFalse(text.startsWith("http") || text.contains("#"), "an IRI as link text: " + text);
        }
    }

    @Test
    void everyWordMustOccurAndTheTotalIsTrue() {
        long both = count(
                "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s text:query (\"trata AND personas\" 100000) FILTER(isIRI(?s)) }");
        long either = count(
                "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s text:query (\"trata OR personas\" 100000) FILTER(isIRI(?s)) }");
        assertTrue(both < either, both + " " + either);
        search("trata personas");
        assertEquals(both, total());
        assertEquals(SearchServlet.PAGE_SIZE, hrefs().size());
        assertTrue(web.browser()
                .findElement(By.cssSelector(".pages"))
                .getText()
                .contains("page 1 of " + ((both + 19) / 20)));
        web.browser().findElement(By.cssSelector(".pages a[rel=next]")).click();
        assertEquals("21", web.browser().findElement(By.cssSelector("ol.hits")).getDomAttribute("start"));
    }

    @Test
    void aTypeFilterKeepsThatTypeWithItsTrueCount() {
        long programs = count(
                "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s text:query (\"migrantes\" 100000) . ?s a gcm:Program }");
        search("migrantes");
        WebElement facet = web.browser().findElements(By.cssSelector(".facets a")).stream()
                .filter(a -> a.getText().startsWith("program ("))
                .findFirst()
                .orElseThrow();
        assertEquals("program (" + programs + ")", facet.getText());
        facet.click();
        assertEquals(programs, total());
        web.browser()
                .findElements(By.cssSelector("ol.hits .type"))
                .forEach(t -> assertTrue(t.getText().contains("program"), t.getText()));
    }

    static String label(String iri, String lang) {
        return column("SELECT ?l WHERE { <" + iri + "> rdfs:label ?l FILTER(lang(?l) = \"" + lang
                        + "\") } ORDER BY ?l LIMIT 1")
                .get(0)
                .replaceAll("^\"(.*)\"@" + lang + "$", "$1")
                .strip();
    }

    @Test
    void hitsAndTypesAreNamedInThePagesLanguage() {
        String program = Iris.DEFAULT_BASE + "id/program/grupos-beta";
        String href = web.root() + "/id/program/grupos-beta";
        long total = count(
                "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s text:query (\"\\\"grupos beta\\\"\" 100000) FILTER(isIRI(?s)) }");
        long programs = count(
                "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s text:query (\"\\\"grupos beta\\\"\" 100000) . ?s a gcm:Program }");
        long shown = Math.min(total, SearchServlet.PAGE_SIZE);
        long pages = (total + SearchServlet.PAGE_SIZE - 1) / SearchServlet.PAGE_SIZE;
        for (String lang : List.of("en", "es")) {
            Messages m = Messages.of(lang);
            web.browser().get(web.root() + "/search?q=%22grupos+beta%22&lang=" + lang);
            assertEquals(lang, web.browser().findElement(By.tagName("html")).getDomAttribute("lang"));
            assertEquals(
                    m.get("search_title"),
                    web.browser().findElement(By.cssSelector("main h1")).getText());
            assertEquals(
                    m.get("search_words_label"),
                    web.browser().findElement(By.cssSelector("label[for=q]")).getText());
            WebElement hit = web.browser().findElement(By.cssSelector("ol.hits a.hit[href='/id/program/grupos-beta']"));
            assertEquals(href, hit.getDomProperty("href"));
            assertEquals(label(program, lang), hit.getText());
            String programType = label("https://w3id.org/gcmkg/ontology#Program", lang);
            assertEquals(
                    programType,
                    hit.findElement(By.xpath("following-sibling::span[@class='type']"))
                            .getText());
            assertTrue(
                    web.browser().findElements(By.cssSelector(".facets a")).stream()
                            .anyMatch(a -> a.getText().equals(programType + " (" + programs + ")")),
                    programType + " (" + programs + ")");
            assertEquals(
                    total + " " + m.get("search_found") + m.format("search_shown", 1, shown),
                    web.browser().findElement(By.id("hit-count")).getText());
            assertEquals(
                    m.format("search_page_of", 1, pages),
                    web.browser().findElement(By.cssSelector(".pages span")).getText());
        }
    }

    @Test
    void aHitWithoutAnEnglishLabelShowsItsSpanishOneOnAnEnglishPage() {
        List<String> found = column(
                "SELECT ?p WHERE { ?p a gcm:Program ; rdfs:label ?l FILTER(lang(?l) = \"es\") "
                        + "FILTER(!CONTAINS(?l, '\"')) FILTER NOT EXISTS { ?p rdfs:label ?e FILTER(lang(?e) = \"en\") } } ORDER BY ?p LIMIT 1");
        String program = found.get(0);
        String spanish = label(program, "es");
        web.browser()
                .get(web.root() + "/search?lang=en&q="
                        + URLEncoder.encode("\"" + spanish + "\"", StandardCharsets.UTF_8));
        WebElement hit = web.browser()
                .findElement(
                        By.cssSelector("ol.hits a.hit[href='/" + program.substring(Iris.DEFAULT_BASE.length()) + "']"));
        assertEquals(spanish, hit.getText());
    }

    @Test
    void aBadPageIsSaidInThePagesLanguage() {
        for (String lang : List.of("en", "es")) {
            web.browser().get(web.root() + "/search?q=trata&page=x&lang=" + lang);
            assertEquals(
                    Messages.of(lang).format("search_error_page", "x"),
                    web.browser().findElement(By.id("search-error")).getText());
        }
    }

    @Test
    void noSeriousAccessibilityViolationAndNoSidewaysScrollAt400Pixels() throws Exception {
        web.browser().manage().window().setSize(new Dimension(1400, 900));
        search("trata");
        List<String> violations = BrowserSession.seriousViolations(web.browser());
        assertTrue(violations.isEmpty(), String.join("\n", violations));
        web.browser().manage().window().setSize(new Dimension(400, 900));
        web.browser().get(web.root() + "/search?q=trata");
        assertFalse(BrowserSession.scrollsSideways(web.browser()), "the search page scrolls sideways at 400 px");
    }
}
