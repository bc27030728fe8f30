package org.gcmkg.serve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.gcmkg.vocab.GCM;
import org.gcmkg.vocab.PROV;
import org.gcmkg.vocab.SCHEMA;

/**
 * The summary of an objective ({@code objective.mustache}): its number and both titles, the programs that address
 * it with the organizations that run them and their partners, the table of its figures (value, unit, period,
 * the sentence they were read from and a link to its line in the report), its future goals, its reported
 * actions and the SDG targets it relates to, each with its number.
 */
final class ObjectivePage {
    private final DatasetGraph dataset;
    private final Labels labels;
    private final ResourcePage resources;

    ObjectivePage(DatasetGraph dataset, Labels labels, ResourcePage resources) {
        this.dataset = dataset;
        this.labels = labels;
        this.resources = resources;
    }

    /** The summary's values, or null when the node is no objective. */
    Map<String, Object> scope(Node objective) {
        if (!labels.objects(objective, RDF.type.asNode()).contains(GCM.Objective.asNode())) {
            return null;
        }
        Map<String, Object> s = new HashMap<>();
        s.put("number", labels.first(objective, GCM.objectiveNumber.asNode()).orElse(""));
        s.put("title_en", literal(objective, "en"));
        s.put("title_es", literal(objective, "es"));
        s.put("programs", programs(objective));
        s.put("figures", figures(objective));
        s.put("goals", links(subjects(GCM.goalOf.asNode(), objective, GCM.FutureGoal.asNode())));
        s.put("actions", links(subjects(GCM.underObjective.asNode(), objective, GCM.ReportedAction.asNode())));
        s.put(
                "sdg",
                links(new LinkedHashSet<>(labels.objects(objective, SKOS.relatedMatch.asNode()).stream()
                        .filter(n -> n.isURI() && n.getURI().startsWith(LocalPaths.SDG))
                        .toList())));
        return s;
    }

    private String literal(Node n, String lang) {
        for (Node p : List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode())) {
            for (Node l : labels.objects(n, p)) {
                if (l.isLiteral() && l.getLiteralLanguage().equals(lang)) {
                    return l.getLiteralLexicalForm();
                }
            }
        }
        return "";
    }

    /** The subjects of {@code ?s p o} that have the type {@code type}. */
    private Set<Node> subjects(Node p, Node o, Node type) {
        Set<Node> found = new LinkedHashSet<>();
        dataset.find(Node.ANY, Node.ANY, p, o).forEachRemaining(q -> {
            if (dataset.contains(Node.ANY, q.getSubject(), RDF.type.asNode(), type)) {
                found.add(q.getSubject());
            }
        });
        return found;
    }

    private List<Map<String, Object>> links(Set<Node> nodes) {
        return resources.sorted(nodes).stream().map(resources::link).toList();
    }

    private List<Map<String, Object>> programs(Node objective) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Node program : resources.sorted(subjects(GCM.addresses.asNode(), objective, GCM.Program.asNode()))) {
            Map<String, Object> p = resources.link(program);
            Set<Node> runners = new LinkedHashSet<>();
            dataset.find(Node.ANY, Node.ANY, GCM.runs.asNode(), program)
                    .forEachRemaining(q -> runners.add(q.getSubject()));
            Set<Node> partners = new LinkedHashSet<>();
            dataset.find(Node.ANY, Node.ANY, GCM.participatesIn.asNode(), program)
                    .forEachRemaining(q -> partners.add(q.getSubject()));
            partners.addAll(labels.objects(program, GCM.carriedOutWith.asNode()));
            partners.addAll(labels.objects(program, GCM.fundedBy.asNode()));
            partners.removeAll(runners);
            List<Map<String, Object>> a = listed(runners);
            List<Map<String, Object>> b = listed(partners);
            p.put("agencies", a);
            p.put("has_agencies", !a.isEmpty());
            p.put("partners", b);
            p.put("has_partners", !b.isEmpty());
            out.add(p);
        }
        return out;
    }

    /** Links with a {@code last} flag on the last, for commas between them. */
    private List<Map<String, Object>> listed(Set<Node> nodes) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Node n : resources.sorted(nodes)) {
            Map<String, Object> l = resources.link(n);
            l.put("last", false);
            out.add(l);
        }
        if (!out.isEmpty()) {
            out.get(out.size() - 1).put("last", true);
        }
        return out;
    }

    /** The figures under the objective, in the order of the report's lines. */
    private List<Map<String, Object>> figures(Node objective) {
        record Row(long line, String text, Map<String, Object> values) {}
        List<Row> rows = new ArrayList<>();
        for (Node f : subjects(GCM.underObjective.asNode(), objective, GCM.ReportedFigure.asNode())) {
            Map<String, Object> row = resources.link(f);
            row.put("value", labels.first(f, SCHEMA.value.asNode()).orElse(""));
            row.put("unit", labels.first(f, SCHEMA.unitText.asNode()).orElse(""));
            row.put("period", labels.period(f).orElse(""));
            Map<String, Object> quote = labels.objects(f, PROV.wasDerivedFrom.asNode()).stream()
                    .map(resources::quote)
                    .filter(q -> q != null)
                    .findFirst()
                    .orElse(Map.of());
            row.put("quote", quote.getOrDefault("quote", ""));
            String line = (String) quote.get("line");
            row.put("line", line == null || line.isEmpty() ? null : line);
            row.put("line_href", quote.get("href"));
            long order = line == null || line.isEmpty() ? Long.MAX_VALUE : Long.parseLong(line);
            rows.add(new Row(order, (String) row.get("text") + f.getURI(), row));
        }
        rows.sort((x, y) -> x.line() != y.line()
                ? Long.compare(x.line(), y.line())
                : x.text().compareTo(y.text()));
        return rows.stream().map(Row::values).toList();
    }
}
