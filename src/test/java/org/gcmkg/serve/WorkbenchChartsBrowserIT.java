package org.gcmkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.gcmkg.query.LibraryQuery;
import org.gcmkg.query.QueryLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;

/**
 * The workbench's chart views of the curated queries' {@code #defaultView:} headers, drawn in headless Chromium
 * from the real server's answers: a line chart, the network graph and a map. Each is checked against the same
 * query asked of the endpoint by the test. No curated query asks for a map (the graph holds no coordinates),
 * so the map view is checked with a query of its own.
 */
class WorkbenchChartsBrowserIT {
    @RegisterExtension
    static final BrowserExtension web = new BrowserExtension();

    static List<LibraryQuery> library;

    @BeforeAll
    static void start() throws Exception {
        ServerSettings settings = PageServer.settings();
        library = QueryLibrary.load(settings.queriesDir());
    }

    record Answer(List<String> vars, List<QuerySolution> rows) {}

    static Answer ask(String query) {
        try (QueryExecution qe = QueryExecutionHTTP.service(web.server().endpointUrl())
                .query(query)
                .build()) {
            ResultSet rs = qe.execSelect();
            List<QuerySolution> rows = new ArrayList<>();
            rs.forEachRemaining(rows::add);
            return new Answer(rs.getResultVars(), rows);
        }
    }

    static LibraryQuery curated(String name) {
        return library.stream().filter(q -> q.name().equals(name)).findFirst().orElseThrow();
    }

    /** A fresh workbench in a language, the curated query opened in a new tab and run. */
    static void openExample(String name, String lang) {
        web.clearStorage();
        web.browser().get(web.root() + "/query?lang=" + lang);
        web.await(60)
                .until(b -> web.browser()
                        .executeScript("return !!(window.gcmWorkbench && gcmWorkbench.getTab().getYasqe());"));
        web.browser()
                .findElement(By.cssSelector("#examples li[data-name='" + name + "'] .open-example"))
                .click();
    }

    static void assertDrawn(WebElement e) {
        Rectangle r = e.getRect();
        assertTrue(r.getWidth() > 0 && r.getHeight() > 0, "drawn at " + r.getWidth() + "×" + r.getHeight());
    }

    @Test
    void aCuratedLineChartQueryDrawsOneLinePerMeasureWithAPointPerYear() {
        LibraryQuery query = curated("figures-per-year");
        assertEquals("LineChart", query.view());
        Answer answer = ask(query.text());
        openExample(query.name(), "en");
        web.await(60)
                .until(b -> !b.findElements(By.cssSelector(".gcm-chart[data-view=LineChart] svg .series"))
                        .isEmpty());
        WebElement svg = web.browser().findElement(By.cssSelector(".gcm-chart svg.line-chart"));
        assertDrawn(svg);
        List<String> measures = answer.vars().subList(1, answer.vars().size());
        assertEquals(
                measures,
                web.browser().findElements(By.cssSelector(".gcm-chart .series")).stream()
                        .map(g -> g.getDomAttribute("data-series"))
                        .toList());
        for (String measure : measures) {
            long points =
                    answer.rows().stream().filter(r -> r.contains(measure)).count();
            assertEquals(
                    points,
                    web.browser()
                            .findElements(By.cssSelector(".gcm-chart .series[data-series='" + measure + "'] circle"))
                            .size());
        }
        assertEquals(
                Messages.of("en")
                        .format(
                                "chart_lines",
                                String.join(", ", measures),
                                answer.vars().get(0),
                                measures.size() * answer.rows().size()),
                web.browser().findElement(By.cssSelector(".chart-caption")).getText());
    }

    @Test
    void aCuratedGraphQueryDrawsTheNetworkWithItsNodesAndEdgesNamedInThePagesLanguage() {
        LibraryQuery query = curated("program-network");
        assertEquals("Graph", query.view());
        Answer answer = ask(query.text());
        Set<String> nodes = new LinkedHashSet<>();
        answer.rows().forEach(r -> {
            nodes.add(r.getResource("item").getURI());
            nodes.add(r.getResource("linkTo").getURI());
        });
        openExample(query.name(), "es");
        web.await(60)
                .until(b -> !b.findElements(By.cssSelector(".gcm-chart[data-view=Graph] .graph-canvas canvas"))
                        .isEmpty());
        assertDrawn(web.browser().findElement(By.cssSelector(".gcm-chart .graph-canvas")));
        assertDrawn(web.browser().findElement(By.cssSelector(".gcm-chart .graph-canvas canvas")));
        String cy = "return document.querySelector('.graph-canvas').gcmGraph";
        assertEquals((long) nodes.size(), web.browser().executeScript(cy + ".nodes().length;"));
        assertEquals((long) answer.rows().size(), web.browser().executeScript(cy + ".edges().length;"));
        QuerySolution first = answer.rows().get(0);
        assertEquals(
                first.getLiteral("itemLabel_es").getLexicalForm(),
                web.browser()
                        .executeScript(
                                cy + ".getElementById(arguments[0]).data('label');",
                                first.getResource("item").getURI()));
        assertEquals(
                Messages.of("es")
                        .format("chart_graph", nodes.size(), answer.rows().size()),
                web.browser().findElement(By.cssSelector(".chart-caption")).getText());
    }

    @Test
    void theMapViewDrawsAPointForEachCoordinate() {
        List<String> points = List.of("Point(-99.13 19.43)", "Point(-90.51 14.64)", "Point(-77.04 38.91)");
        String query =
                "#defaultView:Map\nPREFIX geo: <http://www.opengis.net/ont/geosparql#>\nSELECT ?place ?coords WHERE { "
                        + "VALUES (?place ?coords) { (\"Ciudad de México\" \"" + points.get(0) + "\"^^geo:wktLiteral) "
                        + "(\"Guatemala\" \"" + points.get(1) + "\"^^geo:wktLiteral) (\"Washington\" \"" + points.get(2)
                        + "\"^^geo:wktLiteral) } }";
        assertEquals(points.size(), ask(query).rows().size());
        web.browser().get(web.root() + "/query?lang=en");
        web.await(60)
                .until(b -> web.browser()
                        .executeScript("return !!(window.gcmWorkbench && gcmWorkbench.getTab().getYasqe());"));
        web.browser()
                .executeScript(
                        "gcmWorkbench.getTab().getYasqe().setValue(arguments[0]); gcmWorkbench.getTab().getYasqe().query();",
                        query);
        web.await(60)
                .until(b -> !b.findElements(By.cssSelector(".gcm-chart[data-view=Map] svg.map-chart"))
                        .isEmpty());
        assertDrawn(web.browser().findElement(By.cssSelector(".gcm-chart svg.map-chart")));
        List<WebElement> circles = web.browser().findElements(By.cssSelector(".gcm-chart svg.map-chart circle"));
        assertEquals(points.size(), circles.size());
        assertEquals("-99.13", circles.get(0).getDomAttribute("cx"));
        assertEquals("-19.43", circles.get(0).getDomAttribute("cy"));
    }
}
