package org.gcmkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The query workbench (YASGUI at {@code /query}) in headless Chromium against the real server, offline: every
 * number it is checked against is asked of the endpoint by the test.
 */
class WorkbenchBrowserIT {
    @RegisterExtension
    static final BrowserExtension web = new BrowserExtension();

    /** Each test starts from a fresh workbench: YASGUI keeps its tabs in local storage. */
    @BeforeEach
    void fresh() {
        web.browser().manage().window().setSize(new Dimension(1400, 900));
        web.clearStorage();
        web.browser().get(web.root() + "/query");
        web.await(60)
                .until(b -> web.browser()
                        .executeScript("return !!(window.gcmWorkbench && gcmWorkbench.getTab().getYasqe());"));
    }

    static long count(String query) {
        try (QueryExecution qe = QueryExecutionHTTP.service(web.server().endpointUrl())
                .query(query)
                .build()) {
            QuerySolution row = qe.execSelect().next();
            return row.getLiteral(row.varNames().next()).getLong();
        }
    }

    static void setQuery(String query) {
        web.browser().executeScript("gcmWorkbench.getTab().getYasqe().setValue(arguments[0]);", query);
    }

    static void runWithCtrlEnter() {
        WebElement editor = web.browser().findElement(By.cssSelector(".yasqe .CodeMirror"));
        editor.click();
        new Actions(web.browser())
                .keyDown(Keys.CONTROL)
                .sendKeys(Keys.ENTER)
                .keyUp(Keys.CONTROL)
                .perform();
    }

    static String text(String css) {
        return web.browser().findElement(By.cssSelector(css)).getText();
    }

    /** The total of rows the table says it holds ("Showing 1 to 50 of 32,505 entries"). */
    static long tableTotal() {
        String info = text(".yasr .dt-info");
        return Long.parseLong(info.replaceAll(".* of ([\\d,]+) .*", "$1").replace(",", ""));
    }

    @Test
    void ctrlEnterRunsTheQueryAndTheTablePagesThroughEveryRow() {
        long triples = count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        assertTrue(triples > 10_000, "triples: " + triples);
        setQuery("SELECT * WHERE { ?s ?p ?o }");
        runWithCtrlEnter();
        web.await(120)
                .withMessage(
                        () -> text(".yasr") + " "
                                + web.browser()
                                        .executeScript(
                                                "const t = gcmWorkbench.getTab(); const r = t.getYasr().results; "
                                                        + "return JSON.stringify({r: !!r, n: r && r.getBindings && (r.getBindings() || []).length, err: r && r.hasError() && r.getError(), plugin: t.getYasr().selectedPlugin, busy: !!t.getYasqe().req});"))
                .until(b -> !b.findElements(By.cssSelector(".yasr .dt-info")).isEmpty());
        assertEquals(triples, tableTotal());
        int pageSize = web.browser()
                .findElements(By.cssSelector(".yasr table.dataTable tbody tr"))
                .size();
        assertEquals(50, pageSize);
        // to the next page, then to the last: the rows left over are all there
        web.browser()
                .findElement(By.cssSelector(".yasr .dt-paging-button.next"))
                .click();
        assertTrue(text(".yasr .dt-info").startsWith("Showing 51 to 100 of"), text(".yasr .dt-info"));
        web.browser()
                .findElement(By.cssSelector(".yasr .dt-paging-button.last"))
                .click();
        long last = (triples - 1) / pageSize * pageSize + 1;
        assertTrue(
                text(".yasr .dt-info")
                        .startsWith("Showing " + String.format("%,d", last) + " to " + String.format("%,d", triples)
                                + " of"),
                text(".yasr .dt-info"));
        assertEquals(
                triples - last + 1,
                web.browser()
                        .findElements(By.cssSelector(".yasr table.dataTable tbody tr"))
                        .size());
    }

