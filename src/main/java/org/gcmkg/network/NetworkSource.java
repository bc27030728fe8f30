package org.gcmkg.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * What the program network is made of, read from the graph with SPARQL: its nodes (programs, organizations,
 * objectives, places, with their labels) and the relations between them. Everything is kept sorted by IRI,
 * so that what is built from it is the same from run to run.
 */
public final class NetworkSource {
    /**
     * A relation between an organization and a program.
     *
     * @param organization the organization's IRI
     * @param program      the program's IRI
     * @param kind         runs, participatesIn, carriedOutWith or fundedBy
     */
    public record OrgProgram(String organization, String program, String kind) {}

    private static final String PREFIXES = """
            PREFIX gcm:  <https://w3id.org/gcmkg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    final SortedMap<String, NetworkNode> nodes = new TreeMap<>();
    final SortedMap<String, SortedSet<Integer>> programObjectives = new TreeMap<>();
    final SortedMap<Integer, String> objectiveIris = new TreeMap<>();
    final List<OrgProgram> orgPrograms = new ArrayList<>();
    final SortedMap<String, SortedSet<String>> programPlaces = new TreeMap<>();

    private NetworkSource() {}

    /** Reads the network's parts from a graph (the union of the built graphs). */
    public static NetworkSource read(Graph graph) {
        NetworkSource s = new NetworkSource();
        for (NodeKind kind : NodeKind.values()) {
            select(graph, PREFIXES + """
                    SELECT ?s (MIN(?e) AS ?es) (MIN(?n) AS ?en) (MIN(?a) AS ?acr) WHERE {
                      ?s a <%s> .
                      OPTIONAL { ?s rdfs:label ?e FILTER(lang(?e) = "es") }
                      OPTIONAL { ?s rdfs:label ?n FILTER(lang(?n) = "en") }
                      OPTIONAL { ?s gcm:acronym ?a }
                      FILTER(isIRI(?s))
                    } GROUP BY ?s""".formatted(kind.type().getURI()), row -> {
                String iri = row.getResource("s").getURI();
                String es = text(row, "es");
                String en = text(row, "en");
                s.nodes.putIfAbsent(iri, new NetworkNode(iri, kind, es.isEmpty() ? en : es, en, text(row, "acr")));
            });
        }
        select(
                graph,
                PREFIXES + "SELECT ?o ?n WHERE { ?o a gcm:Objective ; gcm:objectiveNumber ?n }",
                row -> s.objectiveIris.put(
                        row.getLiteral("n").getInt(), row.getResource("o").getURI()));
        select(
                graph,
                PREFIXES + "SELECT ?p ?n WHERE { ?p a gcm:Program ; gcm:addresses/gcm:objectiveNumber ?n }",
                row -> s.programObjectives
                        .computeIfAbsent(row.getResource("p").getURI(), k -> new TreeSet<>())
                        .add(row.getLiteral("n").getInt()));
        select(graph, PREFIXES + """
                SELECT ?org ?p ?kind WHERE {
                  ?p a gcm:Program .
                  { ?org gcm:runs ?p BIND("runs" AS ?kind) } UNION { ?org gcm:participatesIn ?p BIND("participatesIn" AS ?kind) }
                  UNION { ?p gcm:carriedOutWith ?org BIND("carriedOutWith" AS ?kind) }
                  UNION { ?p gcm:fundedBy ?org BIND("fundedBy" AS ?kind) }
                } ORDER BY ?org ?p ?kind""", row -> {
            String org = row.getResource("org").getURI();
            if (s.nodes.containsKey(org) && s.nodes.get(org).kind().isOrganization()) {
                s.orgPrograms.add(new OrgProgram(
                        org,
                        row.getResource("p").getURI(),
                        row.getLiteral("kind").getString()));
            }
        });
        select(
                graph,
                PREFIXES + "SELECT ?p ?pl WHERE { ?p a gcm:Program ; gcm:locatedIn ?pl . ?pl a gcm:Place }",
                row -> s.programPlaces
                        .computeIfAbsent(row.getResource("p").getURI(), k -> new TreeSet<>())
                        .add(row.getResource("pl").getURI()));
        return s;
    }

    /** Reads the network's parts from the union of a dataset's named graphs, in a read transaction. */
    public static NetworkSource read(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> read(dataset.getUnionGraph()));
    }

    /** The IRI of objective {@code n}, or null when the graph has no such objective. */
    public String objectiveIri(int n) {
        return objectiveIris.get(n);
    }

    /** The numbers of every objective the graph holds, whether or not a program addresses it. */
    public SortedSet<Integer> objectiveNumbers() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(objectiveIris.keySet()));
    }

    /** The objectives a program addresses, by number. */
    public SortedSet<Integer> objectivesOf(String program) {
        return programObjectives.getOrDefault(program, new TreeSet<>());
    }

    /** Every node the graph holds, by IRI. */
    public Map<String, NetworkNode> nodes() {
        return Collections.unmodifiableSortedMap(nodes);
    }

    private static String text(QuerySolution row, String var) {
        Literal l = row.getLiteral(var);
        return l == null ? "" : l.getLexicalForm();
    }

    private static void select(Graph graph, String query, Consumer<QuerySolution> each) {
        try (QueryExecution qe = QueryExecution.model(ModelFactory.createModelForGraph(graph))
                .query(query)
                .build()) {
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(each);
        }
    }
}
