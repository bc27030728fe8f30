package org.gcmkg.extract;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reading the gazetteer's CSV tables: each row checked (required columns, known kinds, unique ids and surface
 * forms, references to parents that exist), each problem reported with its file and line.
 */
final class GazetteerTables {
    private GazetteerTables() {}

    static Map<String, Gazetteer.Kind> readKinds(Path file) throws IOException, GazetteerException {
        Map<String, Gazetteer.Kind> kinds = new LinkedHashMap<>();
        for (CSVRecord row : records(file, "id", "label_en", "label_es", "head_nouns")) {
            String id = row.get("id").trim();
            List<String> heads = split(row.get("head_nouns"));
            boolean runnable =
                    !row.isMapped("runnable") || !row.get("runnable").trim().equals("no");
            kinds.put(
                    id,
                    new Gazetteer.Kind(
                            id, row.get("label_en").trim(), row.get("label_es").trim(), heads, runnable));
        }
        return Map.copyOf(kinds);
    }

    static List<CSVRecord> records(Path file, String... required) throws IOException, GazetteerException {
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

    static void readTable(
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

    static void checkReferences(Path dir, Map<String, Entity> byId) throws GazetteerException {
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

    static List<String> split(String field) {
        if (field == null || field.isBlank()) {
            return List.of();
        }
        return Arrays.stream(field.split("\\|"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
