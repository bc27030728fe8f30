package org.gcmkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gcmkg.query.LibraryQuery;
import org.gcmkg.query.QueryLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The workbench and the landing page in English and in Spanish, in headless Chromium against the real server:
 * the curated queries' titles and questions in the page's language (and found by its words), and YASGUI's own
 * tooltips, names and menus, translated on Spanish pages and left as YASGUI writes them on English ones.
 */
class WorkbenchLanguagesBrowserIT {
    @RegisterExtension
    static final BrowserExtension web = new BrowserExtension();

    static List<LibraryQuery> library;

    @BeforeAll
    static void start() throws Exception {
        library = QueryLibrary.load(PageServer.settings().queriesDir());
    }

    /** The workbench in a language, with no tab kept from an earlier test. */
    static void openWorkbench(String lang) {
        web.clearStorage();
        web.browser().get(web.root() + "/query?lang=" + lang);
        web.await(60).until(b -> (Boolean) web.browser()
                .executeScript("return !!(window.gcmWorkbench && gcmWorkbench.getTab().getYasqe()) "
                        + "&& !!document.querySelector('.gcm-add-tab');"));
    }

    static List<String> texts(String css) {
        return web.browser().findElements(By.cssSelector(css)).stream()
                .map(e -> e.getDomProperty("textContent").strip())
                .toList();
    }

