package org.gcmkg.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVRecord;

/**
 * The curated tables in {@code data/gazetteer/} (organizations, places, programs) and the kind tables in
 * {@code data/}: one entry per real entity with every way reports write it.
 */
public final class Gazetteer {
    /** Place kinds. */
    public static final Set<String> PLACE_KINDS = Set.of("country", "subdivision", "city", "region");

    private final Map<String, Entity> byId;
    private final Map<String, String> scopes;
    private final Map<String, Kind> programKinds;
    private final Map<String, Kind> organizationKinds;
    private final Set<String> notNames;
    private final List<UnitParents.Rule> unitRules;
    private final Currencies currencies;

    /**
     * A kind of program or organization.
     *
     * @param id        its key
     * @param labelEn   English label
     * @param labelEs   Spanish label
     * @param headNouns nouns a name of this kind starts with (for names the gazetteer does not know)
     * @param runnable  whether an agency can run a program of this kind (a law is enacted, not run)
     */
    public record Kind(String id, String labelEn, String labelEs, List<String> headNouns, boolean runnable) {}

    private Gazetteer(
            Map<String, Entity> byId,
            Map<String, String> scopes,
            Map<String, Kind> programKinds,
            Map<String, Kind> organizationKinds,
            Set<String> notNames,
            List<UnitParents.Rule> unitRules,
            Currencies currencies) {
        this.unitRules = unitRules;
        this.currencies = currencies;
        this.byId = byId;
        this.scopes = scopes;
        this.programKinds = programKinds;
        this.organizationKinds = organizationKinds;
        this.notNames = notNames;
    }

    /** Loads the tables from a data folder holding {@code gazetteer/} and the kind tables. */
    public static Gazetteer load(Path dataDir) throws IOException, GazetteerException {
        Map<String, Kind> programKinds = GazetteerTables.readKinds(dataDir.resolve("program-kinds.csv"));
        Map<String, Kind> organizationKinds = GazetteerTables.readKinds(dataDir.resolve("organization-kinds.csv"));
        Map<String, Entity> byId = new LinkedHashMap<>();
        Map<String, String> scopes = new HashMap<>();
        Path dir = dataDir.resolve("gazetteer");
        GazetteerTables.readTable(
                dir.resolve("organizations.csv"), EntityType.ORGANIZATION, organizationKinds.keySet(), byId, scopes);
        GazetteerTables.readTable(dir.resolve("places.csv"), EntityType.PLACE, PLACE_KINDS, byId, scopes);
        GazetteerTables.readTable(dir.resolve("programs.csv"), EntityType.PROGRAM, programKinds.keySet(), byId, scopes);
        GazetteerTables.checkReferences(dir, byId);
        Set<String> notNames = new TreeSet<>();
        for (CSVRecord row : GazetteerTables.records(dir.resolve("not-names.csv"), "phrase", "reason")) {
            if (row.get("reason").isBlank()) {
                throw new GazetteerException(
                        dir.resolve("not-names.csv").toString(),
                        row.getRecordNumber() + 1,
                        "say why '" + row.get("phrase") + "' is not a name");
            }
            notNames.add(Folding.key(row.get("phrase")));
        }
        List<UnitParents.Rule> units = new ArrayList<>();
        for (CSVRecord row :
                GazetteerTables.records(dir.resolve("units.csv"), "head_nouns", "parent_names", "reason")) {
            units.add(new UnitParents.Rule(
                    GazetteerTables.split(row.get("head_nouns")), GazetteerTables.split(row.get("parent_names"))));
        }
        return new Gazetteer(
                Map.copyOf(byId),
                Map.copyOf(scopes),
                programKinds,
                organizationKinds,
                Set.copyOf(notNames),
                List.copyOf(units),
                Currencies.load(dataDir.resolve(Currencies.FILE)));
    }

    /** All entries. */
    public Collection<Entity> entities() {
        return byId.values();
    }

    /**
     * The entries read in a report of the state with this ISO code: every entry whose {@code scope} is empty
     * (international bodies, foreign bodies named in full, places) or that state's code. A national agency
     * or program of one state is never read into another state's report, so an acronym the two share
     * resolves to the reporting state's own body.
     */
    public List<Entity> entitiesFor(String iso3) {
        return byId.values().stream().filter(e -> inScope(e.id(), iso3)).toList();
    }

    /** Whether the entry with this id is read in reports of the state with this ISO code. */
    public boolean inScope(String id, String iso3) {
        String scope = scopes.getOrDefault(id, "");
        return scope.isEmpty() || scope.equals(iso3);
    }

    /** Whether an entry belongs to one state (its scope names it), not to every report. */
    public boolean isNational(String id) {
        return !scopes.getOrDefault(id, "").isEmpty();
    }

    /** The entry with this id. */
    public Optional<Entity> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The country place whose ISO 3166-1 alpha-3 code is given. */
    public Optional<Entity> countryByIso3(String iso3) {
        return byId.values().stream()
                .filter(e -> e.type() == EntityType.PLACE
                        && e.kind().equals("country")
                        && e.country().equals(iso3))
                .findFirst();
    }

    /** The national government of the state with this ISO code. */
    public Optional<Entity> governmentOf(String iso3) {
        return byId.values().stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION
                        && e.kind().equals("government")
                        && e.country().equals(iso3))
                .sorted(Comparator.comparing(Entity::id))
                .findFirst();
    }

    /**
     * Whether a phrase that looks like a name is listed in {@code not-names.csv} as not one: a generic
     * phrase ("Base de datos"), a holiday ("Semana Santa"), or a shortening too vague to resolve.
     */
    public boolean isNotAName(String phrase) {
        return notNames.contains(Folding.key(phrase));
    }

    /** The rules placing units the gazetteer does not know under their parent ({@code units.csv}). */
    List<UnitParents.Rule> unitRules() {
        return unitRules;
    }

    /** The currency table of the data folder ({@code currencies.csv}). */
    public Currencies currencies() {
        return currencies;
    }

    /** Program kinds by id. */
    public Map<String, Kind> programKinds() {
        return programKinds;
    }

    /** Organization kinds by id. */
    public Map<String, Kind> organizationKinds() {
        return organizationKinds;
    }
}
