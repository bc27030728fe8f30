package org.gcmkg.export;

import java.util.Locale;

/** The formats {@code gcmkg export} writes. */
public enum ExportFormat {
    /** GraphML, for Gephi, Cytoscape and yEd. */
    GRAPHML,
    /** GEXF 1.2, for Gephi. */
    GEXF,
    /** Two CSV files, {@code nodes.csv} and {@code edges.csv}, in the output folder. */
    CSV,
    /** Cytoscape.js elements JSON ({@code .cyjs}). */
    CYJS,
    /** The objective × organization matrix as CSV. */
    MATRIX;

    /** The format of a name, in any case. */
    public static ExportFormat of(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("no format '" + name + "'; one of graphml, gexf, csv, cyjs, matrix");
        }
    }
}
