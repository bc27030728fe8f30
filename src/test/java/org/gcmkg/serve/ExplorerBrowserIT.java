package org.gcmkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The network explorer in real headless Chromium (Debian's {@code chromium-headless-shell} and
 * {@code chromium-driver}, driven by Selenium) against the real server. Chromium is given a proxy that leads nowhere, so any request beyond
 * the local server would fail: the page must work without the internet. Expected numbers come from SPARQL
 * over the same server. {@link NetworkPagesBrowserIT} checks the languages, accessibility and narrow screens.
 */
class ExplorerBrowserIT {
    static final String UNICEF = "https://w3id.org/gcmkg/id/org/unicef-mexico";

    @RegisterExtension
    static final BrowserExtension web = new BrowserExtension();

    long sparqlCount(String query) {
        return web.data().count(query);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) web.browser()).executeScript(script, args);
    }

    long visible() {
        return ((Number) js("return gcmkgExplorer.visibleCount();")).longValue();
    }

    void open(String fragment) {
        ExplorerPages.open(web.browser(), web.root() + "/explore?lang=en" + fragment);
    }

    @Test
    void rendersTheNodesOfTheFullNetworkWithNothingBeyondTheLocalServer() throws Exception {
        open("");
        long expected =
                sparqlCount("SELECT (COUNT(?m) AS ?n) WHERE { ?m gcm:inProjection <" + ExplorerPages.FULL + "> }");
        assertTrue(expected > 200, "nodes of the full network: " + expected);
        assertEquals(expected, visible());
        assertEquals(
                String.valueOf(expected),
                web.browser().findElement(By.id("node-count")).getText());
        @SuppressWarnings("unchecked")
        List<String> resources = (List<String>) js("return performance.getEntriesByType('resource').map(e => e.name);");
        assertTrue(resources.stream().anyMatch(u -> u.contains("/webjars/cytoscape/")), resources.toString());
        for (String url : resources) {
            assertTrue(url.startsWith(web.root() + "/"), "only the local server is asked: " + url);
        }
        assertEquals(
                6L,
                ((Number) js("return document.querySelectorAll('#legend li').length;")).longValue(),
                "a legend entry per kind");
    }

    @Test
    void filteringToOneObjectiveShowsWhatSparqlSays() {
        open("");
        long expected = sparqlCount("SELECT (COUNT(?x) AS ?n) WHERE " + ExplorerPages.OBJECTIVE_10_NODES);
        long all = visible();
        new Select(web.browser().findElement(By.id("objective"))).selectByValue("10");
        assertEquals(expected, visible(), "objective 10");
        assertTrue(expected < all / 4, expected + " of " + all);
        assertTrue(
                web.browser().getCurrentUrl().contains("objective=10"),
                "the filter is in the URL: " + web.browser().getCurrentUrl());

        web.browser().findElement(By.id("kind-place")).click();
        long places = sparqlCount(
                "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?p gcm:addresses <https://w3id.org/gcmkg/id/objective/10> ; "
                        + "gcm:locatedIn ?x . ?x a gcm:Place }");
        assertEquals(expected - places, visible(), "places hidden");
    }

    @Test
    void searchingForUnicefSelectsItAndClickingShowsItsSourceSentences() {
        open("");
        WebElement search = web.browser().findElement(By.id("search"));
        search.sendKeys("UNICEF");
        web.browser().findElement(By.id("search-button")).click();
        new WebDriverWait(web.browser(), Duration.ofSeconds(30), Duration.ofMillis(100))
                .until(d -> UNICEF.equals(
                        js("const s = gcmkgExplorer.cy.$('node:selected'); return s.length ? s[0].id() : null;")));
        assertTrue(
                web.browser().getCurrentUrl().contains("node="), web.browser().getCurrentUrl());

        // a real click on another node, where Cytoscape drew it
        String inm = "https://w3id.org/gcmkg/id/org/inm";
        clickUntilLoaded(inm);
        clickUntilLoaded(UNICEF);
        List<WebElement> quotes = web.browser().findElements(By.cssSelector("#details blockquote.quote"));
        long expected = sparqlCount("PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX oa: <http://www.w3.org/ns/oa#> "
                + "SELECT (COUNT(DISTINCT ?q) AS ?n) WHERE { <" + UNICEF + "> prov:wasDerivedFrom ?s . "
                + "?s oa:hasSelector ?x . ?x a oa:TextQuoteSelector ; oa:exact ?q }");
        assertEquals(expected, quotes.size());
        assertTrue(quotes.stream().allMatch(q -> q.getText().contains("UNICEF")), "each sentence names UNICEF");
        String link = web.browser()
                .findElement(By.cssSelector("#details a.source-link"))
                .getDomAttribute("href");
        assertTrue(link.startsWith("/source/informe-pmm-mexico-2018.md#L"), link);
        assertEquals(
                "/id/org/unicef-mexico",
                web.browser()
                        .findElement(By.cssSelector("#details a.node-page"))
                        .getDomAttribute("href"));
    }

    /**
     * Clicks a node where Cytoscape drew it until its details load: on a busy machine the view may still move
     * the node between reading its position and the click, so a click can land beside it (up to three tries).
     */
    private void clickUntilLoaded(String iri) {
        for (int attempt = 1; ; attempt++) {
            clickNode(iri);
            try {
                new WebDriverWait(web.browser(), Duration.ofSeconds(15), Duration.ofMillis(100))
                        .until(d -> iri.equals(d.findElement(By.id("details")).getDomAttribute("data-loaded")));
                return;
            } catch (TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private void clickNode(String iri) {
        // selecting a node (by the search, or by the click before) centres the view on it in a 200 ms animation,
        // which would move the node after its position is read: click once the view stands still
        new WebDriverWait(web.browser(), Duration.ofSeconds(15), Duration.ofMillis(50))
                .until(d -> Boolean.FALSE.equals(js("return gcmkgExplorer.cy.animated();")));
        @SuppressWarnings("unchecked")
        Map<String, Object> at = (Map<String, Object>) js(
                "const n = gcmkgExplorer.cy.getElementById(arguments[0]);"
                        + "gcmkgExplorer.cy.center(n); const p = n.renderedPosition();"
                        + "const c = document.getElementById('cy').getBoundingClientRect();"
                        + "return {x: p.x - c.width / 2, y: p.y - c.height / 2};",
                iri);
        new Actions(web.browser())
                .moveToElement(
                        web.browser().findElement(By.id("cy")),
                        (int) Math.round(((Number) at.get("x")).doubleValue()),
                        (int) Math.round(((Number) at.get("y")).doubleValue()))
                .click()
                .perform();
    }

    @Test
    void theViewIsInItsLinkAndDownloadsAsPngAndGraphml() throws Exception {
        open("#objective=7&measure=degree&layout=concentric");
        assertEquals(
                "7",
                new Select(web.browser().findElement(By.id("objective")))
                        .getFirstSelectedOption()
                        .getDomAttribute("value"));
        assertEquals(
                "degree",
                new Select(web.browser().findElement(By.id("measure")))
                        .getFirstSelectedOption()
                        .getDomAttribute("value"));
        long shown = visible();
        String graphml = (String) js("return gcmkgExplorer.graphml();");
        Graph<String, DefaultEdge> g =
                new SimpleGraph<>(SupplierUtil.createStringSupplier(), SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        importer.importGraph(g, new StringReader(graphml));
        assertEquals(shown, g.vertexSet().size(), "the GraphML download holds the view");
        assertEquals(
                Long.parseLong(web.browser().findElement(By.id("edge-count")).getText()),
                g.edgeSet().size());
        String png = (String) js("return gcmkgExplorer.cy.png({full: true});");
        assertTrue(png.startsWith("data:image/png;base64,"), png.substring(0, 40));

        String link = web.browser().findElement(By.id("share")).getDomAttribute("href");
        open(link.substring(link.indexOf('#')));
        assertEquals(shown, visible(), "the link reproduces the view");
    }
}
