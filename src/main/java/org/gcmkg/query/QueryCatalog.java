package org.gcmkg.query;

import java.util.List;

/**
 * The catalogue of the query library as Markdown ({@code docs/queries.md}), written from the queries'
 * comment blocks so that the documentation cannot drift from the queries.
 */
public final class QueryCatalog {
    private QueryCatalog() {}

    /** The whole catalogue. */
    public static String markdown(List<LibraryQuery> queries) {
        StringBuilder b = new StringBuilder();
        b.append("# The query library\n\n")
                .append(
                        "<!-- Written by `java -jar target/gcmkg.jar query --catalog > docs/queries.md` from the comment blocks of\n")
                .append(
                        "     queries/*.rq; edit the queries, not this file. A test fails when it is out of date. -->\n\n")
                .append(queries.size())
                .append(" SPARQL queries researchers can start from. Run one by name against the local store with\n")
                .append(
                        "`java -jar target/gcmkg.jar query NAME` (add `--format csv|tsv|json`, or `--endpoint URL` for a served\n")
                .append(
                        "graph), or open it in the workbench at `/query` of `gcmkg serve`: YASGUI (the YASQE editor and the\n")
                .append(
                        "YASR results), where each query opens in a new tab, runs, and shows its `#defaultView:` (a table, a bar\n")
                .append(
                        "or line chart, or the network graph), in English or Spanish. Every query is run by the test suite against\n")
                .append(
                        "the built graph and its answer compared with the reviewed result in `queries/expected/NAME.csv`.\n\n")
                .append(
                        "Labels come in both languages: where a query returns the name of a resource, it returns two columns,\n")
                .append(
                        "`NAME_en` and `NAME_es`, each read in an `OPTIONAL`, so that a resource without a name in one language\n")
                .append(
                        "still has its row (with that column empty) and no row is repeated for a combination of names. The\n")
                .append(
                        "workbench's charts draw such a pair as one column `NAME` in the page's language, else in the other.\n")
                .append(
                        "Texts quoted from the report (sentences, units, the report's own wording) stay Spanish, as written.\n\n")
                .append(
                        "Each query gives its title and question in English (its first line and `# Question:`) and in Spanish\n")
                .append(
                        "(`# Title@es:` and `# Question@es:`, both required, as the loader checks); the workbench and the landing\n")
                .append(
                        "page show those of the page's language. Columns, notes and needs are written in English only.\n\n")
                .append("| Query | Question | View |\n|---|---|---|\n");
        for (LibraryQuery q : queries) {
            b.append("| [")
                    .append(cell(q.title()))
                    .append("](#")
                    .append(q.name())
                    .append(") | ")
                    .append(cell(q.question()))
                    .append(" | ")
                    .append(q.view())
                    .append(" |\n");
        }
        for (LibraryQuery q : queries) {
            b.append("\n<a id=\"")
                    .append(q.name())
                    .append("\"></a>\n## ")
                    .append(q.title())
                    .append("\n\n")
                    .append("`")
                    .append(q.name())
                    .append("` · suggested view: ")
                    .append(q.view())
                    .append("\n\n")
                    .append("**Título.** ")
                    .append(q.titleEs())
                    .append("\n\n")
                    .append("**Question.** ")
                    .append(q.question())
                    .append("\n\n")
                    .append("**Pregunta.** ")
                    .append(q.questionEs())
                    .append("\n\n")
                    .append("**Columns.** ")
                    .append(q.columns())
                    .append("\n\n");
            q.expectEmpty()
                    .ifPresent(why -> b.append("**Expected answer: none**, because ")
                            .append(why)
                            .append("\n\n"));
            for (String service : q.services()) {
                b.append("**Calls** `").append(service).append("` through `SERVICE`.\n\n");
            }
            if (!q.needs().isEmpty()) {
                b.append("**Needs.** ").append(q.needs()).append("\n\n");
            }
            if (!q.note().isEmpty()) {
                b.append("**Note.** ").append(q.note()).append("\n\n");
            }
            b.append("```sparql\n").append(body(q.text())).append("```\n");
        }
        return b.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }

    /** The query without its comment block. */
    private static String body(String text) {
        StringBuilder b = new StringBuilder();
        boolean header = true;
        for (String line : text.lines().toList()) {
            if (header && line.startsWith("#")) {
                continue;
            }
            header = false;
            b.append(line).append('\n');
        }
        return b.toString();
    }
}
