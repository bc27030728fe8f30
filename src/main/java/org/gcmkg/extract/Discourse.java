package org.gcmkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gcmkg.segment.Passage;
import org.gcmkg.segment.Sentence;

/**
 * How the lines of one passage enclose each other, as a reader follows them: the passage's head, the
 * paragraphs that carry it on, the lists they open, the items nested in items, and the year bullets
 * ({@code - 2012}) that date the items after them. The rules are in {@code docs/report-format.md}.
 */
final class Discourse {
    private static final Pattern YEAR_ITEM = Pattern.compile(
            "^(?:-|\\d{1,3}[.)])\\s+(?:(?:en\\s+)?(?:el\\s+)?año\\s+)?((?:19|20)\\d{2})\\s*[:.]?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final List<Passage.Unit> units;
    private final List<Sentence> sentences;
    private final int[] parent;
    private final int[] year;
    private final int[] unitOfSentence;
    private final boolean[] opensList;
    private final List<List<Integer>> sentencesByUnit = new ArrayList<>();

    private Discourse(
            List<Passage.Unit> units, List<Sentence> sentences, int[] parent, int[] year, boolean[] opensList) {
        this.opensList = opensList;
        this.units = units;
        this.sentences = sentences;
        this.parent = parent;
        this.year = year;
        this.unitOfSentence = new int[sentences.size()];
        int u = 0;
        for (int i = 0; i < sentences.size(); i++) {
            while (u + 1 < units.size()
                    && units.get(u + 1).start() <= sentences.get(i).start()) {
                u++;
            }
            unitOfSentence[i] = u;
        }
        for (int k = 0; k < units.size(); k++) {
            sentencesByUnit.add(new ArrayList<>());
        }
        for (int i = 0; i < sentences.size(); i++) {
            sentencesByUnit.get(unitOfSentence[i]).add(i);
        }
    }

    /** Reads the structure of a passage. */
    static Discourse of(Passage passage, List<Sentence> sentences) {
        List<Passage.Unit> units = passage.units();
        String text = passage.text();
        int[] parent = new int[units.size()];
        int[] year = new int[units.size()];
        boolean[] opens = new boolean[units.size()];
        for (int i = 0; i < units.size(); i++) {
            Passage.Unit unit = units.get(i);
            opens[i] = text.substring(unit.start(), unit.end()).stripTrailing().endsWith(":");
            Matcher y =
                    YEAR_ITEM.matcher(text.substring(unit.start(), unit.end()).trim());
            year[i] = unit.item() && y.matches() ? Integer.parseInt(y.group(1)) : 0;
            parent[i] = i == 0 ? -1 : unit.item() ? enclosingOfItem(units, year, parent, i) : 0;
        }
        return new Discourse(units, sentences, parent, year, opens);
    }

    /**
     * The line an item belongs to: the nearest line before it that is a paragraph (the one introducing the
     * list), an item indented less, or a year bullet (which dates every item after it up to the next year
     * bullet, whatever their indentation, since page layouts lose it).
     */
    private static int enclosingOfItem(List<Passage.Unit> units, int[] year, int[] parent, int i) {
        Passage.Unit item = units.get(i);
        int found = 0;
        int j = i - 1;
        while (j >= 0) {
            Passage.Unit before = units.get(j);
            if (!before.item() || year[j] != 0 || before.indent() < item.indent()) {
                found = j;
                break;
            }
            if (before.indent() == item.indent()) {
                found = parent[j];
                break;
            }
            // An item nested deeper than this one: its enclosing lines are this one's candidates.
            j = parent[j];
        }
        // A year bullet is never dated by another: it belongs to what the previous one belongs to.
        while (year[i] != 0 && found > 0 && year[found] != 0) {
            found = parent[found];
        }
        return Math.max(found, 0);
    }

    /** Count of sentences. */
    int size() {
        return sentences.size();
    }

    /** The sentence at an index. */
    Sentence sentence(int index) {
        return sentences.get(index);
    }

    /** The index of the sentence holding a passage offset (binary search). */
    int sentenceAt(int offset) {
        return sentenceAt(sentences, offset);
    }

    /** The index of the sentence of {@code sentences} (in text order) holding an offset, by binary search. */
    static int sentenceAt(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The line a sentence stands in. */
    int unitOf(int sentence) {
        return unitOfSentence[sentence];
    }

    /** The sentences of a line, in order. */
    List<Integer> sentencesOf(int unit) {
        return sentencesByUnit.get(unit);
    }

    /** The line enclosing a line, or -1 for the head. */
    int parentOf(int unit) {
        return parent[unit];
    }

    /** Whether the line is an item of a list (not the head or a paragraph). */
    boolean isItem(int unit) {
        return units.get(unit).item();
    }

    /** The year a year bullet states, if the line is one. */
    OptionalInt yearOf(int unit) {
        return year[unit] == 0 ? OptionalInt.empty() : OptionalInt.of(year[unit]);
    }

    /** Whether a line ends with a colon: it introduces what the lines under it say. */
    boolean opensList(int unit) {
        return opensList[unit];
    }

    /** Count of lines. */
    int units() {
        return units.size();
    }
}
