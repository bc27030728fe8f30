package org.gcmkg.pipeline;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.gcmkg.extract.Entity;
import org.gcmkg.extract.EntityType;
import org.gcmkg.extract.OrganizationRole;
import org.gcmkg.extract.PassageRole;
import org.gcmkg.extract.ReportExtraction;
import org.gcmkg.segment.Section;
import org.gcmkg.validate.Fidelity;

/**
 * The build report: per report, counts per objective and per kind of entity, and the names the gazetteer
 * does not know; for the whole build, triple counts per named graph. Written as JSON and as Markdown.
 */
public final class BuildReport {
    private final JsonObject json;
    private final String markdown;
    private final long unionTriples;

    private BuildReport(JsonObject json, String markdown, long unionTriples) {
        this.json = json;
        this.markdown = markdown;
        this.unionTriples = unionTriples;
    }

    /** How many distinct triples the union of the build's named graphs holds. */
    public long unionTriples() {
        return unionTriples;
    }

    /**
     * One report's counts.
     *
     * @param extraction what was read
     * @param reportIri  the report's IRI
     * @param graphIri   its named graph
     */
    public record Entry(
            ReportExtraction extraction, String reportIri, String graphIri, List<Fidelity.Score> fidelity) {}

    /**
     * One report's part of the build report, made as soon as the report is read, so that what was read need not
     * be kept.
     *
     * @param json     its entry in the JSON report
     * @param markdown its section of the Markdown report
     */
    record Part(JsonObject json, String markdown) {}

    static BuildReport of(
            List<Entry> entries, Map<String, Long> triplesPerGraph, long unionTriples, Function<Entity, String> iriOf) {
        return of(entries.stream().map(e -> part(e, iriOf)).toList(), triplesPerGraph, unionTriples);
    }

    static BuildReport of(List<Part> parts, Map<String, Long> triplesPerGraph, long unionTriples) {
        JsonArrayBuilder reports = Json.createArrayBuilder();
        StringBuilder md = new StringBuilder("# gcmkg build report\n\n");
        for (Part part : parts) {
            reports.add(part.json());
            md.append(part.markdown());
        }
        JsonObjectBuilder graphs = Json.createObjectBuilder();
        md.append("## Triples\n\n| named graph | triples |\n|---|---:|\n");
        triplesPerGraph.forEach((g, n) -> {
            graphs.add(g, n);
            md.append("| <").append(g).append("> | ").append(n).append(" |\n");
        });
        md.append("| union | ").append(unionTriples).append(" |\n");
        JsonObject json = Json.createObjectBuilder()
                .add("reports", reports)
                .add("triples", Json.createObjectBuilder().add("graphs", graphs).add("union", unionTriples))
                .build();
        return new BuildReport(json, md.toString(), unionTriples);
    }

