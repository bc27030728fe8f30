package org.gcmkg.graph;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The official English titles of the 23 GCM objectives (A/RES/73/195, paragraph 16), from
 * {@code data/gcm-objectives.csv}.
 */
public final class GcmObjectives {
    private final Map<Integer, String> englishTitles;

    private GcmObjectives(Map<Integer, String> englishTitles) {
        this.englishTitles = englishTitles;
    }

    /** Reads the table; it must hold objectives 1 to 23. */
    public static GcmObjectives load(Path file) throws IOException {
        Map<Integer, String> titles = new TreeMap<>();
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser =
                        CSVParser.builder().setReader(reader).setFormat(format).get()) {
            for (CSVRecord row : parser) {
                titles.put(
                        Integer.valueOf(row.get("objective").trim()),
                        row.get("title_en_A_RES_73_195").trim());
            }
        }
        for (int n = 1; n <= 23; n++) {
            if (!titles.containsKey(n) || titles.get(n).isEmpty()) {
                throw new IOException(file + ": no English title for objective " + n);
            }
        }
        return new GcmObjectives(Map.copyOf(titles));
    }

    /** The official English title of objective {@code number}. */
    public String englishTitle(int number) {
        return englishTitles.get(number);
    }
}
