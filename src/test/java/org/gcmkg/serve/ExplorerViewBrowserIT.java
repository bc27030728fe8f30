package org.gcmkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3c.dom.Document;

/**
 * What the explorer shows beside its drawing, in headless Chromium against the real server: the objective
 * menu, the ranking of the chosen measure and the legend's counts, all following the filters; the downloads of
 * the view; and labels left out when zoomed out. Expected values come from SPARQL over the same server.
 */
class ExplorerViewBrowserIT {
    @RegisterExtension
    static final BrowserExtension web = new BrowserExtension();

    void open(String lang, String fragment) {
        ExplorerPages.open(web.browser(), web.root() + "/explore?lang=" + lang + fragment);
    }

    long visible() {
        return ((Number) web.browser().executeScript("return gcmkgExplorer.visibleCount();")).longValue();
    }

    String text(String id) {
        return web.browser().findElement(By.id(id)).getText().strip();
    }

    @Test
    void theObjectiveMenuListsEveryObjectiveOfTheGraphInOrderThoseWithoutProgramsToo() {
        open("en", "");
        List<WebElement> options = new Select(web.browser().findElement(By.id("objective"))).getOptions();
        List<String> values =
                options.stream().map(o -> o.getDomAttribute("value")).toList();
        List<String> expected = new ArrayList<>(List.of(""));
        for (int n = 1; n <= 23; n++) {
            expected.add(String.valueOf(n));
        }
        assertEquals(expected, values);
        assertEquals(23, web.data().count("SELECT (COUNT(?o) AS ?n) WHERE { ?o a gcm:Objective }"));
        // objective 13 is addressed by no program, so the network, which keeps nodes with an edge, lacks it
        assertEquals(
                0,
                web.data()
                        .count(
                                "SELECT (COUNT(?p) AS ?n) WHERE { ?p gcm:addresses <https://w3id.org/gcmkg/id/objective/13> }"));
        assertEquals(
                "13. " + web.data().label("https://w3id.org/gcmkg/id/objective/13", "en"),
                options.get(13).getText().strip());
        new Select(web.browser().findElement(By.id("objective"))).selectByValue("13");
        assertEquals(0, visible());
        assertEquals(Messages.of("en").get("t_no_program"), text("status"));
        open("es", "#objective=13");
        assertEquals(
                "13. " + web.data().label("https://w3id.org/gcmkg/id/objective/13", "es"),
                new Select(web.browser().findElement(By.id("objective")))
                        .getFirstSelectedOption()
                        .getText()
                        .strip());
    }

    /** The ranking's rows: IRI, link text and value. */
    List<String[]> ranking() {
        // read in one call: a WebDriver round trip per cell would dominate the test
        @SuppressWarnings("unchecked")
        List<List<String>> cells = (List<List<String>>) web.browser()
                .executeScript(
                        "return [...document.querySelectorAll('#ranking-rows tr')].map(tr => { const a = tr.querySelector('a');"
                                + " return [a.getAttribute('data-iri'), a.innerText, tr.querySelector('td.n').innerText,"
                                + " a.getAttribute('href')]; });");
        List<String[]> rows = new ArrayList<>();
        for (List<String> row : cells) {
            rows.add(new String[] {row.get(0), row.get(1).strip(), row.get(2).strip(), row.get(3)});
        }
        return rows;
    }

