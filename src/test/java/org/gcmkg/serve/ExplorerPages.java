package org.gcmkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the browser tests of the explorer and the matrix share: SPARQL over the server under test for the
 * expected values, and opening the explorer until it has drawn the network.
 */
final class ExplorerPages {
    static final String PREFIXES = """
            PREFIX gcm: <https://w3id.org/gcmkg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;
    static final String FULL = "https://w3id.org/gcmkg/id/network/full";
    static final String COLLABORATION = "https://w3id.org/gcmkg/id/network/collaboration";
    /** The nodes the explorer shows for objective 10: the rule of {@code gcmkg export --objective 10}. */
    static final String OBJECTIVE_10_NODES = """
            { SELECT DISTINCT ?x WHERE {
                  { ?x gcm:addresses <https://w3id.org/gcmkg/id/objective/10> }
                  UNION { BIND(<https://w3id.org/gcmkg/id/objective/10> AS ?x) }
                  UNION { ?p gcm:addresses <https://w3id.org/gcmkg/id/objective/10> .
                          { ?x gcm:runs ?p } UNION { ?x gcm:participatesIn ?p } UNION { ?p gcm:carriedOutWith ?x }
                          UNION { ?p gcm:fundedBy ?x }
                          VALUES ?role { gcm:PublicAgency gcm:InternationalPartner gcm:DomesticPartner } ?x a ?role }
                  UNION { ?p gcm:addresses <https://w3id.org/gcmkg/id/objective/10> ; gcm:locatedIn ?x . ?x a gcm:Place }
            } }""";

    private final String endpoint;

    ExplorerPages(String endpoint) {
        this.endpoint = endpoint;
    }

    List<QuerySolution> select(String query) {
        try (QueryExecution qe =
                QueryExecutionHTTP.service(endpoint).query(PREFIXES + query).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    long count(String query) {
        return select(query).get(0).getLiteral("n").getLong();
    }

    /** A node's label in a language, or in the other when it has none there, as the pages choose it. */
    String label(String iri, String lang) {
        List<QuerySolution> rows = select(
                "SELECT ?l WHERE { <" + iri + "> rdfs:label ?l } ORDER BY DESC(lang(?l) = '" + lang + "') ?l LIMIT 1");
        return rows.get(0).getLiteral("l").getLexicalForm();
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    /** Opens the explorer at a URL and waits until it has drawn the network. */
    static void open(ChromeDriver browser, String url) {
        // A blank page first when only the fragment would change: the browser would not load the explorer again.
        // (Another path or query is a new page anyway, and a blank page between costs a navigation.)
        String shown = browser.getCurrentUrl();
        if (shown != null && withoutFragment(shown).equals(withoutFragment(url))) {
            browser.get("about:blank");
        }
        browser.get(url);
        new WebDriverWait(browser, Duration.ofSeconds(90), Duration.ofMillis(100)).until(d -> {
            String state = d.findElement(By.tagName("body")).getDomAttribute("data-state");
            return "ready".equals(state) || "error".equals(state);
        });
        assertEquals(
                "ready",
                browser.findElement(By.tagName("body")).getDomAttribute("data-state"),
                browser.findElement(By.id("status")).getText());
    }
}
