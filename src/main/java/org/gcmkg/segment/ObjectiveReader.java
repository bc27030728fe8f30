package org.gcmkg.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the lines of one objective section into its actions and its future goals: a line starts a new
 * passage or continues the open one, by its shape and by what came before it.
 */
final class ObjectiveReader {
    private static final Pattern GOALS_MARKER =
            Pattern.compile("^\\s*(?:-\\s+)?\\**objetivos\\s+a\\s+futuro\\**\\s*:?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final int MAX_ENUMERATION_ITEM = 200;

    private enum Mode {
        ACTIONS,
        GOALS
    }

    private final String text;
    private final List<Passage> actions = new ArrayList<>();
    private final List<Passage> goals = new ArrayList<>();
    private Mode mode = Mode.ACTIONS;
    private Passage.Builder action;
    private Passage.Builder goal;
    /** The open action ends with a colon: the list items that follow are its enumeration. */
    private boolean enumeration;
    /** An enumeration whose first item is indented ends at the next bullet of the outer level. */
    private boolean indentedItems;

    private boolean itemSeen;
    /** The shape of the lines that start goals, set by the first goal in a list. */
    private LineShape goalForm;

    /** A reader of passages of {@code text}, the whole report text. */
    ObjectiveReader(String text) {
        this.text = text;
    }

    /** Reads one line that is neither blank nor a footnote. */
    void read(MarkedLine line) {
        if (GOALS_MARKER.matcher(line.line().text()).matches()) {
            startGoals();
        } else if (mode != Mode.GOALS || !readGoal(line)) {
            readAction(line);
        }
    }

    /** Ends the section: the open action and goal are closed. */
    void end() {
        closeAction();
        closeGoal();
    }

    List<Passage> actions() {
        return List.copyOf(actions);
    }

    List<Passage> goals() {
        return List.copyOf(goals);
    }

    /** The "Objetivos a futuro" marker: the lines after it are goals. */
    private void startGoals() {
        closeAction();
        closeGoal();
        enumeration = false;
        goalForm = null;
        mode = Mode.GOALS;
    }

    /**
     * Reads a line as a goal: a list item of the goals' form starts one, a lower-case line continues one,
     * and a first plain line is one. Anything else ends the goals, and the line is read as an action.
     *
     * @return whether the line was a goal
     */
    private boolean readGoal(MarkedLine line) {
        LineShape form = line.shape();
        if (form == LineShape.TEXT) {
            if (goal != null && line.startsLowerCase()) {
                goal.add(line.contentStart(), line.contentEnd(), line.line().number(), false);
                return true;
            }
            if (goal == null && goals.isEmpty()) {
                goal = start(line);
                return true;
            }
        } else if (goalForm == null || form == goalForm) {
            goalForm = form;
            closeGoal();
            goal = start(line);
            return true;
        }
        closeGoal();
        mode = Mode.ACTIONS;
        return false;
    }

    private void readAction(MarkedLine line) {
        if (startsAction(line)) {
            closeAction();
            action = start(line);
            enumeration = action.endsWithColon();
            indentedItems = false;
            itemSeen = false;
        } else if (line.isListItem()) {
            action.item(line.markerStart(), line.contentEnd(), line.line().number(), line.indent());
            if (!itemSeen) {
                indentedItems = !line.isTopLevelBullet() && line.shape() == LineShape.BULLET;
                itemSeen = true;
            }
        } else {
            action.add(line.contentStart(), line.contentEnd(), line.line().number(), false);
            enumeration = action.endsWithColon();
        }
    }

    /**
     * Whether a line starts an action: a top-level bullet does unless it is a short item of an enumeration
     * of top-level bullets, another list item does outside an enumeration, and a plain line only when no
     * action is open.
     */
    private boolean startsAction(MarkedLine line) {
        if (line.isTopLevelBullet()) {
            return !(enumeration && !indentedItems && line.content().length() <= MAX_ENUMERATION_ITEM);
        }
        if (line.isListItem()) {
            return !enumeration;
        }
        return action == null;
    }

    private Passage.Builder start(MarkedLine line) {
        return new Passage.Builder(text)
                .add(line.contentStart(), line.contentEnd(), line.line().number(), false);
    }

    private void closeAction() {
        addTo(actions, action);
        action = null;
    }

    private void closeGoal() {
        addTo(goals, goal);
        goal = null;
    }

    private static void addTo(List<Passage> passages, Passage.Builder builder) {
        if (builder != null && !builder.isEmpty()) {
            passages.add(builder.build());
        }
    }
}
