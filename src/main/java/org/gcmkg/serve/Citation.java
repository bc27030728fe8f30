package org.gcmkg.serve;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/**
 * How to cite the dataset, as a line of text, BibTeX and CSL-JSON. BibTeX escapes the characters TeX reads as
 * commands ({@code \ { } $ & % # _ ^ ~}); CSL-JSON is written by a JSON writer, which escapes quotes,
 * backslashes and control characters.
 *
 * @param title    the dataset's title
 * @param author   who made it (a body, so written as one literal name)
 * @param issued   the day this release was issued, {@code yyyy-mm-dd}
 * @param version  the version string ({@code 0.1.0+data.…})
 * @param url      where it is served
 * @param source   the report it was built from, as a line of text
 */
record Citation(String title, String author, String issued, String version, String url, String source) {

    /** A key for BibTeX: letters, digits and the version's data digits. */
    String key() {
        return "gcmkg_" + issued.substring(0, 4) + "_" + version.replaceAll("[^A-Za-z0-9]", "");
    }

    /** The citation as one line of text. */
    String text() {
        return author + " (" + issued.substring(0, 4) + "). " + title + ", version " + version + ". " + url
                + (source.isEmpty() ? "" : ". " + source);
    }

    /** A BibTeX {@code @misc} entry (biblatex reads {@code version}; BibTeX ignores it). */
    String bibtex() {
        StringBuilder b = new StringBuilder("@misc{").append(key()).append(",\n");
        field(b, "author", "{" + tex(author) + "}");
        field(b, "title", "{" + tex(title) + "}");
        field(b, "year", tex(issued.substring(0, 4)));
        field(b, "date", tex(issued));
        field(b, "version", tex(version));
        field(b, "howpublished", "\\" + "url{" + url(url) + "}");
        field(b, "url", url(url));
        if (!source.isEmpty()) {
            field(b, "note", tex(source));
        }
        return b.append("}\n").toString();
    }

    private static void field(StringBuilder b, String name, String value) {
        b.append("  ").append(name).append(" = {").append(value).append("},\n");
    }

    /** Text for a BibTeX field: TeX's special characters escaped. */
    static String tex(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '$', '&', '%', '#', '_' -> out.append('\\').append(c);
                case '^' -> out.append("\\^{}");
                case '~' -> out.append("\\~{}");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A URL for the url command of LaTeX: braces, which would end the field, and {@code %} and {@code #} escaped. */
    static String url(String s) {
        return s.replace("\\", "%5C")
                .replace("{", "%7B")
                .replace("}", "%7D")
                .replace("%", "\\%")
                .replace("#", "\\#");
    }

    /** A CSL-JSON array with one item of type {@code dataset}. */
    String cslJson() {
        String[] day = issued.split("-", -1);
        JsonArrayBuilder parts = Json.createArrayBuilder();
        for (String d : day) {
            parts.add(Integer.parseInt(d));
        }
        JsonObjectBuilder item = Json.createObjectBuilder()
                .add("id", key())
                .add("type", "dataset")
                .add("title", title)
                .add(
                        "author",
                        Json.createArrayBuilder().add(Json.createObjectBuilder().add("literal", author)))
                .add(
                        "issued",
                        Json.createObjectBuilder()
                                .add("date-parts", Json.createArrayBuilder().add(parts)))
                .add("version", version)
                .add("URL", url);
        if (!source.isEmpty()) {
            item.add("note", source);
        }
        JsonWriterFactory factory = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        StringWriter out = new StringWriter();
        try (JsonWriter writer = factory.createWriter(out)) {
            writer.writeArray(Json.createArrayBuilder(List.of()).add(item).build());
        }
        return out.toString().strip() + "\n";
    }

    /** The values of {@code cite.mustache}. */
    Map<String, Object> scope() {
        return Map.of("text", text(), "bibtex", bibtex(), "csl", cslJson());
    }
}
