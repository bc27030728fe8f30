package org.gcmkg.store;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.store.Directory;
import org.gcmkg.vocab.OA;
import org.gcmkg.vocab.SCHEMA;

/**
 * The full-text index: one Lucene field, {@value #FIELD}, over labels, titles, the text of actions, goals
 * and sections, and quoted source sentences, analysed as Spanish ({@link SpanishFoldingAnalyzer}). In
 * SPARQL: {@code ?s text:query "trata"} (prefix {@code text: <http://jena.apache.org/text#>}).
 */
public final class TextIndexing {
    /** The one indexed field. */
    public static final String FIELD = "text";
    /** The properties whose values are indexed. */
    public static final List<Node> INDEXED = List.of(
            RDFS.label.asNode(),
            SKOS.prefLabel.asNode(),
            SKOS.altLabel.asNode(),
            DCTerms.title.asNode(),
            SCHEMA.text.asNode(),
            OA.exact.asNode());

    private TextIndexing() {}

    static TextIndexConfig config() {
        EntityDefinition entities = new EntityDefinition("uri", FIELD, INDEXED.get(0));
        for (int i = 1; i < INDEXED.size(); i++) {
            entities.set(FIELD, INDEXED.get(i));
        }
        TextIndexConfig config = new TextIndexConfig(entities);
        config.setAnalyzer(new SpanishFoldingAnalyzer());
        config.setQueryAnalyzer(new SpanishFoldingAnalyzer());
        config.setValueStored(false);
        return config;
    }

    /** The Lucene index in {@code directory}. */
    static TextIndex index(Directory directory) {
        return TextDatasetFactory.createLuceneIndex(directory, config());
    }

    /** Wraps a dataset so that text queries use {@code index} (closed with the dataset). */
    static DatasetGraph wrap(DatasetGraph base, TextIndex index) {
        return TextDatasetFactory.create(base, index, true);
    }
}
