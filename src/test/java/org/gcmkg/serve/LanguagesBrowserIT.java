package org.gcmkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.QuerySolution;
import org.gcmkg.graph.Iris;
import org.gcmkg.pipeline.BuildConfig;
import org.gcmkg.query.QueryLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/**
 * Every kind of page in English and in Spanish, in headless Chromium against the real server: the language the
 * page declares, its heading and the words of its frame and body from {@link Messages}, no sideways scrolling at
 * 400 px, and no serious or critical accessibility violation. Labels and counts are asked of the endpoint.
 */
class LanguagesBrowserIT {
    static final String REPORT = "informe-pmm-mexico-2018.md";

    @RegisterExtension
    static final BrowserExtension web = new BrowserExtension();

    static String figurePath;

    @BeforeAll
    static void start() {
        figurePath =
                path(select("SELECT ?f WHERE { ?f a gcm:ReportedFigure ; gcm:underObjective/gcm:objectiveNumber 10 } "
                                + "ORDER BY ?f LIMIT 1")
                        .get(0)
                        .getResource("f")
                        .getURI());
    }

    @BeforeEach
    void wide() {
        web.browser().manage().window().setSize(new Dimension(1400, 900));
    }

    static String path(String iri) {
        return iri.substring("https://w3id.org/gcmkg".length());
    }

    /** The rows of a SELECT over the server, with the prefixes gcm: and rdfs:. */
    static List<QuerySolution> select(String query) {
        return web.data().select(query);
    }

    /** The label a page shows: in the language asked for, else in the other, else without one; by property. */
    static String label(String path, String lang) {
        String other = lang.equals("en") ? "es" : "en";
        return select("SELECT ?l WHERE { VALUES (?p ?rank) { (<http://www.w3.org/2004/02/skos/core#prefLabel> 1) "
                        + "(rdfs:label 2) (<http://purl.org/dc/terms/title> 3) } <https://w3id.org/gcmkg" + path
                        + "> ?p ?l } "
                        + "ORDER BY DESC(lang(?l) = '" + lang + "') DESC(lang(?l) = '" + other + "') ?rank ?l LIMIT 1")
                .get(0)
                .getLiteral("l")
                .getLexicalForm()
                .strip();
    }

    static long count(String query) {
        QuerySolution row = select(query).get(0);
        return row.getLiteral(row.varNames().next()).getLong();
    }

    /**
     * A page that describes one resource: its heading (null where not checked) and its table of properties, whose
     * first column is headed by the word for "property".
     */
    static Arguments resourcePage(String kind, String path, String lang, String h1) {
        return Arguments.of(
                kind,
                path,
                lang,
                h1,
                "table.properties th[scope=col]",
                Messages.of(lang).get("property"));
    }

