package org.gcmkg.serve;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.gcmkg.export.MatrixExporter;
import org.gcmkg.network.NetworkNode;
import org.gcmkg.network.NetworkSource;
import org.gcmkg.network.NodeKind;
import org.gcmkg.network.ObjectiveMatrix;
import org.gcmkg.store.StoredDataset;

/**
 * The objective × organization matrix ({@code matrix.mustache}, or CSV with {@code ?format=csv}): for each
 * organization, how many of its programs address each objective, with a column for every objective of the
 * graph. {@code ?kind=agency|partner|domestic-partner} keeps one kind of organization.
 */
final class MatrixPage {
    /** The kinds the matrix can be narrowed to. */
    static final List<NodeKind> KINDS =
            List.of(NodeKind.PUBLIC_AGENCY, NodeKind.INTERNATIONAL_PARTNER, NodeKind.DOMESTIC_PARTNER);

    private final LocalPaths paths;

    MatrixPage(LocalPaths paths) {
        this.paths = paths;
    }

    /** The rows of the matrix, of one kind when {@code kind} names one. */
    static List<ObjectiveMatrix.Row> rows(NetworkSource source, String kind) {
        return ObjectiveMatrix.of(source, List.of()).stream()
                .filter(r -> kind == null
                        || kind.isEmpty()
                        || r.organization().kind().key().equals(kind))
                .toList();
    }

    static void csv(StoredDataset stored, String kind, HttpServletResponse response) throws IOException {
        NetworkSource source = NetworkPages.source(stored);
        response.setContentType("text/csv;charset=utf-8");
        String suffix = kind == null || kind.isEmpty() ? "" : "-" + kind;
        response.setHeader("Content-Disposition", "attachment; filename=\"gcmkg-matrix" + suffix + ".csv\"");
        MatrixExporter.csv(rows(source, kind), ObjectiveMatrix.columns(source, List.of()), response.getWriter());
    }

    Map<String, Object> scope(PageContext page, StoredDataset stored, String kind) {
        NetworkSource source = NetworkPages.source(stored);
        String lang = page.lang();
        SortedSet<Integer> columns = ObjectiveMatrix.columns(source, List.of());
        Map<String, Object> s = new HashMap<>();
        List<Map<String, Object>> heads = new ArrayList<>();
        for (Map<String, Object> o : NetworkPages.objectives(source, lang)) {
            if (columns.contains((Integer) o.get("number"))) {
                Map<String, Object> head = new HashMap<>(o);
                head.put("href", paths.href((String) o.get("iri")));
                heads.add(head);
            }
        }
        s.put("columns", heads);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ObjectiveMatrix.Row r : rows(source, kind)) {
            NetworkNode org = r.organization();
            Map<String, Object> row = new HashMap<>();
            row.put("href", paths.href(org.iri()));
            row.put("label", NetworkPages.label(org, lang));
            row.put("kind", page.messages().get(NetworkPages.kindKey(org.kind())));
            row.put("objectives", r.objectives());
            List<Map<String, Object>> cells = new ArrayList<>();
            for (int n : columns) {
                int c = r.count(n);
                String names = r.programs().getOrDefault(n, new TreeSet<>()).stream()
                        .map(p -> source.nodes().containsKey(p)
                                ? NetworkPages.label(source.nodes().get(p), lang)
                                : p)
                        .collect(Collectors.joining("; "));
                cells.add(c > 0 ? Map.of("n", c, "names", names, "on", true) : Map.of("on", false));
            }
            row.put("cells", cells);
            rows.add(row);
        }
        s.put("rows", rows);
        s.put("row_count", rows.size());
        List<Map<String, Object>> kinds = new ArrayList<>();
        kinds.add(Map.of(
                "href",
                "/matrix",
                "label",
                page.messages().get("matrix_all"),
                "current",
                kind == null || kind.isEmpty()));
        for (NodeKind k : KINDS) {
            kinds.add(Map.of(
                    "href",
                    "/matrix?kind=" + k.key(),
                    "label",
                    page.messages().get(NetworkPages.kindKey(k)),
                    "current",
                    k.key().equals(kind)));
        }
        s.put("kinds", kinds);
        s.put("csv_href", "/matrix?format=csv" + (kind == null || kind.isEmpty() ? "" : "&kind=" + kind));
        return s;
    }

    /** Whether {@code kind} is empty or names a kind the matrix can be narrowed to. */
    static boolean knownKind(String kind) {
        return kind == null
                || kind.isEmpty()
                || KINDS.stream().anyMatch(k -> k.key().equals(kind));
    }
}
