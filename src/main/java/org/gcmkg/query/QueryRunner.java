package org.gcmkg.query;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/**
 * Runs a query of the library in {@code queries/} (by name) or any query file, against a dataset or a remote
 * SPARQL endpoint, and prints the answer as a table, CSV, TSV or SPARQL JSON.
 */
public final class QueryRunner {
    /** Output formats. */
    public enum Format {
        TABLE,
        CSV,
        TSV,
        JSON
    }

    private QueryRunner() {}

    /**
     * The query text: {@code nameOrFile} is a file if one exists at that path, else the name of a query of the
     * library, with or without {@code .rq}.
     */
    public static String resolve(String nameOrFile, Path queriesDir) throws IOException {
        Path file = Path.of(nameOrFile);
        if (!Files.isRegularFile(file)) {
            String name = nameOrFile.endsWith(".rq") ? nameOrFile : nameOrFile + ".rq";
            file = queriesDir.resolve(name);
            if (!Files.isRegularFile(file)) {
                throw new NoSuchFileException(nameOrFile, null, "neither a file nor a query of " + queriesDir);
            }
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** Runs against a local dataset whose default graph is the union of its named graphs. */
    public static void run(String queryText, DatasetGraph dataset, Format format, OutputStream out) {
        Query query = QueryFactory.create(queryText);
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset))
                    .query(query)
                    .set(TDB2.symUnionDefaultGraph, true)
                    .build()) {
                print(qe, query, format, out);
            }
        });
    }

    /** Runs against a remote SPARQL endpoint. */
    public static void run(String queryText, String endpoint, Format format, OutputStream out) {
        Query query = QueryFactory.create(queryText);
        try (QueryExecution qe =
                QueryExecutionHTTP.service(endpoint).query(query).build()) {
            print(qe, query, format, out);
        }
    }

    private static void print(QueryExecution qe, Query query, Format format, OutputStream out) {
        if (query.isSelectType()) {
            var results = qe.execSelect();
            switch (format) {
                case TABLE -> ResultSetFormatter.out(out, results, query.getPrologue());
                case CSV -> ResultSetFormatter.outputAsCSV(out, results);
                case TSV -> ResultSetFormatter.outputAsTSV(out, results);
                case JSON -> ResultSetFormatter.outputAsJSON(out, results);
            }
        } else if (query.isAskType()) {
            boolean answer = qe.execAsk();
            if (format == Format.JSON) {
                ResultSetFormatter.outputAsJSON(out, answer);
            } else {
                new PrintStream(out, true, StandardCharsets.UTF_8).println(answer);
            }
        } else {
            var model = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            RDFDataMgr.write(out, model, format == Format.JSON ? Lang.JSONLD : Lang.TURTLE);
        }
    }
}
