package org.gcmkg.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What each browser-test class needs, registered as {@code @RegisterExtension static final BrowserExtension
 * web = new BrowserExtension();}: the server the browser tests share ({@link PageServer#shared()}), and a
 * Chromium for all the class's tests, lent by the test JVM's {@link BrowserPool} fresh for the site and given back
 * after the class's last test.
 */
final class BrowserExtension implements BeforeAllCallback, AfterAllCallback {
    private GcmServer server;
    private ExplorerPages data;
    private BrowserPool pool;
    private BrowserPool.Lent lent;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        server = PageServer.shared();
        data = new ExplorerPages(server.endpointUrl());
        pool = BrowserPool.of(context);
        lent = pool.borrow(root());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (lent != null) {
            pool.giveBack(lent);
            lent = null;
        }
    }

    /**
     * Forgets what the site's pages keep in the browser's storage (the workbench its tabs), from a static file of
     * the site: loading a page only to reach its storage would run that page's scripts for nothing.
     */
    void clearStorage() {
        browser().get(root() + "/static/favicon.svg");
        browser().executeScript("localStorage.clear();");
    }

    /** A wait on the class's Chromium of at most {@code seconds}, polling every 100 ms. */
    WebDriverWait await(int seconds) {
        return new WebDriverWait(browser(), Duration.ofSeconds(seconds), Duration.ofMillis(100));
    }

    /** Opens the workbench's example {@code programs-per-objective} in a new tab and waits until its bars are drawn. */
    void openBarChartExample() {
        browser()
                .findElement(By.cssSelector("#examples li[data-name='programs-per-objective'] .open-example"))
                .click();
        await(60)
                .until(b ->
                        !b.findElements(By.cssSelector(".gcm-chart svg .bar")).isEmpty());
    }

    /** The class's Chromium. */
    ChromeDriver browser() {
        return lent.browser();
    }

    /** The shared server; never closed by a test. */
    GcmServer server() {
        return server;
    }

    /** Where the server answers, without a trailing slash. */
    String root() {
        return PageServer.root(server);
    }

    /** The folder the browser saves downloads into. */
    Path downloads() {
        return lent.downloads();
    }

    /** SPARQL over the server for the values the pages should show. */
    ExplorerPages data() {
        return data;
    }
}
