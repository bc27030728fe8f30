package org.gcmkg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A named thing: from the curated gazetteer, or captured from the text when the gazetteer does not know it.
 *
 * @param type        organization, place or program
 * @param id          the stable key its IRI is made from
 * @param kind        its kind within the type (e.g. {@code public-body}, {@code city}, {@code protocol})
 * @param nameEs      canonical Spanish name
 * @param nameEn      official English name, or empty
 * @param acronym     acronym as the report writes it, or empty
 * @param aliases     other written forms
 * @param parent      id of the organization it belongs to or the place it lies in, or empty
 * @param country     ISO 3166-1 alpha-3 of the state an organization belongs to, or of a country; or empty
 * @param inGazetteer whether it comes from the curated gazetteer
 */
public record Entity(
        EntityType type,
        String id,
        String kind,
        String nameEs,
        String nameEn,
        String acronym,
        List<String> aliases,
        String parent,
        String country,
        boolean inGazetteer) {

    /** Every written form: name, acronym and aliases. */
    public List<String> surfaceForms() {
        List<String> forms = new ArrayList<>();
        forms.add(nameEs);
        if (!acronym.isEmpty()) {
            forms.add(acronym);
        }
        forms.addAll(aliases);
        return forms;
    }
}
