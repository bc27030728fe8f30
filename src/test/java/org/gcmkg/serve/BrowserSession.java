package org.gcmkg.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium (Debian's {@code chromium-headless-shell}, driven by {@code chromium-driver}) for the
 * browser tests, with a proxy that leads nowhere, so that a page reaching beyond the local server fails,
 * downloads saved into a folder of the test's, and the axe-core accessibility check.
 */
final class BrowserSession {
    /** Where {@code .ci/run} installs axe-core from npm ({@code npm install --no-save axe-core@4.10.3}). */
    static final Path AXE = Path.of("node_modules/axe-core/axe.min.js");

    private BrowserSession() {}

    /**
     * Chromium's headless shell: the same Blink and V8 as {@code chromium}, of the same Debian release, without
     * the layers of a browser for people (windows, tabs, profiles, extensions) that a test never sees. The pages
     * render and run as they do in {@code chromium --headless=new}; all browser tests pass with either, and the
     * shell spent about a quarter less CPU on them (158 instead of 211 CPU-seconds for the browser tests alone,
     * 84 instead of 110 s, 2026-12-04).
     */
    static final Path SHELL = Path.of("/usr/lib/chromium/chromium-headless-shell");

    /**
     * A new Chromium saving downloads into {@code downloads}. It asks for pages in American English whatever the
     * machine's locale (so a page opened without {@code ?lang=} or a cookie is in English), and draws without the
     * GPU process (software drawing straight away, rather than an emulated GPU, which cost the browser tests
     * about a fifth of their CPU time) and without extensions or background requests. Its JavaScript runs
     * without V8's optimizing compilers (TurboFan and Maglev; the interpreter and the baseline compiler remain):
     * a test's page lives for seconds, too short for optimizing to pay back what it costs, and the same pages
     * used about a seventh less browser CPU that way (a sequence of 20 page loads and axe runs, three runs each,
     * 2026-12-04). The compilers change how fast a script runs, never what it does.
     */
    static ChromeDriver open(Path downloads) {
        Path driver = Path.of("/usr/bin/chromedriver");
        assertTrue(
                Files.isExecutable(driver) && Files.isExecutable(SHELL),
                "the browser tests need Debian's chromium-headless-shell and chromium-driver: "
                        + "apt-get install -y chromium-headless-shell chromium-driver (.ci/run does)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(SHELL.toFile());
        options.addArguments(
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--window-size=1400,900",
                "--proxy-server=http://127.0.0.1:9",
                "--disable-gpu",
                "--disable-extensions",
                "--disable-background-networking",
                "--no-first-run",
                "--lang=en-US",
                "--js-flags=--no-opt --no-maglev");
        ChromeDriver browser = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(driver.toFile())
                        .build(),
                options);
        saveDownloadsInto(browser, downloads);
        return browser;
    }

    /**
     * Lets the page shown save downloads into {@code downloads} without asking. The headless shell keeps no
     * download preferences, and the DevTools setting lasts as long as the tab it was sent through: a browser
     * given a new tab is told again.
     */
    static void saveDownloadsInto(ChromeDriver browser, Path downloads) {
        browser.executeCdpCommand(
                "Browser.setDownloadBehavior",
                Map.of(
                        "behavior",
                        "allow",
                        "downloadPath",
                        downloads.toAbsolutePath().toString()));
    }

    /**
     * The serious and critical violations axe-core finds on the page shown, one line each (rule, impact, how
     * many elements, the first element's selector).
     */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(ChromeDriver browser) throws IOException {
        assertTrue(
                Files.isRegularFile(AXE),
                "the accessibility check needs axe-core: run "
                        + "`npm install --no-save axe-core@4.10.3` in the project folder (.ci/run does); missing "
                        + AXE);
        browser.executeScript(Files.readString(AXE));
        Object found = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] }).then(r => done(r.violations
                  .filter(v => v.impact === 'serious' || v.impact === 'critical')
                  .map(v => v.id + ' (' + v.impact + ', ' + v.nodes.length + '): ' + v.nodes[0].target.join(' ')
                    + ' ' + v.nodes[0].failureSummary.replace(/\\s+/g, ' '))))
                  .catch(e => done(['axe failed: ' + e]));
                """);
        return (List<String>) found;
    }

    /** Whether the page scrolls sideways at the window's width. */
    static boolean scrollsSideways(ChromeDriver browser) {
        return (Boolean) browser.executeScript("return document.documentElement.scrollWidth > window.innerWidth;");
    }
}
