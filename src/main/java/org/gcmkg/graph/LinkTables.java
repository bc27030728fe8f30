package org.gcmkg.graph;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.gcmkg.vocab.PROV;

/**
 * The curated link tables in {@code data/links/}: one row per link from a local resource to an external
 * dataset (UN SDG KOS, UN geographic areas, Wikidata, GeoNames, the UN Network on Migration), each with its
 * source. Links stated by the UN or taken from a reference table go into one named graph; the project's own
 * curation goes into another, with a weaker match property, so a reader always knows which is which.
 */
public final class LinkTables {
    /** The link tables and the local resource each one's first column names. */
    public enum Table {
        OBJECTIVES("objectives.csv", "objective"),
        OBJECTIVE_SDG_TARGETS("objective-sdg-targets.csv", "objective"),
        PLACES("places.csv", "place"),
        ORGANIZATIONS("organizations.csv", "organization");

        final String file;
        final String column;

        Table(String file, String column) {
            this.file = file;
            this.column = column;
        }

        /** The file name under {@code data/links/}. */
        public String file() {
            return file;
        }
    }

    /**
     * One row of a link table.
     *
     * @param table    the table
     * @param line     its line in the file
     * @param local    the local key (objective number, place or organization id, or {@code gcm} for the compact)
     * @param property the property as a prefixed name
     * @param target   an IRI, or a literal value for {@code gcm:m49Code} and {@code gcm:isoAlpha3}
     * @param curated  whether the link is the project's own curation rather than a stated fact
     * @param source   where it comes from
     */
    public record Link(
            Table table, long line, String local, String property, String target, boolean curated, String source) {}

    /** Properties a link may use, and whether each takes an IRI. */
    public static final Map<String, Boolean> PROPERTIES = Map.of(
            "owl:sameAs",
            true,
            "skos:exactMatch",
            true,
            "skos:closeMatch",
            true,
            "skos:relatedMatch",
            true,
            "rdfs:seeAlso",
            true,
            "dcterms:isPartOf",
            true,
            "dcterms:relation",
            true,
            "gcm:m49Code",
            false,
            "gcm:isoAlpha3",
            false);

    /** Properties only the project's curation may use: a curated link is never stated as an exact one. */
    static final Set<String> CURATED_PROPERTIES = Set.of("skos:relatedMatch");

    private static final Pattern IRI = Pattern.compile("https?://[^\\s<>\"{}|\\\\^`]+");

    private final List<Link> links;

    private LinkTables(List<Link> links) {
        this.links = links;
    }

    /** Every row of every table, in file order. */
    public List<Link> links() {
        return links;
    }

    /** Reads {@code data/links/}; a malformed row is refused with its file and line. */
    public static LinkTables load(Path dataDir) throws IOException, LinkTableException {
        List<Link> all = new ArrayList<>();
        for (Table table : Table.values()) {
            Path file = dataDir.resolve("links").resolve(table.file);
            CSVFormat format = CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                    CSVParser parser = CSVParser.builder()
                            .setReader(reader)
                            .setFormat(format)
                            .get()) {
                boolean hasStatedBy = parser.getHeaderNames().contains("stated_by");
                for (CSVRecord row : parser) {
                    long line = row.getRecordNumber() + 1;
                    String property = row.get("property").trim();
                    String target = row.get("target").trim();
                    String source = row.get("source").trim();
                    boolean curated = hasStatedBy && row.get("stated_by").trim().equals("gcmkg");
                    Boolean takesIri = PROPERTIES.get(property);
                    if (takesIri == null) {
                        throw new LinkTableException(
                                file, line, "property '" + property + "' is not one of " + PROPERTIES.keySet());
                    }
                    if (takesIri && !IRI.matcher(target).matches()) {
                        throw new LinkTableException(file, line, "'" + target + "' is not an http(s) IRI");
                    }
                    if (source.isEmpty()) {
                        throw new LinkTableException(file, line, "the link has no source");
                    }
                    if (CURATED_PROPERTIES.contains(property) != curated) {
                        throw new LinkTableException(
                                file,
                                line,
                                curated
                                        ? "a link of the project's curation must use skos:relatedMatch"
                                        : "skos:relatedMatch is kept for links of the project's curation (stated_by gcmkg)");
                    }
                    all.add(new Link(table, line, row.get(table.column).trim(), property, target, curated, source));
                }
            } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
                throw new LinkTableException(file, 0, "not a readable link table: " + e.getMessage());
            }
        }
        return new LinkTables(List.copyOf(all));
    }

    /** The IRI of a row's local resource. */
    public static String localIri(Iris iris, Link link) {
        return switch (link.table()) {
            case OBJECTIVES, OBJECTIVE_SDG_TARGETS ->
                link.local().equals("gcm") ? iris.objectiveScheme() : iris.objective(Integer.parseInt(link.local()));
            case PLACES -> iris.place(link.local());
            case ORGANIZATIONS -> iris.organization(link.local());
        };
    }

    /** The local resources the links are about: a build need only tell which of them its graphs hold. */
    public Set<String> locals(Iris iris) {
        Set<String> locals = new HashSet<>();
        for (Link link : links) {
            locals.add(localIri(iris, link));
        }
        return locals;
    }

    /**
     * The two link graphs, keeping only links whose local resource is in {@code present} (a place the
     * reports never name gets no links).
     *
     * @return the stated links and the curated links
     */
    public Graphs graphs(Iris iris, Set<String> present) {
        Model stated = newModel(
                iris.linksGraph(),
                "Links of gcmkg resources to UN and reference datasets",
                "Each link comes from a UN document or a reference table (data/links/, data/reference/).");
        Model curated = newModel(
                iris.curatedLinksGraph(),
                "Links curated by the gcmkg project",
                "Links the UN does not state, curated by the gcmkg project; weaker (skos:relatedMatch) than stated links.");
        for (Link link : links) {
            String local = localIri(iris, link);
            if (!present.contains(local)) {
                continue;
            }
            Model m = link.curated() ? curated : stated;
            Resource subject = m.createResource(local);
            Property p = m.createProperty(m.expandPrefix(link.property()));
            RDFNode object =
                    PROPERTIES.get(link.property()) ? m.createResource(link.target()) : m.createLiteral(link.target());
            subject.addProperty(p, object);
        }
        return new Graphs(stated, curated);
    }

    /**
     * The two link graphs.
     *
     * @param stated  links stated by the UN or read from a reference table
     * @param curated links of the project's own curation
     */
    public record Graphs(Model stated, Model curated) {}

    private static Model newModel(String graphIri, String title, String description) {
        Model m = ModelFactory.createDefaultModel();
        Prefixes.apply(m);
        Resource graph = m.createResource(graphIri, PROV.Entity);
        graph.addProperty(DCTerms.title, title, "en");
        graph.addProperty(RDFS.comment, description, "en");
        graph.addProperty(DCTerms.source, "data/links/*.csv of the gcmkg repository");
        graph.addProperty(RDF.type, m.createResource("http://rdfs.org/ns/void#Linkset"));
        return m;
    }

    /** A link table that cannot be read. */
    public static final class LinkTableException extends Exception {
        private static final long serialVersionUID = 1L;

        LinkTableException(Path file, long line, String problem) {
            super(file + ":" + line + ": " + problem);
        }
    }
}
