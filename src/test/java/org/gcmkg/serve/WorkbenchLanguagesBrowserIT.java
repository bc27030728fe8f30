package org.gcmkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.gcmkg.query.LibraryQuery;
import org.gcmkg.query.QueryLibrary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workbench and the landing page in English and in Spanish, in headless Chromium against the real server:
 * the curated queries' titles and questions in the page's language, and found by its words.
 */
class WorkbenchLanguagesBrowserIT {
    static GcmServer server;
    static String root;
    static ChromeDriver browser;
    static List<LibraryQuery> library;

    @TempDir
    static Path downloads;

    @BeforeAll
    static void start() throws Exception {
        server = PageServer.start();
        root = PageServer.root(server);
        library = QueryLibrary.load(PageServer.settings().queriesDir());
        browser = BrowserSession.open(downloads);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        server.close();
    }

    static WebDriverWait await(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds), Duration.ofMillis(100));
    }

    /** The workbench in a language, with no tab kept from an earlier test. */
    static void openWorkbench(String lang) {
        browser.get(root + "/query?lang=" + lang);
        browser.executeScript("localStorage.clear();");
        browser.get(root + "/query?lang=" + lang);
        await(60)
                .until(b -> (Boolean)
                        browser.executeScript("return !!(window.gcmWorkbench && gcmWorkbench.getTab().getYasqe()) "
                                + "&& !!document.querySelector('.gcm-add-tab');"));
    }

    static List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream()
                .map(e -> e.getDomProperty("textContent").strip())
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es"})
    void theCuratedQueriesAreTitledAndAskedInThePagesLanguage(String lang) {
        List<String> titles = library.stream().map(q -> q.title(lang)).toList();
        openWorkbench(lang);
        assertEquals(titles, texts("#examples .open-example"));
        assertEquals(library.stream().map(q -> q.question(lang)).toList(), texts("#examples .question"));
        // the page's language is the text's: nothing in the list says otherwise
        assertEquals(List.of(), browser.findElements(By.cssSelector("#examples [lang]")));
        assertEquals(
                lang.equals("es")
                        ? "Dependencias mexicanas ordenadas por su intermediación en la red de colaboración"
                        : "Mexican agencies ranked by betweenness centrality in the collaboration network",
                texts("#examples li[data-name='agencies-by-betweenness'] .open-example")
                        .get(0));
        browser.get(root + "/?lang=" + lang);
        assertEquals(titles, texts("ul.queries a"));
        assertEquals(List.of(), browser.findElements(By.cssSelector("ul.queries [lang]")));
    }

    @Test
    void theExampleSearchFindsAQueryByASpanishWordOnTheSpanishPage() {
        openWorkbench("es");
        browser.findElement(By.id("example-filter")).sendKeys("intermediación");
        assertEquals(
                List.of("agencies-by-betweenness"),
                browser.findElements(By.cssSelector("#examples li.example")).stream()
                        .filter(WebElement::isDisplayed)
                        .map(li -> li.getDomAttribute("data-name"))
                        .toList());
        assertEquals("1 de " + library.size(), texts("#example-count").get(0));
    }
}
