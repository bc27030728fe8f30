package org.gcmkg.serve;

import org.gcmkg.vocab.GCM;

/**
 * Which IRIs this server has pages for, and at which paths: the data under the base ({@code /id/…},
 * {@code /graph/…}), the ontology at {@code /ontology}, and the concepts of the UN's SDG KOS, loaded into the
 * graph, at {@code /sdg/…} (for {@code http://metadata.un.org/sdg/…}).
 */
final class LocalPaths {
    /** Namespace of the UN's SDG goals, targets and indicators. */
    static final String SDG = "http://metadata.un.org/sdg/";

    private final String base;

    LocalPaths(String base) {
        this.base = base;
    }

    /** The IRI a local path stands for. */
    String iriOf(String path) {
        if (path.equals("/ontology") || path.startsWith("/ontology/")) {
            return GCM.ONTOLOGY_IRI + path.substring("/ontology".length());
        }
        if (path.startsWith("/sdg/")) {
            return SDG + path.substring("/sdg/".length());
        }
        return base + path.substring(1);
    }

    /** The local path of an IRI served here, or null. */
    String localPath(String iri) {
        if (iri.startsWith(GCM.ONTOLOGY_IRI)) {
            return "/ontology" + iri.substring(GCM.ONTOLOGY_IRI.length());
        }
        if (iri.startsWith(SDG) && iri.length() > SDG.length()) {
            return "/sdg/" + iri.substring(SDG.length());
        }
        return iri.startsWith(base) ? "/" + iri.substring(base.length()) : null;
    }

    /** Where a link to the IRI goes: its page here, or the IRI itself. */
    String href(String iri) {
        String local = localPath(iri);
        return local == null ? iri : local;
    }
}