    /** The page kinds: name, path, and what to check beside the frame (a CSS selector and its text, by language). */
    static Stream<Arguments> kinds() {
        List<Arguments> all = new ArrayList<>();
        for (String lang : List.of("en", "es")) {
            Messages m = Messages.of(lang);
            long trata = count("PREFIX text: <http://jena.apache.org/text#> SELECT (COUNT(DISTINCT ?s) AS ?n) "
                    + "WHERE { ?s text:query (\"trata\" 100000) FILTER(isIRI(?s)) }");
            long examples;
            long reportLines;
            try {
                reportLines = Files.readAllLines(BuildConfig.defaults(Path.of("")).reports().stream()
                                .filter(r -> r.getFileName().toString().equals(REPORT))
                                .findFirst()
                                .orElseThrow())
                        .size();
                examples = QueryLibrary.load(ServerSettings.defaults(List.of(), Iris.DEFAULT_BASE)
                                .queriesDir())
                        .size();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            all.add(Arguments.of("landing", "/", lang, m.get("landing_h1"), "#cite-h", m.get("cite_h2")));
            all.add(Arguments.of(
                    "objective",
                    "/id/objective/10",
                    lang,
                    label("/id/objective/10", lang),
                    "h2#figures",
                    m.get("figures") + " ("
                            + count("SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { "
                                    + "?f a gcm:ReportedFigure ; gcm:underObjective/gcm:objectiveNumber 10 }")
                            + ")"));
            all.add(resourcePage("program", "/id/program/grupos-beta", lang, label("/id/program/grupos-beta", lang)));
            all.add(resourcePage("organization", "/id/org/inm", lang, label("/id/org/inm", lang)));
            all.add(resourcePage("figure", figurePath, lang, null));
            all.add(Arguments.of(
                    "search",
                    "/search?q=trata",
                    lang,
                    m.get("search_title"),
                    ".pages span",
                    m.format("search_page_of", 1, (trata + SearchServlet.PAGE_SIZE - 1) / SearchServlet.PAGE_SIZE)));
            all.add(Arguments.of(
                    "query",
                    "/query",
                    lang,
                    m.get("query_title"),
                    "#examples-heading",
                    m.get("query_examples") + " (" + examples + ")"));
            all.add(Arguments.of(
                    "source",
                    "/source/" + REPORT,
                    lang,
                    m.get("source_h1") + ": " + REPORT,
                    "pre.source span.line:last-child a.n",
                    String.valueOf(reportLines)));
            all.add(resourcePage("dataset", "/id/dataset", lang, label("/id/dataset", lang)));
            all.add(Arguments.of("cite", "/id/dataset", lang, label("/id/dataset", lang), "#cite-h", m.get("cite_h2")));
            all.add(resourcePage("scheme", "/id/gcm", lang, label("/id/gcm", lang)));
            all.add(resourcePage("sdg-target", "/sdg/8.7", lang, null));
            all.add(resourcePage("ontology", "/ontology", lang, null));
            all.add(Arguments.of(
                    "not-found",
                    "/id/no-such-thing",
                    lang,
                    m.get("not_found"),
                    "main p:last-child",
                    m.get("not_found_text")));
        }
        return all.stream();
    }

    static void open(String pathAndQuery, String lang) {
        web.browser().get(web.root() + pathAndQuery + (pathAndQuery.contains("?") ? "&" : "?") + "lang=" + lang);
        if (pathAndQuery.startsWith("/query")) {
            web.await(60)
                    .until(b -> web.browser()
                            .executeScript("return !!(window.gcmWorkbench && gcmWorkbench.getTab().getYasqe()) "
                                    + "&& !!document.querySelector('.gcm-add-tab');"));
        }
    }

    static String text(String css) {
        return web.browser().findElement(By.cssSelector(css)).getText().strip();
    }

    /**
     * Each kind of page, loaded once on a 400 px screen, where it must not scroll sideways; then the same page
     * widened to 1400 px, where its words are read. (Widening re-lays the page out from its style sheets; the
     * narrow check is the one that needs the page loaded at that width, as a phone would.)
     */
    @ParameterizedTest(name = "{0} {1} in {2}")
    @MethodSource("kinds")
    void everyPageKindSpeaksTheLanguageAskedForAndFitsA400PixelScreen(
            String kind, String path, String lang, String h1, String css, String expected) {
        Messages m = Messages.of(lang);
        web.browser().manage().window().setSize(new Dimension(400, 900));
        open(path, lang);
        if (kind.equals("query")) {
            // a tab named after a long example title must not widen the page either
            web.openBarChartExample();
        }
        List<?> widths = (List<?>) web.browser()
                .executeScript("return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
        long scroll = ((Number) widths.get(0)).longValue();
        long client = ((Number) widths.get(1)).longValue();
        assertTrue(client <= 400, "the window is narrow: " + client);
        assertTrue(
                scroll <= client,
                () -> path + "?lang=" + lang + " is " + scroll + " px wide in " + client + ": "
                        + web.browser()
                                .executeScript(
                                        "return [...document.querySelectorAll('body *')].filter(e => "
                                                + "e.getBoundingClientRect().right > document.documentElement.clientWidth).slice(0, 8)"
                                                + ".map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join('; ');"));
        web.browser().manage().window().setSize(new Dimension(1400, 900));
        assertEquals(lang, web.browser().findElement(By.tagName("html")).getDomAttribute("lang"));
        assertEquals(m.get("switch_to"), text("a.lang-switch"));
        assertEquals(
                m.get("skip"),
                web.browser().findElement(By.cssSelector("a.skip")).getDomProperty("textContent"));
        assertEquals(
                List.of(
                        m.get("nav_query"),
                        m.get("nav_search"),
                        m.get("nav_explore"),
                        m.get("nav_matrix"),
                        m.get("nav_dataset"),
                        m.get("nav_ontology")),
                web.browser()
                        .executeScript("return [...document.querySelectorAll('header nav a')].map(a => a.innerText);"));
        if (h1 != null) {
            assertEquals(h1, text("main h1"));
        }
        assertEquals(expected, text(css));
    }

    static Stream<Arguments> checked() {
        return Stream.of(
                        "/",
                        "/query",
                        "/id/objective/10",
                        "/id/program/grupos-beta",
                        "/id/org/inm",
                        "figure",
                        "/search?q=trata")
                .flatMap(p -> Stream.of(Arguments.of(p, "en"), Arguments.of(p, "es")));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("checked")
    void noSeriousOrCriticalAccessibilityViolation(String path, String lang) throws Exception {
        open(path.equals("figure") ? figurePath : path, lang);
        if (path.equals("/query")) {
            // with an answer shown: the table, its controls and the views' buttons are checked too
            web.browser()
                    .executeScript(
                            "gcmWorkbench.getTab().getYasqe().setValue(arguments[0]); gcmWorkbench.getTab().getYasqe().query();",
                            "SELECT ?n WHERE { VALUES ?n { 1 2 3 } }");
            web.await(60)
                    .until(b ->
                            !b.findElements(By.cssSelector(".yasr .dt-info")).isEmpty());
        }
        List<String> violations = BrowserSession.seriousViolations(web.browser());
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }

    @Test
    void theWorkbenchScriptsSpeakThePagesLanguage() {
        for (String lang : List.of("en", "es")) {
            Messages m = Messages.of(lang);
            web.clearStorage();
            open("/query", lang);
            assertEquals(m.get("js_new_tab"), text(".gcm-add-tab"));
            assertEquals(
                    m.get("js_tab"),
                    text(".tabsList .tab a").lines().findFirst().orElse(""));
            assertEquals(
                    m.get("js_sparql_query"),
                    web.browser()
                            .findElement(By.cssSelector(".yasqe .CodeMirror textarea"))
                            .getDomAttribute("aria-label"));
            WebElement filter = web.browser().findElement(By.id("example-filter"));
            assertEquals(m.get("query_find_placeholder"), filter.getDomAttribute("placeholder"));
            filter.sendKeys("agencies");
            long shown = web.browser().findElements(By.cssSelector("#examples li.example")).stream()
                    .filter(WebElement::isDisplayed)
                    .count();
            long all = web.browser()
                    .findElements(By.cssSelector("#examples li.example"))
                    .size();
            assertEquals(m.format("js_shown_of", shown, all), text("#example-count"));
            web.browser()
                    .executeScript(
                            "gcmWorkbench.getTab().getYasqe().setValue(arguments[0]); gcmWorkbench.getTab().getYasqe().query();",
                            "SELECT ?n WHERE { VALUES ?n { 1 2 3 } }");
            web.await(60)
                    .until(b ->
                            !b.findElements(By.cssSelector(".yasr .dt-info")).isEmpty());
            assertEquals(
                    m.get("js_table_info")
                            .replace("_START_", "1")
                            .replace("_END_", "3")
                            .replace("_TOTAL_", "3"),
                    text(".yasr .dt-info"));
            assertTrue(web.browser().findElements(By.cssSelector(".yasr .yasr_btnGroup button")).stream()
                    .map(WebElement::getText)
                    .toList()
                    .contains(m.get("js_view_table")));
            String results = m.get("js_results_in").replace("{0}", "3").split("\\{1}", 2)[0];
            assertTrue(text(".yasr .yasr_response_chip").startsWith(results), text(".yasr .yasr_response_chip"));
            assertEquals(
                    m.get("view_BarChart"),
                    web.browser()
                            .findElement(By.cssSelector("#examples li[data-name='programs-per-objective'] .view"))
                            .getDomProperty("textContent"));
        }
    }

    /** The screenshots of the README (docs/screenshots/), written to target/screenshots/. */
    @Test
    void screenshotsOfTheWorkbenchAndTheSearchPage() throws Exception {
        Path out = Files.createDirectories(Path.of("target", "screenshots"));
        for (String lang : List.of("en", "es")) {
            web.clearStorage();
            open("/query", lang);
            web.openBarChartExample();
            web.browser().executeScript("window.scrollTo(0, 0);");
            Files.write(out.resolve("query-" + lang + ".png"), web.browser().getScreenshotAs(OutputType.BYTES));
            open("/search?q=trata%20de%20personas", lang);
            Files.write(out.resolve("search-" + lang + ".png"), web.browser().getScreenshotAs(OutputType.BYTES));
            assertTrue(Files.size(out.resolve("search-" + lang + ".png")) > 0);
        }
    }
}
