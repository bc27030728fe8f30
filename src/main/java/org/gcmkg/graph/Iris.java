package org.gcmkg.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.gcmkg.extract.Entity;

/**
 * The data IRIs of the graph: a public contract, documented in {@code docs/iris.md}. Every IRI is made from
 * content (an objective number, a gazetteer key, a slug of a name, a hash of the text it stands for), never
 * from a counter, so it stays the same when unrelated text changes.
 */
public final class Iris {
    /** The default base, a persistent namespace. */
    public static final String DEFAULT_BASE = "https://w3id.org/gcmkg/";

    private final String base;

    /** IRIs under {@code base}, which must end with {@code /} or {@code #}. */
    public Iris(String base) {
        if (!(base.endsWith("/") || base.endsWith("#"))) {
            throw new IllegalArgumentException("the base IRI must end with '/' or '#': " + base);
        }
        this.base = base;
    }

    public String base() {
        return base;
    }

    /** The concept scheme of the 23 GCM objectives. */
    public String objectiveScheme() {
        return base + "id/gcm";
    }

    public String objective(int number) {
        return base + "id/objective/" + number;
    }

    public String programKindScheme() {
        return base + "id/program-kind";
    }

    public String programKind(String kind) {
        return base + "id/program-kind/" + kind;
    }

    public String organizationKindScheme() {
        return base + "id/organization-kind";
    }

    public String organizationKind(String kind) {
        return base + "id/organization-kind/" + kind;
    }

    public String organization(String key) {
        return base + "id/org/" + key;
    }

    public String place(String key) {
        return base + "id/place/" + key;
    }

    public String program(String key) {
        return base + "id/program/" + key;
    }

    /** An organization, place or program, by its type and key. */
    public String entity(Entity entity) {
        return switch (entity.type()) {
            case ORGANIZATION -> organization(entity.id());
            case PLACE -> place(entity.id());
            case PROGRAM -> program(entity.id());
        };
    }

    /** A report: {@code id/report/{iso3}-{date}}, e.g. {@code id/report/mex-2018-09-07}. */
    public String report(String slug) {
        return base + "id/report/" + slug;
    }

    public String section(String report, String slug) {
        return report + "/section/" + slug;
    }

    public String action(String report, int objective, String hash) {
        return report + "/objective/" + objective + "/action/" + hash;
    }

    public String goal(String report, int objective, String hash) {
        return report + "/objective/" + objective + "/goal/" + hash;
    }

    public String figure(String report, String hash) {
        return report + "/figure/" + hash;
    }

    public String footnote(String report, int number) {
        return report + "/footnote/" + number;
    }

    public String span(String report, String hash) {
        return report + "/span/" + hash;
    }

    /** The named graph holding what was read from one report. */
    public String reportGraph(String slug) {
        return base + "graph/report/" + slug;
    }

    /** The named graph of reference data: the objectives and the kind schemes. */
    public String referenceGraph() {
        return base + "graph/reference";
    }

    /** The named graph of links to external datasets that come from UN or reference sources. */
    public String linksGraph() {
        return base + "graph/links";
    }

    /** The named graph of links that are the project's own curation, weaker than those of {@link #linksGraph()}. */
    public String curatedLinksGraph() {
        return base + "graph/links/curated";
    }

    /** The named graph holding the UN SDG Knowledge Organization System (goals, targets, indicators). */
    public String sdgGraph() {
        return base + "graph/sdg-kos";
    }

    /** The named graph of network measures computed on the projections of the program network. */
    public String networkGraph() {
        return base + "graph/network";
    }

    /** A projection of the program network, e.g. {@code id/network/collaboration}. */
    public String networkProjection(String projection) {
        return base + "id/network/" + projection;
    }

    /**
     * The measurement of a node in a projection: the projection's IRI followed by the node's path under
     * {@code id/}, e.g. {@code id/network/collaboration/org/unicef}.
     */
    public String nodeMeasurement(String projection, String nodeIri) {
        String prefix = base + "id/";
        if (!nodeIri.startsWith(prefix)) {
            throw new IllegalArgumentException("not a gcmkg resource: " + nodeIri);
        }
        return networkProjection(projection) + "/" + nodeIri.substring(prefix.length());
    }

    /** The dataset as a whole (VoID and DCAT description). */
    public String dataset() {
        return base + "id/dataset";
    }

    /** The named graph describing the dataset (VoID, DCAT). */
    public String descriptionGraph() {
        return base + "graph/void";
    }

    /** The SPARQL endpoint when served at the base. */
    public String sparqlEndpoint() {
        return base + "sparql";
    }

    /** A download of the whole dataset, e.g. {@code download/gcmkg.ttl}. */
    public String download(String file) {
        return base + "download/" + file;
    }

    /** The first {@code length} hex digits of the SHA-256 of {@code text}. */
    public static String hash(String text, int length) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, length);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