    /** The part of the build report about one report. */
    static Part part(Entry entry, Function<Entity, String> iriOf) {
        StringBuilder md = new StringBuilder();
        ReportExtraction x = entry.extraction();
        JsonObjectBuilder r = Json.createObjectBuilder()
                .add("file", x.report().source().fileName())
                .add("sha256", x.report().source().sha256())
                .add("iri", entry.reportIri())
                .add("graph", entry.graphIri())
                .add("title", x.report().title().text())
                .add("date", x.report().date().toString());
        md.append("## ")
                .append(x.report().source().fileName())
                .append("\n\n")
                .append("- report: <")
                .append(entry.reportIri())
                .append(">\n")
                .append("- named graph: <")
                .append(entry.graphIri())
                .append(">\n")
                .append("- date: ")
                .append(x.report().date())
                .append("\n")
                .append("- SHA-256: `")
                .append(x.report().source().sha256())
                .append("`\n\n")
                .append("| objective | actions | future goals | figures | programs |\n|---:|---:|---:|---:|---:|\n");
        JsonArrayBuilder objectives = Json.createArrayBuilder();
        int totalActions = 0;
        int totalGoals = 0;
        int totalFigures = 0;
        for (int i = 0; i < x.report().sections().size(); i++) {
            Section s = x.report().sections().get(i);
            if (s.objective().isEmpty()) {
                continue;
            }
            int n = s.objective().getAsInt();
            final int index = i;
            int figures = x.passages().stream()
                    .filter(p -> p.section() == index)
                    .mapToInt(p -> p.figures().size())
                    .sum();
            long programs = x.addresses().values().stream()
                    .filter(set -> set.contains(n))
                    .count();
            objectives.add(Json.createObjectBuilder()
                    .add("objective", n)
                    .add("title", s.title())
                    .add("actions", s.actions().size())
                    .add("goals", s.goals().size())
                    .add("figures", figures)
                    .add("programs", programs));
            md.append("| ")
                    .append(n)
                    .append(" | ")
                    .append(s.actions().size())
                    .append(" | ")
                    .append(s.goals().size())
                    .append(" | ")
                    .append(figures)
                    .append(" | ")
                    .append(programs)
                    .append(" |\n");
            totalActions += s.actions().size();
            totalGoals += s.goals().size();
            totalFigures += figures;
        }
        md.append("| **all** | ")
                .append(totalActions)
                .append(" | ")
                .append(totalGoals)
                .append(" | ")
                .append(totalFigures)
                .append(" | ")
                .append(x.addresses().size())
                .append(" |\n\n");
        r.add("objectives", objectives);
        r.add(
                "totals",
                Json.createObjectBuilder()
                        .add("actions", totalActions)
                        .add("goals", totalGoals)
                        .add("figures", totalFigures)
                        .add("sections", x.report().sections().size())
                        .add(
                                "footnotes",
                                x.passages().stream()
                                        .filter(p -> p.role() == PassageRole.FOOTNOTE)
                                        .count()));

        Map<String, Integer> kinds = new TreeMap<>();
        for (Entity e : x.entities().values()) {
            String key = switch (e.type()) {
                case ORGANIZATION ->
                    switch (OrganizationRole.of(e, x.country())) {
                        case REPORTING_GOVERNMENT -> "reporting-government";
                        case PUBLIC_AGENCY -> "public-agency";
                        case DOMESTIC_PARTNER -> "domestic-partner";
                        case INTERNATIONAL_PARTNER -> "international-partner";
                    };
                case PLACE -> "place/" + e.kind();
                case PROGRAM -> "program/" + e.kind();
            };
            kinds.merge(key, 1, Integer::sum);
            if (e.type() == EntityType.PROGRAM) {
                kinds.merge("program", 1, Integer::sum);
            } else if (e.type() == EntityType.PLACE) {
                kinds.merge("place", 1, Integer::sum);
            }
        }
        JsonObjectBuilder perKind = Json.createObjectBuilder();
        md.append("| kind | count |\n|---|---:|\n");
        kinds.forEach((k, v) -> {
            perKind.add(k, v);
            md.append("| ").append(k).append(" | ").append(v).append(" |\n");
        });
        r.add("entities", perKind);
        JsonArrayBuilder unresolved = Json.createArrayBuilder();
        md.append("\n### Names not in the gazetteer (")
                .append(x.unresolved().size())
                .append(")\n\n");
        for (Entity e : x.unresolved()) {
            unresolved.add(Json.createObjectBuilder()
                    .add("type", e.type().name().toLowerCase(Locale.ROOT))
                    .add("kind", e.kind())
                    .add("name", e.nameEs())
                    .add("acronym", e.acronym())
                    .add("iri", iriOf.apply(e)));
            md.append("- ")
                    .append(e.type().name().toLowerCase(Locale.ROOT))
                    .append(" (")
                    .append(e.kind())
                    .append("): ")
                    .append(e.nameEs())
                    .append(e.acronym().isEmpty() ? "" : " (" + e.acronym() + ")")
                    .append('\n');
        }
        r.add("unresolved", unresolved);
        if (!entry.fidelity().isEmpty()) {
            JsonArrayBuilder scores = Json.createArrayBuilder();
            md.append("\n### Fidelity to the golden reading\n\n| measure | precision | recall |\n|---|---:|---:|\n");
            for (Fidelity.Score score : entry.fidelity()) {
                scores.add(Json.createObjectBuilder()
                        .add("measure", score.name())
                        .add("precision", score.precision())
                        .add("recall", score.recall())
                        .add("stated", score.stated())
                        .add("correct", score.correct())
                        .add("golden", score.golden())
                        .add("found", score.found()));
                md.append(String.format(
                        Locale.ROOT,
                        "| %s | %.3f (%d/%d) | %.3f (%d/%d) |%n",
                        score.name(),
                        score.precision(),
                        score.correct(),
                        score.stated(),
                        score.recall(),
                        score.found(),
                        score.golden()));
            }
            r.add("fidelity", scores);
        }
        md.append('\n');
        return new Part(r.build(), md.toString());
    }

    /** The report as pretty-printed JSON. */
    public String json() {
        StringWriter out = new StringWriter();
        JsonWriterFactory factory = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        try (JsonWriter writer = factory.createWriter(out)) {
            writer.writeObject(json);
        }
        return out.toString().strip() + "\n";
    }

    /** The report as Markdown. */
    public String markdown() {
        return markdown;
    }
}
