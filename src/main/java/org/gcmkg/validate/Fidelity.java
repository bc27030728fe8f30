package org.gcmkg.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.gcmkg.extract.Folding;
import org.gcmkg.graph.Prefixes;

/**
 * Precision and recall of a built report graph against its golden reading, per relation kind: program →
 * agency, program → partner, figure → program or action, figures that carry the period the text gives, and
 * programs found. How rows are matched to the graph is in {@code src/test/resources/golden/README.md}.
 */
public final class Fidelity {
    /** The published prefixes as a SPARQL prologue, so the measures read the graph by its own names. */
    private static final String PREFIXES = Prefixes.all().entrySet().stream()
            .map(e -> "PREFIX " + e.getKey() + ": <" + e.getValue() + ">\n")
            .collect(Collectors.joining());

    /** One measure: how many the graph states, how many of those are right, how many the reading holds. */
    public record Score(String name, int stated, int correct, int golden, int found) {
        /** Right among what the graph states. */
        public double precision() {
            return stated == 0 ? 1.0 : (double) correct / stated;
        }

        /** Found among what the golden reading holds. */
        public double recall() {
            return golden == 0 ? 1.0 : (double) found / golden;
        }

        @Override
        public String toString() {
            return String.format(
                    "%-26s precision %.3f (%d/%d)  recall %.3f (%d/%d)",
                    name, precision(), correct, stated, recall(), found, golden);
        }
    }

    private static final boolean DEBUG = Boolean.getBoolean("gcmkg.fidelity.debug");
    private final Model graph;
    private final NameIndex programs;
    private final NameIndex organizations;
    private final Map<String, String> parentOf = new HashMap<>();

    public Fidelity(Model graph) {
        this.graph = graph;
        this.programs = NameIndex.of(select("""
                SELECT ?x ?name WHERE { ?x a gcm:Program .
                  { ?x rdfs:label|skos:altLabel|gcm:acronym ?name } }"""), "/program/");
        this.organizations = NameIndex.of(select("""
                SELECT ?x ?name WHERE { ?x a org:Organization .
                  { ?x rdfs:label|skos:altLabel|gcm:acronym ?name } }"""), "/org/");
        for (QuerySolution s : select("SELECT ?a ?b WHERE { ?a org:subOrganizationOf ?b }")) {
            parentOf.put(s.getResource("a").getURI(), s.getResource("b").getURI());
        }
    }

    /** Every measure, in a fixed order. */
    public List<Score> scores(GoldenTables golden) {
        List<Score> scores = new ArrayList<>();
        scores.add(programsFound(golden));
        scores.add(pairs("program → agency", golden, true));
        scores.add(pairs("program → partner", golden, false));
        scores.addAll(figures(golden));
        return scores;
    }

    private Score programsFound(GoldenTables golden) {
        Set<String> names = new TreeSet<>();
        golden.programs().forEach(r -> names.add(r.program()));
        int found = 0;
        Set<String> matched = new HashSet<>();
        for (String name : names) {
            Optional<String> iri = programs.resolve(name);
            if (iri.isPresent()) {
                found++;
                matched.add(iri.get());
            } else if (DEBUG) {
                System.out.println("UNFOUND program " + name);
            }
        }
        int stated = programs.size();
        return new Score("programs found", stated, matched.size(), names.size(), found);
    }

    private Score pairs(String name, GoldenTables golden, boolean agencies) {
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        for (GoldenTables.ProgramRow row : golden.programs()) {
            Optional<String> p = programs.resolve(row.program());
            String key = p.orElse("?" + row.program());
            Set<String> orgs = expected.computeIfAbsent(key, k -> new HashSet<>());
            for (String org : agencies ? row.agencies() : row.partners()) {
                orgs.add(organizations.resolve(org).orElse("?" + org));
            }
        }
        String query = agencies ? "SELECT ?p ?o WHERE { ?o a gcm:PublicAgency ; gcm:runs|gcm:participatesIn ?p }" : """
                  SELECT ?p ?o WHERE { ?o a org:Organization . FILTER NOT EXISTS { ?o a gcm:PublicAgency }
                    { ?p gcm:carriedOutWith|gcm:fundedBy ?o } UNION { ?o gcm:runs|gcm:participatesIn ?p } }""";
        int stated = 0;
        int correct = 0;
        Map<String, Set<String>> seen = new HashMap<>();
        for (QuerySolution s : select(query)) {
            String p = s.getResource("p").getURI();
            String o = s.getResource("o").getURI();
            if (!expected.containsKey(p)) {
                continue;
            }
            stated++;
            if (expected.get(p).stream().anyMatch(g -> sameOrNested(o, g))) {
                correct++;
            } else if (DEBUG) {
                System.out.println("EXTRA " + name + " " + p + " " + o + " golden=" + expected.get(p));
            }
            seen.computeIfAbsent(p, k -> new HashSet<>()).add(o);
        }
        int total = 0;
        int found = 0;
        for (Map.Entry<String, Set<String>> e : expected.entrySet()) {
            for (String g : e.getValue()) {
                total++;
                if (seen.getOrDefault(e.getKey(), Set.of()).stream().anyMatch(o -> sameOrNested(o, g))) {
                    found++;
                } else if (DEBUG) {
                    System.out.println("LACK " + name + " " + e.getKey() + " " + g + " graph=" + seen.get(e.getKey()));
                }
            }
        }
        return new Score(name, stated, correct, total, found);
    }