    static String attribute(String css, String name) {
        return web.browser().findElement(By.cssSelector(css)).getDomAttribute(name);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es"})
    void theCuratedQueriesAreTitledAndAskedInThePagesLanguage(String lang) {
        List<String> titles = library.stream().map(q -> q.title(lang)).toList();
        openWorkbench(lang);
        assertEquals(titles, texts("#examples .open-example"));
        assertEquals(library.stream().map(q -> q.question(lang)).toList(), texts("#examples .question"));
        // the page's language is the text's: nothing in the list says otherwise
        assertEquals(List.of(), web.browser().findElements(By.cssSelector("#examples [lang]")));
        assertEquals(
                lang.equals("es")
                        ? "Dependencias mexicanas ordenadas por su intermediación en la red de colaboración"
                        : "Mexican agencies ranked by betweenness centrality in the collaboration network",
                texts("#examples li[data-name='agencies-by-betweenness'] .open-example")
                        .get(0));
        web.browser().get(web.root() + "/?lang=" + lang);
        assertEquals(titles, texts("ul.queries a"));
        assertEquals(List.of(), web.browser().findElements(By.cssSelector("ul.queries [lang]")));
    }

    @Test
    void theExampleSearchFindsAQueryByASpanishWordOnTheSpanishPage() {
        openWorkbench("es");
        web.browser().findElement(By.id("example-filter")).sendKeys("intermediación");
        assertEquals(
                List.of("agencies-by-betweenness"),
                web.browser().findElements(By.cssSelector("#examples li.example")).stream()
                        .filter(WebElement::isDisplayed)
                        .map(li -> li.getDomAttribute("data-name"))
                        .toList());
        assertEquals("1 de " + library.size(), texts("#example-count").get(0));
    }

    /** YASGUI's words as the test reads them: where, which attribute (or the text), in English and in Spanish. */
    static final List<List<String>> YASGUI_WORDS = List.of(
            List.of(".yasqe_share", "title", "Share query", "Compartir la consulta"),
            List.of(".yasqe .yasqe_queryButton", "title", "Run query", "Ejecutar la consulta"),
            List.of(".yasr .yasr_downloadIcon", "title", "Download result", "Descargar el resultado"),
            List.of(".yasr .yasr_downloadIcon", "aria-label", "Download Results", "Descargar los resultados"),
            List.of(".yasr .select_table", "aria-label", "Shows Table view", "Muestra la vista Tabla"),
            List.of(".yasr .tableControls .switch .label", "", "Simple view", "Vista simple"),
            List.of(".yasr .tableSizer option[value='-1']", "", "All", "Todas"),
            List.of(".yasr .dt-paging-button.next", "aria-label", "Next", "Siguiente"),
            List.of(".controlbar .tabContextButton", "aria-label", "Open settings", "Abrir la configuración"),
            List.of(".controlbar .tabContextButton svg title", "", "Settings", "Configuración"),
            List.of(".tabMenu .requestConfigWrapper .label", "", "Request method", "Método de la petición"),
            List.of(".tabsList .tab .closeTab", "title", "Close tab", "Cerrar la pestaña"));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es"})
    void yasguisOwnWordsAreSpanishOnSpanishPagesAndUnchangedOnEnglishOnes(String lang) {
        openWorkbench(lang);
        web.browser()
                .executeScript(
                        "gcmWorkbench.getTab().getYasqe().setValue(arguments[0]); gcmWorkbench.getTab().getYasqe().query();",
                        "SELECT ?All WHERE { VALUES ?All { \"All\" \"Ellipse\" \"Settings\" } }");
        web.await(60)
                .until(b -> !b.findElements(By.cssSelector(".yasr .dt-info")).isEmpty());
        // the answer's own names and values, though they are words YASGUI also writes, are not translated
        String table = texts(".yasr table.dataTable").get(0);
        for (String word : List.of("All", "Ellipse", "Settings")) {
            assertTrue(table.contains(word), table);
        }
        for (String word : List.of("Todas", "Abreviar", "Configuración")) {
            assertFalse(table.contains(word), table);
        }
        int column = lang.equals("es") ? 3 : 2;
        for (List<String> word : YASGUI_WORDS) {
            assertEquals(
                    word.get(column),
                    word.get(1).isEmpty() ? texts(word.get(0)).get(0) : attribute(word.get(0), word.get(1)),
                    word.get(0) + " " + word.get(1));
        }
        assertEquals(
                lang.equals("es") ? "Mostrando del 1 al 3 de 3 filas" : "Showing 1 to 3 of 3 entries",
                texts(".yasr .dt-info").get(0));
        String chip = texts(".yasr .yasr_response_chip").get(0);
        assertEquals(
                lang.equals("es") ? "3 resultados en" : "3 results in",
                chip.replaceAll(" [\\d.]+ seconds?$| [\\d.]+ segundos$", ""),
                chip);
        // a tooltip YASGUI changes without drawing anything: the settings button's once the menu is open
        web.browser()
                .findElement(By.cssSelector(".controlbar .tabContextButton"))
                .click();
        web.await(5)
                .until(b -> (lang.equals("es") ? "Cerrar la configuración" : "Close settings")
                        .equals(attribute(".controlbar .tabContextButton", "aria-label")));
        // the tab menu, drawn on a right click
        new Actions(web.browser())
                .contextClick(web.browser().findElement(By.cssSelector(".tabsList .tab a")))
                .perform();
        web.await(5)
                .until(b ->
                        !b.findElements(By.cssSelector(".context-menu-item")).isEmpty());
        assertEquals(
                lang.equals("es")
                        ? List.of(
                                "Pestaña nueva",
                                "Cambiar el nombre",
                                "Copiar la pestaña",
                                "Cerrar la pestaña",
                                "Cerrar las demás pestañas",
                                "Reabrir la pestaña cerrada")
                        : List.of(
                                "New Tab", "Rename Tab", "Copy Tab", "Close Tab", "Close other tabs", "Undo close Tab"),
                texts(".context-menu-item"));
    }

    /**
     * The page's language (a Spanish page has {@code lang=es} in its URL) is no parameter of the queries the
     * workbench sends, which YASGUI would otherwise make of every query-string parameter it does not know (the
     * endpoint would log it as unrecognized): not from a shared link with its query, nor in the first tab of a
     * Spanish page, nor in a curated query's new tab.
     */
    @Test
    void thePagesLanguageIsNoParameterOfTheQueriesSent() {
        String query = "SELECT ?n WHERE { VALUES ?n { 1 2 3 } }";
        String sharedLink = "/query?lang=es&query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        for (String page : List.of(sharedLink, "/query?lang=es")) {
            web.clearStorage();
            web.browser().get(web.root() + page);
            web.await(60).until(b -> (Boolean)
                    web.browser().executeScript("return !!(window.gcmWorkbench && gcmWorkbench.getTab().getYasqe());"));
            // every request to the endpoint from here on, as the browser sends it
            web.browser().executeScript("""
                    window.gcmSent = [];
                    const fetched = window.fetch;
                    window.fetch = async (input, init) => {
                      const r = input instanceof Request ? input.clone() : new Request(input, init);
                      if (new URL(r.url).pathname === '/sparql') {
                        const body = await r.text();
                        const form = (r.headers.get('Content-Type') || '').startsWith('application/x-www-form-urlencoded');
                        window.gcmSent.push([r.method, r.url, body, String(new URL(r.url).searchParams.has('lang')
                          || (form && new URLSearchParams(body).has('lang')))]);
                      }
                      return fetched(input, init);
                    };
                    """);
            web.browser()
                    .executeAsyncScript("const done = arguments[arguments.length - 1];"
                            + " gcmWorkbench.getTab().getYasqe().query().then(() => done(), () => done());");
            web.openBarChartExample();
            @SuppressWarnings("unchecked")
            List<List<String>> sent = (List<List<String>>) web.browser().executeScript("return window.gcmSent;");
            assertTrue(sent.size() >= 2, page + ": " + sent);
            if (page.equals(sharedLink)) {
                assertEquals(
                        List.of(
                                "POST",
                                web.root() + "/sparql",
                                "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                                "false"),
                        sent.get(0));
            }
            for (List<String> request : sent) {
                assertEquals("false", request.get(3), page + ": " + request);
            }
            assertEquals(
                    2L, web.browser().executeScript("return gcmWorkbench.persistentConfig.getTabs().length;"), page);
        }
    }
}