    void checkRanking(String projection, String property, String lang, long shown) {
        List<String[]> rows = ranking();
        String values = "SELECT ?x ?v WHERE { " + ExplorerPages.OBJECTIVE_10_NODES + " ?m gcm:inProjection <"
                + projection + "> ; gcm:ofNode ?x ; gcm:" + property + " ?v } ORDER BY DESC(?v)";
        List<Double> expected = web.data().select(values).stream()
                .map(r -> r.getLiteral("v").getDouble())
                .toList();
        assertEquals(Math.min(25, expected.size()), rows.size(), "rows of " + property);
        assertTrue(expected.size() <= shown);
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            assertEquals(expected.get(i), Double.parseDouble(row[2]), 1e-9, "value " + (i + 1) + " of " + property);
            double own = web.data()
                    .select("SELECT ?v WHERE { ?m gcm:inProjection <" + projection + "> ; gcm:ofNode <" + row[0]
                            + "> ; gcm:" + property + " ?v }")
                    .get(0)
                    .getLiteral("v")
                    .getDouble();
            assertEquals(own, Double.parseDouble(row[2]), 1e-9, row[0]);
            assertEquals(web.data().label(row[0], lang), row[1], "link text of " + row[0]);
            assertFalse(PagesBrowserIT.HASH_IRI.matcher(row[1]).matches(), row[1]);
            assertEquals(row[0].substring("https://w3id.org/gcmkg".length()), row[3]);
        }
    }

    @Test
    void theRankingListsTheNodesShownByTheChosenMeasureWithTheirLabels() {
        open("en", "#objective=10&measure=degree");
        long shown = visible();
        assertEquals(web.data().count("SELECT (COUNT(?x) AS ?n) WHERE " + ExplorerPages.OBJECTIVE_10_NODES), shown);
        checkRanking(ExplorerPages.FULL, "degree", "en", shown);
        new Select(web.browser().findElement(By.id("measure"))).selectByValue("collaboration-betweenness");
        checkRanking(ExplorerPages.COLLABORATION, "betweenness", "en", shown);
        assertEquals(
                Messages.of("en").get("ranking_of") + " " + Messages.of("en").get("measure_betweenness") + " · "
                        + Messages.of("en").get("projection_collaboration") + " ("
                        + ranking().size() + ")",
                web.browser().findElement(By.id("ranking-caption")).getText().strip());
        open("es", "#objective=10&measure=betweenness");
        checkRanking(ExplorerPages.FULL, "betweenness", "es", shown);
    }

    @Test
    void theLegendCountsTheNodesOfEachKindShown() {
        open("en", "#objective=10");
        Map<String, String> classes = Map.of(
                "program",
                "gcm:Program",
                "agency",
                "gcm:PublicAgency",
                "partner",
                "gcm:InternationalPartner",
                "domestic-partner",
                "gcm:DomesticPartner",
                "objective",
                "gcm:Objective",
                "place",
                "gcm:Place");
        long sum = 0;
        for (Map.Entry<String, String> k : classes.entrySet()) {
            long n = web.data()
                    .count("SELECT (COUNT(?x) AS ?n) WHERE { " + ExplorerPages.OBJECTIVE_10_NODES + " ?x a "
                            + k.getValue() + " }");
            assertEquals("(" + n + ")", text("count-" + k.getKey()), k.getKey());
            sum += n;
        }
        assertEquals(visible(), sum);
        web.browser().findElement(By.id("kind-place")).click();
        assertEquals("(0)", text("count-place"));
        open("en", "");
        long programs = web.data()
                .count("SELECT (COUNT(?m) AS ?n) WHERE { ?m gcm:inProjection <" + ExplorerPages.FULL
                        + "> ; gcm:ofNode ?x . ?x a gcm:Program }");
        assertEquals("(" + programs + ")", text("count-program"));
    }

    Path downloaded(String name) {
        Path file = web.downloads().resolve(name);
        new WebDriverWait(web.browser(), Duration.ofSeconds(30), Duration.ofMillis(100))
                .until(d -> Files.isRegularFile(file)
                        && !Files.exists(web.downloads().resolve(name + ".crdownload")));
        return file;
    }

    static List<CSVRecord> csv(Path file) throws Exception {
        try (Reader in = Files.newBufferedReader(file)) {
            return CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)
                    .getRecords();
        }
    }

    @Test
    void theViewDownloadsAsGexfAndCsvNamedByItsFilters() throws Exception {
        open("en", "#objective=10&kinds=agency");
        long agencies = web.data()
                .count("SELECT (COUNT(?x) AS ?n) WHERE { " + ExplorerPages.OBJECTIVE_10_NODES
                        + " ?x a gcm:PublicAgency }");
        assertEquals(agencies, visible());
        web.browser().findElement(By.id("download-gexf")).click();
        Document gexf = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(downloaded("gcmkg-network-objective-10-agency.gexf").toFile());
        assertEquals(agencies, gexf.getElementsByTagName("node").getLength());

        open("en", "#objective=10");
        long shown = visible();
        long edges = Long.parseLong(text("edge-count"));
        web.browser().findElement(By.id("download-gexf")).click();
        web.browser().findElement(By.id("download-nodes")).click();
        web.browser().findElement(By.id("download-edges")).click();
        gexf = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(downloaded("gcmkg-network-objective-10.gexf").toFile());
        assertEquals(shown, gexf.getElementsByTagName("node").getLength());
        assertEquals(edges, gexf.getElementsByTagName("edge").getLength());
        List<CSVRecord> nodes = csv(downloaded("gcmkg-network-objective-10.nodes.csv"));
        assertEquals(shown, nodes.size());
        CSVRecord inm = nodes.stream()
                .filter(r -> r.get("id").equals("org:inm"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                web.data()
                        .select("SELECT ?v WHERE { ?m gcm:inProjection <" + ExplorerPages.FULL
                                + "> ; gcm:ofNode <https://w3id.org/gcmkg/id/org/inm> ; gcm:betweenness ?v }")
                        .get(0)
                        .getLiteral("v")
                        .getDouble(),
                Double.parseDouble(inm.get("betweenness")),
                1e-9);
        assertEquals(
                edges, csv(downloaded("gcmkg-network-objective-10.edges.csv")).size());
    }

    @Test
    void labelsAreLeftOutWhenZoomedOut() {
        open("en", "#objective=10");
        long shown = visible();
        web.browser().executeScript("gcmkgExplorer.cy.zoom(0.2);");
        assertEquals(0L, ((Number) web.browser().executeScript("return gcmkgExplorer.labelsDrawn();")).longValue());
        assertEquals("hidden", web.browser().findElement(By.id("cy")).getDomAttribute("data-labels"));
        web.browser().executeScript("gcmkgExplorer.cy.zoom(1.5);");
        assertEquals(shown, ((Number) web.browser().executeScript("return gcmkgExplorer.labelsDrawn();")).longValue());
        assertEquals("shown", web.browser().findElement(By.id("cy")).getDomAttribute("data-labels"));
    }
}