    /** Whether two organizations are the same or one is a part of the other: counted at either level. */
    private boolean sameOrNested(String a, String b) {
        return a.equals(b) || ancestors(a).contains(b) || ancestors(b).contains(a);
    }

    private Set<String> ancestors(String iri) {
        Set<String> result = new HashSet<>();
        String current = parentOf.get(iri);
        while (current != null && result.add(current)) {
            current = parentOf.get(current);
        }
        return result;
    }

    private List<Score> figures(GoldenTables golden) {
        List<GraphFigure> stated = GraphFigure.all(this);
        Map<Integer, List<GraphFigure>> byLine = new HashMap<>();
        stated.forEach(
                f -> byLine.computeIfAbsent(f.line(), k -> new ArrayList<>()).add(f));
        int rightTarget = 0;
        int dated = 0;
        int datedRight = 0;
        int matchedCount = 0;
        for (GoldenTables.FigureRow row : golden.figures()) {
            GraphFigure match = take(byLine.getOrDefault(row.line(), new ArrayList<>()), row.value());
            if (row.dated()) {
                dated++;
            }
            if (match == null) {
                if (DEBUG) {
                    System.out.println("MISSING " + row.line() + " " + row.value() + " " + row.unit());
                }
                continue;
            }
            matchedCount++;
            String target = row.program().isEmpty()
                    ? ""
                    : programs.resolve(row.program()).orElse("?" + row.program());
            if (target.equals(match.program())) {
                rightTarget++;
            } else if (DEBUG) {
                System.out.println(
                        "TARGET " + row.line() + " " + row.value() + " golden=" + target + " graph=" + match.program());
            }
            if (row.dated()
                    && row.periodStart().equals(match.start())
                    && row.periodEnd().equals(match.end())
                    && row.asOf().equals(match.asOf())) {
                datedRight++;
            } else if (row.dated() && DEBUG) {
                System.out.println("PERIOD " + row.line() + " " + row.value() + " golden=" + row.periodStart() + "/"
                        + row.periodEnd() + "@" + row.asOf() + " graph=" + match.start() + "/" + match.end() + "@"
                        + match.asOf());
            }
        }
        if (DEBUG) {
            byLine.values().stream()
                    .flatMap(List::stream)
                    .forEach(f -> System.out.println("UNREAD figure " + f.line() + " " + f.text()));
        }
        return List.of(
                new Score(
                        "figures found",
                        stated.size(),
                        matchedCount,
                        golden.figures().size(),
                        matchedCount),
                new Score(
                        "figure → program/action",
                        stated.size(),
                        rightTarget,
                        golden.figures().size(),
                        rightTarget),
                new Score("dated figures with period", dated, datedRight, dated, datedRight));
    }

    /** The graph figure of a line whose written form starts with the value, after a currency sign at most. */
    private static GraphFigure take(List<GraphFigure> candidates, String value) {
        Pattern wanted = Pattern.compile("^\\D{0,5}" + Pattern.quote(value.replaceAll("\\s+", " ")) + "(?![\\d,.'])");
        for (int i = 0; i < candidates.size(); i++) {
            if (wanted.matcher(candidates.get(i).text().replaceAll("\\s+", " ")).find()) {
                return candidates.remove(i);
            }
        }
        return null;
    }

    List<QuerySolution> select(String query) {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe =
                QueryExecution.model(graph).query(PREFIXES + query).build()) {
            qe.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }

    /** Folds a name for comparison. */
    static String key(String name) {
        return Folding.key(name.replaceAll("[*“”\"«»]", ""))
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .trim();
    }
}
