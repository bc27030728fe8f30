package org.gcmkg.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpService;

/**
 * The curated queries of {@code queries/}. Each file opens with a comment block: an English title line, then
 * {@code # Title@es:} (the title in Spanish), {@code # Question:}, {@code # Question@es:} (the question in
 * Spanish), {@code # Columns:}, optionally {@code # Expect: empty, because ...}, {@code # Service:}
 * (one per remote endpoint), {@code # Needs:} and {@code # Note:}, each continued on lines indented by three
 * spaces, and a {@code #defaultView:} line. Loading checks all of this and that the SPARQL parses, and fails
 * with the file and line of the first problem.
 */
public final class QueryLibrary {
    /** The result views a header may suggest, as the Wikidata Query Service names them. */
    public static final Set<String> VIEWS = Set.of("Table", "Graph", "BarChart", "LineChart", "Map", "Timeline");

    private static final Set<String> FIELDS =
            Set.of("Title@es", "Question", "Question@es", "Columns", "Expect", "Service", "Needs", "Note");
    /** The fields every header has: the Spanish title and question, the pages' other language, among them. */
    private static final List<String> REQUIRED = List.of("Title@es", "Question", "Question@es", "Columns");

    private QueryLibrary() {}

    /** The queries of a folder, by name; an empty list when there is no such folder. */
    public static List<LibraryQuery> load(Path dir) throws IOException, QueryLibraryException {
        List<LibraryQuery> queries = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return queries;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".rq"))
                    .sorted()
                    .toList()) {
                queries.add(read(file));
            }
        }
        return queries;
    }

    /** Reads and checks one query file. */
    public static LibraryQuery read(Path file) throws IOException, QueryLibraryException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String fileName = file.getFileName().toString();
        String name = fileName.replaceFirst("\\.rq$", "");
        List<String> lines = text.lines().toList();
        if (lines.isEmpty()
                || !lines.get(0).startsWith("# ")
                || lines.get(0).substring(2).isBlank()) {
            throw new QueryLibraryException(fileName, 1, "a query opens with its title: \"# Title\"");
        }
        String title = lines.get(0).substring(2).strip();
        Map<String, StringBuilder> fields = new LinkedHashMap<>();
        List<String> services = new ArrayList<>();
        String view = null;
        String current = null;
        int i = 1;
        for (; i < lines.size() && lines.get(i).startsWith("#"); i++) {
            String line = lines.get(i);
            int lineNo = i + 1;
            if (line.startsWith("#defaultView:")) {
                view = line.substring("#defaultView:".length()).strip();
                if (!VIEWS.contains(view)) {
                    throw new QueryLibraryException(
                            fileName, lineNo, "unknown view \"" + view + "\"; one of " + new TreeSet<>(VIEWS));
                }
                current = null;
            } else if (line.equals("#")) {
                current = null;
            } else if (line.startsWith("#   ") && current != null) {
                fields.get(current).append(' ').append(line.strip().substring(1).strip());
            } else if (line.matches("# [A-Z][a-z]+(@[a-z]{2})?: .*")) {
                String key = line.substring(2, line.indexOf(':'));
                String value = line.substring(line.indexOf(':') + 1).strip();
                if (!FIELDS.contains(key)) {
                    throw new QueryLibraryException(
                            fileName, lineNo, "unknown field \"" + key + "\"; one of " + new TreeSet<>(FIELDS));
                }
                if (key.equals("Service")) {
                    services.add(value);
                    current = null;
                } else if (fields.containsKey(key)) {
                    throw new QueryLibraryException(fileName, lineNo, "field \"" + key + "\" given twice");
                } else {
                    fields.put(key, new StringBuilder(value));
                    current = key;
                }
            } else {
                throw new QueryLibraryException(
                        fileName,
                        lineNo,
                        "expected \"# Field: text\", a continuation indented by three spaces, \"#\" or \"#defaultView:\"");
            }
        }
        int headerEnd = i;
        for (String required : REQUIRED) {
            if (!fields.containsKey(required) || fields.get(required).toString().isBlank()) {
                throw new QueryLibraryException(
                        fileName, headerEnd, "the comment block has no \"# " + required + ":\"");
            }
        }
        if (view == null) {
            throw new QueryLibraryException(fileName, headerEnd, "the comment block has no \"#defaultView:\" line");
        }
        Optional<String> expectEmpty = Optional.empty();
        if (fields.containsKey("Expect")) {
            String expect = fields.get("Expect").toString();
            if (!expect.startsWith("empty, because ")) {
                throw new QueryLibraryException(fileName, headerEnd, "\"# Expect:\" reads \"empty, because <reason>\"");
            }
            expectEmpty = Optional.of(expect.substring("empty, because ".length()));
        }
        Set<String> called = servicesCalled(text, fileName, headerEnd);
        if (!called.equals(new TreeSet<>(services))) {
            throw new QueryLibraryException(
                    fileName,
                    headerEnd,
                    "the SERVICE endpoints " + called + " differ from those the header declares "
                            + new TreeSet<>(services));
        }
        return new LibraryQuery(
                name,
                file,
                title,
                fields.get("Title@es").toString(),
                fields.get("Question").toString(),
                fields.get("Question@es").toString(),
                fields.get("Columns").toString(),
                view,
                expectEmpty,
                List.copyOf(services),
                value(fields, "Needs"),
                value(fields, "Note"),
                text);
    }

    private static String value(Map<String, StringBuilder> fields, String key) {
        return fields.containsKey(key) ? fields.get(key).toString() : "";
    }

    /** The endpoints a query calls through SERVICE with a fixed IRI. */
    static Set<String> servicesCalled(String text, String fileName, int headerEnd) throws QueryLibraryException {
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new QueryLibraryException(fileName, e.getLine() > 0 ? e.getLine() : headerEnd, e.getMessage());
        }
        Set<String> called = new TreeSet<>();
        OpWalker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                called.add(
                        op.getService().isURI()
                                ? op.getService().getURI()
                                : op.getService().toString());
            }
        });
        return called;
    }
}