    @Test
    void iriCellsShowTheirLabelsAndStayOnThisSite() {
        String objective = "https://w3id.org/gcmkg/id/objective/10";
        setQuery("SELECT ?o WHERE { VALUES ?o { <" + objective + "> } }");
        runWithCtrlEnter();
        web.await(60)
                .until(b -> !b.findElements(By.cssSelector(".yasr .iri-label")).isEmpty());
        String label =
                (String) web.browser().executeScript("return document.querySelector('.yasr .iri-label').textContent;");
        long labelled = count(
                "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                        + "SELECT (COUNT(*) AS ?n) WHERE { <" + objective
                        + "> rdfs:label|skos:prefLabel ?l FILTER(STR(?l) = \""
                        + label.replace("\"", "\\\"") + "\") }");
        assertTrue(labelled > 0, label);
        assertEquals(
                web.root() + "/id/objective/10",
                web.browser().findElement(By.cssSelector(".yasr a.iri")).getDomProperty("href"));
    }

    @Test
    void downloadsCsvThatParsesBackWithTheSameRows() throws Exception {
        String query =
                "PREFIX gcm: <https://w3id.org/gcmkg/ontology#>\nSELECT ?f ?p ?o WHERE { ?f a gcm:ReportedFigure ; ?p ?o }";
        long rows = count(
                "PREFIX gcm: <https://w3id.org/gcmkg/ontology#> SELECT (COUNT(*) AS ?n) WHERE { ?f a gcm:ReportedFigure ; ?p ?o }");
        setQuery(query);
        runWithCtrlEnter();
        web.await(60)
                .until(b -> !b.findElements(By.cssSelector(".yasr .dt-info")).isEmpty());
        web.browser()
                .findElement(By.cssSelector("#downloads button[data-ext=csv]"))
                .click();
        Path csv = web.downloads().resolve("gcmkg-results.csv");
        web.await(60)
                .until(b -> Files.isRegularFile(csv) && text("#download-status").startsWith("Downloaded"));
        try (Reader in = Files.newBufferedReader(csv);
                CSVParser parser = CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(in)) {
            assertEquals(List.of("f", "p", "o"), parser.getHeaderNames());
            assertEquals(rows, parser.getRecords().size());
        }
    }

    @Test
    void aCuratedBarChartQueryOpensInANewTabAndDrawsItsBars() {
        String before = (String) web.browser().executeScript("return gcmWorkbench.getTab().getQuery();");
        WebElement example =
                web.browser().findElement(By.cssSelector("#examples li[data-name='programs-per-objective']"));
        assertEquals("BarChart", example.getDomAttribute("data-view"));
        long objectives = count("PREFIX gcm: <https://w3id.org/gcmkg/ontology#> SELECT (COUNT(DISTINCT ?n) AS ?c) "
                + "WHERE { ?o a gcm:Objective ; gcm:objectiveNumber ?n }");
        example.findElement(By.cssSelector(".open-example")).click();
        web.await(60)
                .withMessage(
                        () -> String.valueOf(
                                web.browser()
                                        .executeScript(
                                                "const t = gcmWorkbench.getTab(); const r = t.getYasr().results; "
                                                        + "return JSON.stringify({tabs: gcmWorkbench.persistentConfig.getTabs().length, q: t.getQuery().slice(0, 40), r: !!r, "
                                                        + "n: r && r.getBindings && (r.getBindings() || []).length, err: r && r.hasError() && r.getError(), "
                                                        + "plugin: t.getYasr().selectedPlugin, view: t.getYasr().gcmView, html: document.querySelector('.yasr').innerHTML.slice(0, 300)});")))
                .until(b -> !b.findElements(By.cssSelector(".gcm-chart[data-view=BarChart] svg .bar"))
                        .isEmpty());
        assertEquals(
                objectives,
                web.browser()
                        .findElements(By.cssSelector(".gcm-chart svg .bar"))
                        .size());
        // the first tab, and what was written in it, is still there
        assertEquals(2L, web.browser().executeScript("return gcmWorkbench.persistentConfig.getTabs().length;"));
        web.browser().findElements(By.cssSelector(".tabsList .tab a")).get(0).click();
        assertEquals(before, web.browser().executeScript("return gcmWorkbench.getTab().getQuery();"));
    }

    @Test
    void aConstructIsShownAsTurtle() {
        setQuery("PREFIX gcm: <https://w3id.org/gcmkg/ontology#>\n"
                + "CONSTRUCT { ?o gcm:objectiveNumber ?n } WHERE { ?o a gcm:Objective ; gcm:objectiveNumber ?n }");
        long objectives = count("PREFIX gcm: <https://w3id.org/gcmkg/ontology#> SELECT (COUNT(*) AS ?c) "
                + "WHERE { ?o a gcm:Objective ; gcm:objectiveNumber ?n }");
        String asked = (String)
                web.browser()
                        .executeAsyncScript(
                                "const done = arguments[arguments.length - 1]; "
                                        + "fetch('/sparql', {method: 'POST', headers: {'Content-Type': 'application/sparql-query', Accept: 'text/turtle'}, "
                                        + "body: gcmWorkbench.getTab().getQuery()}).then(r => done(r.status + ' ' + r.headers.get('content-type')));");
        assertEquals("200 text/turtle", asked.replaceAll(";.*", ""));
        runWithCtrlEnter();
        web.await(60)
                .until(b -> !b.findElements(By.cssSelector(".yasr .CodeMirror")).isEmpty());
        // the response shows its first lines, and all of them on "show more"
        web.browser().executeScript("gcmWorkbench.getTab().getYasr().plugins.response.showMore();");
        String shown = (String) web.browser()
                .executeScript("return document.querySelector('.yasr .CodeMirror').CodeMirror.getValue();");
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(shown, Lang.TURTLE).parse(model);
        assertEquals(objectives, model.size());
        // what the endpoint answers to a Turtle Accept, all of it
        String turtle = (String) web.browser()
                .executeAsyncScript("const done = arguments[arguments.length - 1]; "
                        + "fetch('/sparql', {method: 'POST', headers: {'Content-Type': 'application/sparql-query', Accept: 'text/turtle'}, "
                        + "body: gcmWorkbench.getTab().getQuery()}).then(r => r.text()).then(done);");
        assertEquals(turtle.strip(), shown.strip());
    }

    @Test
    void aCustomQueryIsRestoredFromItsSharedLink() {
        String query =
                "PREFIX gcm: <https://w3id.org/gcmkg/ontology#>\n# shared: 'ñ' & <b>\nSELECT ?n WHERE { ?o gcm:objectiveNumber ?n } ORDER BY ?n LIMIT 3";
        setQuery(query);
        web.browser().findElement(By.cssSelector(".yasqe_share")).click();
        web.await(10)
                .until(b -> !b.findElements(By.cssSelector(".yasqe_sharePopup input"))
                        .isEmpty());
        String link = web.browser()
                .findElement(By.cssSelector(".yasqe_sharePopup input"))
                .getDomProperty("value");
        assertTrue(link.startsWith(web.root() + "/query"), link);
        web.browser().executeScript("localStorage.clear();");
        web.browser().get(web.root() + "/");
        web.browser().get(link);
        web.await(60)
                .until(b -> web.browser()
                        .executeScript("return !!(window.gcmWorkbench && gcmWorkbench.getTab().getYasqe());"));
        assertEquals(query, web.browser().executeScript("return gcmWorkbench.getTab().getQuery();"));
    }

    /**
     * The query counts the pairs of typed resources (36 million, about 5 s of a core): under way for long enough
     * to be stopped, and finished soon after. The server cannot tell that a client has gone until it writes the
     * answer, so a query without end went on using a core until the shared server's 60 s timeout, beside the
     * tests that ran next.
     */
    @Test
    void theRunButtonStopsAQueryUnderWay() {
        setQuery("SELECT (COUNT(*) AS ?n) WHERE { ?a a ?b . ?d a ?t }");
        WebElement run = web.browser().findElement(By.cssSelector(".yasqe .yasqe_queryButton"));
        run.click();
        web.await(10).until(b -> run.getDomAttribute("class").contains("busy"));
        run.click();
        web.await(5).until(b -> !run.getDomAttribute("class").contains("busy"));
        assertEquals(false, web.browser().executeScript("return !!gcmWorkbench.getTab().getYasqe().req;"));
        assertTrue(web.browser().findElements(By.cssSelector(".yasr .dt-info")).isEmpty());
    }

    @Test
    void aRefusedQueryMarksItsLine() {
        setQuery("SELECT * WHERE {\n  ?s ?p ?o .\n  FILTER(?o = )\n}");
        web.browser().executeScript("gcmWorkbench.getTab().getYasqe().query();");
        web.await(30)
                .until(b -> !b.findElements(By.cssSelector(".yasqe .gcm-error-line"))
                        .isEmpty());
        assertTrue(text(".yasr").contains("line 3"), text(".yasr"));
        assertEquals(
                "  FILTER(?o = )",
                web.browser()
                        .findElement(By.cssSelector(".yasqe .gcm-error-line .CodeMirror-line"))
                        .getText());
    }

    @Test
    void noSeriousAccessibilityViolationAndNoSidewaysScrollAt400Pixels() throws Exception {
        List<String> violations = BrowserSession.seriousViolations(web.browser());
        assertTrue(violations.isEmpty(), String.join("\n", violations));
        web.browser().manage().window().setSize(new Dimension(400, 900));
        web.browser().get(web.root() + "/query");
        web.await(60)
                .until(b -> web.browser()
                        .executeScript("return !!(window.gcmWorkbench && gcmWorkbench.getTab().getYasqe());"));
        assertFalse(BrowserSession.scrollsSideways(web.browser()), "the workbench scrolls sideways at 400 px");
    }
}
