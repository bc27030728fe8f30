package org.gcmkg.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.query.QueryException;
import org.gcmkg.deploy.Deployment;
import org.gcmkg.pipeline.BuildConfig;
import org.gcmkg.query.LibraryQuery;
import org.gcmkg.query.QueryCatalog;
import org.gcmkg.query.QueryLibrary;
import org.gcmkg.query.QueryLibraryException;
import org.gcmkg.query.QueryRunner;
import org.gcmkg.serve.ServiceAllowList;
import org.gcmkg.store.GraphStore;
import org.gcmkg.store.StoredDataset;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gcmkg query}: runs a query of the library, or a file, locally or against an endpoint. */
@Command(
        name = "query",
        mixinStandardHelpOptions = true,
        description = "Run a named query of queries/ (e.g. programs-per-objective) or a .rq file against the local "
                + "store (built first if missing or stale) or a remote SPARQL endpoint.")
public final class QueryCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    private Main main;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "NAME|FILE",
            description = "A query name of queries/ or a query file.")
    String query;

    @Option(names = "--list", description = "List the queries of the library, a name and title per line, and exit.")
    boolean list;

    @Option(names = "--catalog", description = "Print the library's catalogue as Markdown (docs/queries.md) and exit.")
    boolean catalog;

    @Option(
            names = "--endpoint",
            paramLabel = "URL",
            description = "Query this SPARQL endpoint instead of the local store.")
    String endpoint;

    @Option(
            names = "--store",
            paramLabel = "DIR",
            defaultValue = "target/store",
            description = "Local TDB2 store (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(
            names = "--allow-service",
            paramLabel = "IRI",
            description = "A SPARQL endpoint SERVICE may call from the local store (repeatable; an IRI ending in / "
                    + "allows all below it); none by default, as for serve.")
    List<String> allowService = new ArrayList<>();

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries", description = "The query library.")
    Path queries;

    @Option(
            names = "--format",
            defaultValue = "TABLE",
            description = "table, csv, tsv or json (default: table).",
            converter = FormatConverter.class)
    QueryRunner.Format format;

    /** Accepts the format names in any case. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<QueryRunner.Format> {
        @Override
        public QueryRunner.Format convert(String value) {
            return QueryRunner.Format.valueOf(value.toUpperCase(Locale.ROOT));
        }
    }

    @Override
    public Integer call() throws Exception {
        if (list || catalog) {
            List<LibraryQuery> library;
            try {
                library = QueryLibrary.load(queries);
            } catch (QueryLibraryException e) {
                main.err.println("gcmkg query: error: " + queries.resolve(e.getMessage()));
                return 1;
            }
            PrintStream out = new PrintStream(main.out, true, StandardCharsets.UTF_8);
            if (catalog) {
                out.print(QueryCatalog.markdown(library));
            } else {
                library.forEach(q -> out.println(q.name() + "\t" + q.title()));
            }
            return 0;
        }
        if (query == null) {
            main.err.println("gcmkg query: error: give a query name or file, or --list or --catalog");
            return 2;
        }
        String text;
        try {
            text = QueryRunner.resolve(query, queries);
        } catch (NoSuchFileException e) {
            main.err.println("gcmkg query: error: " + e.getFile() + ": " + e.getReason());
            return 2;
        }
        try {
            if (endpoint != null) {
                QueryRunner.run(text, endpoint, format, main.out);
                return 0;
            }
            StoredDataset stored = new Deployment(
                            store, BuildConfig.defaults(Path.of("")), m -> main.err.println("gcmkg query: " + m))
                    .openCurrentOrRebuild();
            try {
                // the same federation rule as the endpoint's: only endpoints on the allow list
                new ServiceAllowList(allowService).install(stored.dataset().getContext());
                QueryRunner.run(text, stored.dataset(), format, main.out);
            } finally {
                GraphStore.release(stored);
            }
            return 0;
        } catch (QueryException e) {
            main.err.println("gcmkg query: error: " + query + ": " + e.getMessage());
            return 1;
        }
    }
}
