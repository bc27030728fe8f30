package org.gcmkg.extract;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
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
        Map<String, Kind> programKinds = readKinds(dataDir.resolve("program-kinds.csv"));
        Map<String, Kind> organizationKinds = readKinds(dataDir.resolve("organization-kinds.csv"));
        Map<String, Entity> byId = new LinkedHashMap<>();
        Map<String, String> scopes = new HashMap<>();
        Path dir = dataDir.resolve("gazetteer");
        readTable(dir.resolve("organizations.csv"), EntityType.ORGANIZATION, organizationKinds.keySet(), byId, scopes);
        readTable(dir.resolve("places.csv"), EntityType.PLACE, PLACE_KINDS, byId, scopes);
        readTable(dir.resolve("programs.csv"), EntityType.PROGRAM, programKinds.keySet(), byId, scopes);
        checkReferences(dir, byId);
        Set<String> notNames = new TreeSet<>();
        for (CSVRecord row : records(dir.resolve("not-names.csv"), "phrase", "reason")) {
            if (row.get("reason").isBlank()) {
                throw new GazetteerException(
                        dir.resolve("not-names.csv").toString(),
                        row.getRecordNumber() + 1,
                        "say why '" + row.get("phrase") + "' is not a name");
            }
            notNames.add(Folding.key(row.get("phrase")));
        }
        List<UnitParents.Rule> units = new ArrayList<>();
        for (CSVRecord row : records(dir.resolve("units.csv"), "head_nouns", "parent_names", "reason")) {
            units.add(new UnitParents.Rule(split(row.get("head_nouns")), split(row.get("parent_names"))));
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

    private static Map<String, Kind> readKinds(Path file) throws IOException, GazetteerException {
        Map<String, Kind> kinds = new LinkedHashMap<>();
        for (CSVRecord row : records(file, "id", "label_en", "label_es", "head_nouns")) {
            String id = row.get("id").trim();
            List<String> heads = split(row.get("head_nouns"));
            boolean runnable =
                    !row.isMapped("runnable") || !row.get("runnable").trim().equals("no");
            kinds.put(
                    id,
                    new Kind(id, row.get("label_en").trim(), row.get("label_es").trim(), heads, runnable));
        }
        return Map.copyOf(kinds);
    }

    private static List<CSVRecord> records(Path file, String... required) throws IOException, GazetteerException {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser =
                        CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames();
            for (String column : required) {
                if (!header.contains(column)) {
                    throw new GazetteerException(
                            file.toString(), 1, "missing column '" + column + "' (header is " + header + ")");
                }
            }
            List<CSVRecord> rows = new ArrayList<>();
            for (CSVRecord row : parser) {
                if (row.size() != header.size()) {
                    throw new GazetteerException(
                            file.toString(),
                            parser.getCurrentLineNumber(),
                            "expected " + header.size() + " fields, found " + row.size());
                }
                rows.add(row);
            }
            return rows;
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new GazetteerException(file.toString(), 0, "not a readable CSV table: " + e.getMessage());
        }
    }

    private static void readTable(
            Path file, EntityType type, Set<String> kinds, Map<String, Entity> byId, Map<String, String> scopes)
            throws IOException, GazetteerException {
        boolean places = type == EntityType.PLACE;
        String parentColumn = places ? "within" : type == EntityType.ORGANIZATION ? "parent" : null;
        String countryColumn = places ? "iso3" : type == EntityType.ORGANIZATION ? "country" : null;
        List<String> required = new ArrayList<>(List.of("id", "kind", "name_es", "name_en", "aliases"));
        if (!places) {
            required.add("acronym");
            required.add("scope");
        }
        if (parentColumn != null) {
            required.add(parentColumn);
            required.add(countryColumn);
        }
        for (CSVRecord row : records(file, required.toArray(String[]::new))) {
            long line = row.getRecordNumber() + 1;
            String id = row.get("id").trim();
            if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new GazetteerException(file.toString(), line, "id '" + id + "' is not a lower-case slug");
            }
            if (byId.containsKey(id)) {
                throw new GazetteerException(file.toString(), line, "id '" + id + "' is used twice");
            }
            String kind = row.get("kind").trim();
            if (!kinds.contains(kind)) {
                throw new GazetteerException(file.toString(), line, "kind '" + kind + "' is not one of " + kinds);
            }
            String name = row.get("name_es").trim();
            if (name.isEmpty()) {
                throw new GazetteerException(file.toString(), line, "name_es is empty");
            }
            String acronym = places ? "" : row.get("acronym").trim();
            String parent = parentColumn == null ? "" : row.get(parentColumn).trim();
            String country = countryColumn == null ? "" : row.get(countryColumn).trim();
            byId.put(
                    id,
                    new Entity(
                            type,
                            id,
                            kind,
                            name,
                            row.get("name_en").trim(),
                            acronym,
                            split(row.get("aliases")),
                            parent,
                            country,
                            true));
            String scope = places ? "" : row.get("scope").trim();
            if (!scope.isEmpty() && !scope.matches("[A-Z]{3}")) {
                throw new GazetteerException(
                        file.toString(),
                        line,
                        "scope '" + scope + "' is not an ISO 3166-1 alpha-3 code (or empty for every report)");
            }
            scopes.put(id, scope);
        }
    }

    private static void checkReferences(Path dir, Map<String, Entity> byId) throws GazetteerException {
        Map<String, String> formOwner = new HashMap<>();
        for (Entity entity : byId.values()) {
            if (!entity.parent().isEmpty()) {
                Entity parent = byId.get(entity.parent());
                if (parent == null || parent.type() != entity.type()) {
                    throw new GazetteerException(
                            dir.toString(),
                            0,
                            entity.id() + " refers to '" + entity.parent() + "', which is not a "
                                    + entity.type().name().toLowerCase(Locale.ROOT) + " of the gazetteer");
                }
            }
            for (String form : entity.surfaceForms()) {
                String key = Folding.key(form);
                String owner = formOwner.putIfAbsent(key, entity.id());
                if (owner != null && !owner.equals(entity.id())) {
                    throw new GazetteerException(
                            dir.toString(),
                            0,
                            "the name '" + form + "' is given to both " + owner + " and " + entity.id());
                }
            }
        }
    }

    private static List<String> split(String field) {
        if (field == null || field.isBlank()) {
            return List.of();
        }
        return Arrays.stream(field.split("\\|"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
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
