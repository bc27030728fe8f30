package org.gcmkg.serve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gcmkg.graph.Iris;
import org.gcmkg.network.NetworkSource;
import org.gcmkg.network.NodeKind;
import org.gcmkg.network.Projection;
import org.gcmkg.store.StoredDataset;

/**
 * The values of the network explorer ({@code explore.mustache}): the menus, legend, measures and their
 * explanations in the page's language. The objective menu lists every objective of the graph, also those no
 * program addresses (objective 13 in the Mexican report), which the network itself leaves out, since it keeps
 * only nodes with an edge. The nodes, edges and measures the script reads with SPARQL.
 */
final class ExplorerPage {
    /** The measures the explorer sizes and ranks nodes by, as the graph names them. */
    static final List<String> MEASURES = List.of("degree", "weightedDegree", "betweenness", "closeness");
    /** The projections whose measures it offers: the one it draws, and the organizations' co-participation. */
    static final List<Projection> PROJECTIONS = List.of(Projection.FULL, Projection.COLLABORATION);

    static final List<String> LAYOUTS = List.of("cose", "concentric", "breadthfirst", "circle", "grid");
    static final String CYTOSCAPE = "/webjars/cytoscape/3.33.1/dist/cytoscape.min.js";
    private final Iris iris;

    ExplorerPage(Iris iris) {
        this.iris = iris;
    }

    /** The value of the measure menu for a measure of a projection: {@code betweenness}, {@code collaboration-degree}. */
    static String measureValue(Projection projection, String measure) {
        return projection == Projection.FULL ? measure : projection.key() + "-" + measure;
    }

    Map<String, Object> scope(PageContext page, StoredDataset stored) {
        Messages msg = page.messages();
        NetworkSource source = NetworkPages.source(stored);
        Map<String, Object> s = new HashMap<>();
        s.put("base", iris.base());
        s.put("cytoscape", CYTOSCAPE);
        s.put("objectives", NetworkPages.objectives(source, page.lang()));
        List<Map<String, Object>> kinds = new ArrayList<>();
        for (NodeKind k : NodeKind.values()) {
            kinds.add(Map.of("key", k.key(), "label", msg.get(NetworkPages.kindKey(k))));
        }
        s.put("kinds", kinds);
        List<Map<String, Object>> groups = new ArrayList<>();
        List<Map<String, Object>> projections = new ArrayList<>();
        for (Projection p : PROJECTIONS) {
            String name = msg.get("projection_" + p.key());
            List<Map<String, Object>> options = new ArrayList<>();
            for (String m : MEASURES) {
                options.add(Map.of("value", measureValue(p, m), "label", msg.get("measure_" + m) + " · " + name));
            }
            groups.add(
                    Map.of("label", name, "options", options, "iri", iris.networkProjection(p.key()), "key", p.key()));
            projections.add(Map.of("name", name, "definition", msg.get("projection_" + p.key() + "_def")));
        }
        s.put("measure_groups", groups);
        s.put("projections", projections);
        s.put(
                "measures",
                MEASURES.stream()
                        .map(m ->
                                Map.of("name", msg.get("measure_" + m), "definition", msg.get("measure_" + m + "_def")))
                        .toList());
        s.put(
                "layouts",
                LAYOUTS.stream()
                        .map(l -> Map.of("value", l, "label", msg.get("layout_" + l)))
                        .toList());
        return s;
    }
}
