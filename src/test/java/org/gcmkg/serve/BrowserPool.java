package org.gcmkg.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.gcmkg.pipeline.AtomicDirectory;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The Chromiums of one test JVM, lent to one browser-test class at a time and kept until the JVM's tests end.
 * Starting a headless Chromium costs about three CPU-seconds before it shows anything, and its HTTP cache would
 * compile the site's scripts again for each class: with two test threads, two browsers serve all the classes.
 *
 * <p>A class gets a browser as a new one would be for the site: a fresh tab (so nothing in the session storage of
 * the last class's tab), 1400 × 900, no cookie, nothing in the local storage or any other storage of the site's
 * origin, and an empty downloads folder. What stays is the HTTP cache, which the server's own caching headers
 * govern, as they do for any visitor who comes back.
 */
final class BrowserPool implements ExtensionContext.Store.CloseableResource {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserPool.class);

    /** A browser and the folder it saves downloads into. */
    record Lent(ChromeDriver browser, Path downloads) {}

    private final Deque<Lent> idle = new ArrayDeque<>();
    private final List<Lent> all = new ArrayList<>();

    /** The pool of the test run that {@code context} belongs to, closed when the run ends. */
    static BrowserPool of(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(BrowserPool.class);
    }

    /** An idle browser made fresh for the site at {@code origin}, or a new one when none is idle. */
    Lent borrow(String origin) throws IOException {
        while (true) {
            Lent kept = takeIdle();
            if (kept == null) {
                break;
            }
            try {
                refresh(kept, origin);
                return kept;
            } catch (WebDriverException broken) {
                // a class left it unusable (a crashed tab, a lost driver): start another instead
                quit(kept);
            }
        }
        Path downloads = Files.createTempDirectory("gcmkg-browser-downloads-");
        Lent fresh = new Lent(BrowserSession.open(downloads), downloads);
        synchronized (this) {
            all.add(fresh);
        }
        return fresh;
    }

    /** Takes a browser back after its class's last test. */
    synchronized void giveBack(Lent lent) {
        idle.push(lent);
    }

    private synchronized Lent takeIdle() {
        return idle.poll();
    }

    private static void refresh(Lent lent, String origin) throws IOException {
        ChromeDriver browser = lent.browser();
        List<String> before = new ArrayList<>(browser.getWindowHandles());
        browser.switchTo().newWindow(WindowType.TAB);
        String tab = browser.getWindowHandle();
        for (String old : before) {
            browser.switchTo().window(old).close();
        }
        browser.switchTo().window(tab);
        browser.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
        browser.manage().window().setSize(new Dimension(1400, 900));
        AtomicDirectory.deleteTree(lent.downloads());
        Files.createDirectories(lent.downloads());
        BrowserSession.saveDownloadsInto(browser, lent.downloads());
    }

    private synchronized void quit(Lent lent) throws IOException {
        all.remove(lent);
        try {
            lent.browser().quit();
        } catch (WebDriverException alreadyGone) {
            // nothing left to stop
        }
        AtomicDirectory.deleteTree(lent.downloads());
    }

    @Override
    public synchronized void close() throws IOException {
        for (Lent lent : List.copyOf(all)) {
            quit(lent);
        }
        idle.clear();
    }
}
