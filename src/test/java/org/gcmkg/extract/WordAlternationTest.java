package org.gcmkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The grouped alternation finds exactly what the plain one finds: the same matches at the same places, the first
 * word in the list's order winning where several could, with and without case folding.
 */
class WordAlternationTest {
    /** What a pattern built around the alternation finds in {@code text}: each match's place and text. */
    static List<String> found(String alternation, boolean foldCase, String text) {
        Pattern p = Pattern.compile(
                (foldCase ? "(?i)" : "") + "(?<![\\p{L}])(?:" + alternation + ")(?![\\p{L}])(?:\\s+de)?",
                foldCase ? Pattern.UNICODE_CASE : 0);
        List<String> all = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            all.add(m.start() + ":" + m.group());
        }
        return all;
    }

    static String plain(List<String> words) {
        return String.join("|", words.stream().map(Pattern::quote).toList());
    }

    @Test
    void theHeadNounsFindWhatThePlainAlternationFindsInTheReport() throws Exception {
        HeadNouns heads = new HeadNouns(Gazetteer.load(Path.of("data")), "MEX");
        String report = Files.readString(Path.of("data", "informe-pmm-mexico-2018.md"));
        for (boolean fold : new boolean[] {false, true}) {
            List<String> plain = found(plain(heads.words()), fold, report);
            assertFalse(plain.isEmpty());
            assertEquals(plain, found(WordAlternation.of(heads.words(), fold), fold, report));
        }
    }

    @Test
    void theFirstWordListedWinsAsInThePlainAlternation() {
        List<String> words = List.of("Pro", "Programa", "programa de", "Ñandú", "ñu", "Campaña", "PROGRAMA", "c+");
        String text = "El Programa de Becas, la campaña, el PROGRAMA y el programa de ñandú; pro y c+ y Ñu.";
        for (boolean fold : new boolean[] {false, true}) {
            assertEquals(found(plain(words), fold, text), found(WordAlternation.of(words, fold), fold, text));
        }
        assertEquals(
                List.of("3:Programa de", "51:programa de"),
                found(WordAlternation.of(List.of("Programa", "programa"), false), false, text)
                        .subList(0, 2));
    }
}
