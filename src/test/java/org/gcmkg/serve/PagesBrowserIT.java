package org.gcmkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The pages for people in real headless Chromium against the real server: labels instead of IRIs, the objective
 * summary, what each language says beyond the frame, the keyboard, and conditional requests (the frame in both
 * languages and the 400 px screen are {@link LanguagesBrowserIT}'s, for every kind of page). Expected numbers come from SPARQL over
 * the same server.
 */
class PagesBrowserIT {
    /** The prefixes gcm: and rdfs:, for queries (PagesHttpIT's too). */
    static final String GCM = ExplorerPages.PREFIXES;

    static final String OBJECTIVE_10 = "https://w3id.org/gcmkg/id/objective/10";
    /** Link text that is an IRI of the data, or holds a content hash (a figure's, an action's, a span's). */
    static final Pattern HASH_IRI = Pattern.compile("https?://w3id\\.org/gcmkg/id/.*|.*\\b[0-9a-f]{12,}\\b.*");

    @RegisterExtension
    static final BrowserExtension web = new BrowserExtension();

    static String figurePath;

    @BeforeAll
    static void start() {
        figurePath = path(select("SELECT ?f WHERE { ?f a gcm:ReportedFigure ; gcm:underObjective <" + OBJECTIVE_10
                        + "> ; gcm:periodText ?p } ORDER BY ?f LIMIT 1")
                .get(0)
                .getResource("f")
                .getURI());
    }

    static String path(String iri) {
        return iri.substring("https://w3id.org/gcmkg".length());
    }

    /** The rows of a SELECT over the server, with the prefixes gcm: and rdfs:. */
    static List<QuerySolution> select(String query) {
        return web.data().select(query);
    }

    static long count(String query) {
        return web.data().count(query);
    }

    static String label(String iri, String lang) {
        return select("SELECT ?l WHERE { <" + iri + "> rdfs:label ?l FILTER(lang(?l) = '" + lang
                        + "') } ORDER BY ?l LIMIT 1")
                .get(0)
                .getLiteral("l")
                .getLexicalForm()
                .strip();
    }

    void open(String pathAndQuery) {
        web.browser().get(web.root() + pathAndQuery);
    }

    String text(String css) {
        return web.browser().findElement(By.cssSelector(css)).getText().strip();
    }

    List<String> headings() {
        return web.browser().findElements(By.cssSelector("main h2")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The pages of each kind rendered from templates. */
    static List<String> pages() {
        return List.of(
                "/",
                OBJECTIVE_10.substring("https://w3id.org/gcmkg".length()),
                "/id/program/grupos-beta",
                "/id/org/inm",
                figurePath,
                "/id/gcm",
                "/id/dataset",
                "/sdg/8.7",
                "/ontology");
    }

    @Test
    void noLinkShowsAnIriOfTheDataOnObjectiveProgramOrganizationAndFigurePages() {
        for (String page : List.of(path(OBJECTIVE_10), "/id/program/grupos-beta", "/id/org/inm", figurePath)) {
            open(page + "?lang=en");
            // the rendered text and target of every link, read in one call rather than two per link
            @SuppressWarnings("unchecked")
            List<List<String>> links = (List<List<String>>)
                    web.browser()
                            .executeScript(
                                    "return [...document.querySelectorAll('main a')].map(a => [a.innerText, a.getAttribute('href')]);");
            assertFalse(links.isEmpty(), page);
            for (List<String> a : links) {
                String shown = a.get(0).strip();
                assertFalse(shown.isEmpty(), page + ": an empty link to " + a.get(1));
                assertFalse(HASH_IRI.matcher(shown).matches(), page + ": link text " + shown);
            }
            assertFalse(HASH_IRI.matcher(text("h1")).matches(), page + ": heading " + text("h1"));
        }
    }

    @Test
    void anObjectivePageTabulatesExactlyItsFiguresWithTheirPeriods() {
        open(path(OBJECTIVE_10) + "?lang=en");
        long figures = count("SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { ?f a gcm:ReportedFigure ; gcm:underObjective <"
                + OBJECTIVE_10 + "> }");
        long dated = count("SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { ?f a gcm:ReportedFigure ; gcm:underObjective <"
                + OBJECTIVE_10 + "> FILTER EXISTS { ?f gcm:periodText|gcm:periodStart|gcm:periodEnd|gcm:asOf ?p } }");
        List<WebElement> rows = web.browser().findElements(By.cssSelector("table.figures tbody tr"));
        assertEquals(figures, rows.size());
        assertEquals(
                dated,
                web.browser().findElements(By.cssSelector("table.figures td.period")).stream()
                        .filter(td -> !td.getText().isBlank())
                        .count());
        assertEquals(
                figures,
                web.browser()
                        .findElements(By.cssSelector("table.figures a.source-link"))
                        .size());
        assertTrue(web.browser()
                .findElement(By.cssSelector("table.figures a.source-link"))
                .getDomAttribute("href")
                .matches("/source/informe-pmm-mexico-2018\\.md#L\\d+"));
        long programs = count(
                "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a gcm:Program ; gcm:addresses <" + OBJECTIVE_10 + "> }");
        assertEquals(
                programs,
                web.browser().findElements(By.cssSelector("ul.programs > li")).size());
        long goals = count(
                "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { ?g a gcm:FutureGoal ; gcm:goalOf <" + OBJECTIVE_10 + "> }");
        assertEquals(
                goals,
                web.browser().findElements(By.cssSelector("ul.goals > li")).size());
        List<String> sdg = web.browser().findElements(By.cssSelector("ul.sdg a")).stream()
                .map(a -> a.getText().split(" ", 2)[0])
                .toList();
        assertEquals(List.of("16.2", "5.2", "8.7"), sdg);
        assertEquals("10", text("dd.number"));
        assertEquals(label(OBJECTIVE_10, "es"), text("dd[lang=es]"));
        assertEquals(label(OBJECTIVE_10, "en"), text("dd[lang=en]"));
    }

    @Test
    void theObjectiveSchemeListsTheObjectivesOnceInOrder() {
        open("/id/gcm?lang=en");
        List<String> hrefs = web.browser().findElements(By.cssSelector("main a[href^='/id/objective/']")).stream()
                .map(a -> a.getDomAttribute("href"))
                .toList();
        List<String> expected = new ArrayList<>();
        for (int n = 1; n <= 23; n++) {
            expected.add("/id/objective/" + n);
        }
        assertEquals(expected, hrefs);
    }

    /**
     * What the pages say beyond their frame, in each language. The frame itself (the language declared, the skip
     * link, the language switch, the menu) and the 400 px screen are checked for every kind of page, these
     * included, by {@link LanguagesBrowserIT}.
     */
    @Test
    void englishPagesSpeakEnglishAndSpanishPagesSpanish() {
        open(path(OBJECTIVE_10) + "?lang=en");
        assertEquals(label(OBJECTIVE_10, "en"), text("h1"));
        assertEquals(
                List.of("Properties"),
                headings().stream().filter(h -> h.startsWith("Prop")).toList());
        assertTrue(
                headings().stream().anyMatch(h -> h.startsWith("Figures (")),
                headings().toString());
        open(path(OBJECTIVE_10) + "?lang=es");
        assertEquals(label(OBJECTIVE_10, "es"), text("h1"));
        assertTrue(
                headings().stream().anyMatch(h -> h.startsWith("Cifras (")),
                headings().toString());
        assertTrue(headings().contains("Propiedades"), headings().toString());
        open("/id/program/grupos-beta?lang=en");
        assertEquals(label("https://w3id.org/gcmkg/id/program/grupos-beta", "en"), text("h1"));
        assertTrue(text("table.properties").contains("addresses"));
        open("/id/program/grupos-beta?lang=es");
        assertEquals(label("https://w3id.org/gcmkg/id/program/grupos-beta", "es"), text("h1"));
        assertTrue(text("table.properties").contains("atiende"));
        open(figurePath + "?lang=en");
        assertTrue(text("table.properties").contains("under objective"));
        open(figurePath + "?lang=es");
        assertTrue(text("table.properties").contains("bajo el objetivo"));
        open("/?lang=en");
        assertEquals("Cite this dataset", text("#cite-h"));
        open("/?lang=es");
        assertEquals("Citar este conjunto de datos", text("#cite-h"));
    }

    @Test
    void theChoiceIsRememberedAndTheSwitchLinkGoesToTheOtherLanguage() {
        open("/id/org/inm?lang=es");
        open("/id/org/inm");
        assertEquals("es", web.browser().findElement(By.tagName("html")).getDomAttribute("lang"));
        web.browser().findElement(By.cssSelector("a.lang-switch")).click();
        assertEquals("en", web.browser().findElement(By.tagName("html")).getDomAttribute("lang"));
        assertTrue(
                web.browser().getCurrentUrl().endsWith("/id/org/inm?lang=en"),
                web.browser().getCurrentUrl());
    }

    @Test
    void theLandingPageStatesOneVersionAndExplainedCounts() {
        open("/?lang=en");
        String version = web.server().current().release();
        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+\\+data\\.[0-9a-f]{12}"), version);
        assertEquals(version, text("footer .version"));
        assertEquals(String.valueOf(web.server().current().triples()), text("#served-triples"));
        long dumped = count("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } "
                + "FILTER(?g NOT IN (<https://w3id.org/gcmkg/ontology>, <https://w3id.org/gcmkg/graph/void>)) } }");
        assertEquals(String.valueOf(dumped), text("#dump-triples"));
        assertTrue(text("#bibtex").contains("version = {" + version + "}"), text("#bibtex"));
        WebElement search = web.browser().findElement(By.id("landing-q"));
        assertEquals(
                "landing-q",
                web.browser()
                        .findElement(By.cssSelector("label[for=landing-q]"))
                        .getDomAttribute("for"));
        assertTrue(search.isDisplayed());
        assertEquals(
                "/static/favicon.svg",
                web.browser().findElement(By.cssSelector("link[rel=icon]")).getDomAttribute("href"));
    }

    @Test
    void theFirstTabReachesTheSkipLinkAndEveryInputHasALabel() {
        for (String page : pages()) {
            open(page + "?lang=en");
            web.browser().findElement(By.tagName("body")).sendKeys(Keys.TAB);
            WebElement focused = web.browser().switchTo().activeElement();
            assertEquals("skip", focused.getDomAttribute("class"), page);
            assertEquals("#main", focused.getDomAttribute("href"), page);
            for (WebElement input :
                    web.browser().findElements(By.cssSelector("main input, main select, main textarea"))) {
                String id = input.getDomAttribute("id");
                assertFalse(
                        web.browser()
                                .findElements(By.cssSelector("label[for='" + id + "']"))
                                .isEmpty(),
                        page + ": " + id);
            }
        }
    }
}
