package org.gcmkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The explorer and the matrix as pages, in headless Chromium against the real server: their language (the
 * {@code lang} parameter, the cookie, {@code Accept-Language}), the measures explained in the words of
 * docs/network.md, axe-core, the keyboard, narrow screens, and the screenshots of docs/screenshots/ (written to
 * target/screenshots/).
 */
class NetworkPagesBrowserIT {
    static final String UNODC = "https://w3id.org/gcmkg/id/org/unodc";

    @RegisterExtension
    static final BrowserExtension web = new BrowserExtension();

    /** Opens a page; the explorer until it has drawn the network. */
    void open(String pathAndQuery) {
        if (pathAndQuery.startsWith("/explore")) {
            ExplorerPages.open(web.browser(), web.root() + pathAndQuery);
        } else {
            web.browser().get(web.root() + pathAndQuery);
        }
    }

    String text(String css) {
        return web.browser().findElement(By.cssSelector(css)).getText().strip();
    }

    String lang() {
        return web.browser().findElement(By.tagName("html")).getDomAttribute("lang");
    }

    @Test
    void theExplorerAndTheMatrixSpeakTheChosenLanguage() throws Exception {
        for (String lang : List.of("en", "es")) {
            Messages msg = Messages.of(lang);
            open("/explore?lang=" + lang);
            assertEquals(lang, lang());
            assertEquals(msg.get("explore_title"), text("h1"));
            assertEquals(msg.get("switch_to"), text("a.lang-switch"));
            assertEquals(msg.get("kind_agency"), text("label[for=kind-agency]"));
            assertEquals(msg.get("measure_label"), text("label[for=measure]"));
            assertEquals(
                    "10. " + web.data().label("https://w3id.org/gcmkg/id/objective/10", lang),
                    text("#objective option[value='10']"));
            assertEquals(
                    msg.get("measure_degree") + " · " + msg.get("projection_full"),
                    text("#measure option[value=degree]"));
            open("/matrix?lang=" + lang);
            assertEquals(lang, lang());
            assertEquals(msg.get("matrix_title"), text("h1"));
            assertEquals(web.data().label(UNODC, lang), text("main a[href='/id/org/unodc']"));
            assertEquals(
                    msg.get("kind_partner"),
                    web.browser()
                            .findElement(By.xpath("//a[@href='/id/org/unodc']/ancestor::tr/td[1]"))
                            .getText()
                            .strip());
        }
        // the loop ended on the matrix in Spanish: the cookie holds that choice, for the explorer too (its page
        // is all that is read here, so the network need not be drawn)
        web.browser().get(web.root() + "/explore");
        assertEquals("es", lang(), "the cookie remembers the choice");
        assertEquals(Messages.of("es").get("explore_title"), text("h1"));
        // back to English for the class's other tests: any page's lang parameter sets the cookie, and the matrix
        // is the one that loads at once
        open("/matrix?lang=en");
        assertEquals("en", lang());
        HttpClient http = HttpClient.newHttpClient();
        for (String page : List.of("/explore", "/matrix")) {
            HttpResponse<String> es = http.send(
                    HttpRequest.newBuilder(URI.create(web.root() + page))
                            .header("Accept-Language", "es-MX,es;q=0.9,en;q=0.5")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(es.body().contains("<html lang=\"es\">"), page);
            String title = Messages.of("es").get(page.equals("/explore") ? "explore_title" : "matrix_title");
            assertTrue(es.body().contains("<h1>" + title + "</h1>"), page);
        }
    }

    @Test
    void theMeasuresAreExplainedInTheWordsOfTheDocs() throws Exception {
        String docs = Files.readString(Path.of("docs/network.md"));
        open("/explore?lang=en");
        List<WebElement> definitions = web.browser().findElements(By.cssSelector("dl.measures-help dd"));
        assertEquals(6, definitions.size(), "four measures and two projections");
        for (WebElement dd : definitions) {
            assertTrue(docs.contains(dd.getText().strip()), "docs/network.md says: " + dd.getText());
        }
        assertEquals(
                Messages.of("en").get("measure_betweenness_def"),
                definitions.get(2).getText().strip());
        assertTrue(docs.contains(text("#measures-note")), text("#measures-note"));
        List<String> groups = web.browser().findElements(By.cssSelector("#measure optgroup")).stream()
                .map(g -> g.getDomAttribute("label"))
                .toList();
        assertEquals(
                List.of(
                        Messages.of("en").get("projection_full"),
                        Messages.of("en").get("projection_collaboration")),
                groups);
    }

    @Test
    void axeFindsNothingSeriousOnTheExplorerOrTheMatrixInEitherLanguage() throws Exception {
        for (String page : List.of("/explore", "/matrix")) {
            for (String lang : List.of("en", "es")) {
                open(page + "?lang=" + lang);
                assertEquals(List.of(), BrowserSession.seriousViolations(web.browser()), page + "?lang=" + lang);
            }
        }
    }

    /**
     * The ids (or, for links without one, the hrefs) of what the Tab key reaches, from the top of the page: the
     * element focused after each press, noted by the page when the key comes up and read in one call at the end
     * (a WebDriver round trip or three per press would dominate the test).
     */
    List<String> tabStops(int presses) {
        web.browser().findElement(By.tagName("body")).click();
        web.browser().executeScript("""
                window.gcmTabStops = [];
                window.addEventListener('keyup', e => {
                  if (e.key !== 'Tab') { return; }
                  const f = document.activeElement;
                  const id = f.getAttribute('id');
                  window.gcmTabStops.push(id ? id : String(f.getAttribute('href')));
                }, true);
                """);
        Actions keys = new Actions(web.browser());
        for (int i = 0; i < presses; i++) {
            keys.sendKeys(Keys.TAB);
        }
        keys.perform();
        @SuppressWarnings("unchecked")
        List<String> noted = (List<String>) web.browser().executeScript("return window.gcmTabStops;");
        return new ArrayList<>(new LinkedHashSet<>(noted));
    }

    @Test
    void everyControlIsLabelledAndReachedWithTheKeyboard() {
        open("/explore?lang=en#objective=10");
        for (WebElement input : web.browser().findElements(By.cssSelector("main input, main select"))) {
            String id = input.getDomAttribute("id");
            assertFalse(
                    web.browser()
                            .findElements(By.cssSelector("label[for='" + id + "']"))
                            .isEmpty(),
                    id);
        }
        List<String> stops = tabStops(70);
        List<String> controls = new ArrayList<>(List.of(
                "search",
                "search-button",
                "objective",
                "partner",
                "measure",
                "layout",
                "download-gexf",
                "download-nodes",
                "download-edges",
                "download-graphml",
                "download-png",
                "share",
                "reset"));
        for (String kind : List.of("program", "agency", "partner", "domestic-partner", "objective", "place")) {
            controls.add("kind-" + kind);
        }
        String firstRanked =
                web.browser().findElement(By.cssSelector("#ranking-rows a")).getDomAttribute("href");
        controls.add(firstRanked);
        for (String control : controls) {
            assertTrue(stops.contains(control), control + " is reached by Tab: " + stops);
        }
        open("/matrix?lang=en");
        List<String> matrixStops = tabStops(20);
        assertTrue(matrixStops.contains("matrix-csv"), matrixStops.toString());
        assertTrue(matrixStops.contains("/matrix?kind=partner"), matrixStops.toString());
    }

    Map<String, Number> box(String css) {
        @SuppressWarnings("unchecked")
        Map<String, Number> r = (Map<String, Number>) web.browser()
                .executeScript(
                        "const r = document.querySelector(arguments[0])"
                                + ".getBoundingClientRect(); return {left: r.left, top: r.top, right: r.right, bottom: r.bottom};",
                        css);
        return r;
    }

    @Test
    void narrowScreensStackTheExplorerAndNeverScrollSideways() {
        Dimension before = web.browser().manage().window().getSize();
        try {
            // loaded at 800 px, as a tablet would, the controls, the network and the side panel stack
            web.browser().manage().window().setSize(new Dimension(800, 900));
            open("/explore?lang=en");
            assertEquals(
                    box("#explorer .controls").get("left").doubleValue(),
                    box("#cy").get("left").doubleValue(),
                    1.0);
            assertTrue(box("#cy").get("top").doubleValue()
                    >= box("#explorer .controls").get("bottom").doubleValue());
            assertTrue(box("#explorer .side").get("top").doubleValue()
                    >= box("#cy").get("bottom").doubleValue());
            // widened to 1400 px, the same page puts the network beside the controls
            web.browser().manage().window().setSize(new Dimension(1400, 900));
            assertTrue(
                    box("#cy").get("left").doubleValue()
                            >= box("#explorer .controls").get("right").doubleValue(),
                    "side by side on a wide screen");
            web.browser().manage().window().setSize(new Dimension(400, 900));
            for (String page : List.of("/explore", "/matrix")) {
                for (String lang : List.of("en", "es")) {
                    open(page + "?lang=" + lang);
                    @SuppressWarnings("unchecked")
                    List<Number> w = (List<Number>)
                            web.browser()
                                    .executeScript(
                                            "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
                    assertTrue(w.get(1).longValue() <= 400, "the window is narrow: " + w);
                    assertTrue(w.get(0).longValue() <= w.get(1).longValue(), page + "?lang=" + lang + ": " + w);
                }
            }
        } finally {
            web.browser().manage().window().setSize(before);
        }
    }

    @Test
    void screenshotsOfBothPagesInBothLanguages() throws Exception {
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        for (String lang : List.of("en", "es")) {
            open("/explore?lang=" + lang + "#objective=10&measure=betweenness");
            Files.write(
                    shots.resolve("explorer-" + lang + ".png"), web.browser().getScreenshotAs(OutputType.BYTES));
            open("/matrix?lang=" + lang);
            Files.write(shots.resolve("matrix-" + lang + ".png"), web.browser().getScreenshotAs(OutputType.BYTES));
        }
        byte[] png = Files.readAllBytes(shots.resolve("matrix-es.png"));
        assertEquals("PNG", new String(png, 1, 3, StandardCharsets.US_ASCII));
    }
}
