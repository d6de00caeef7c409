package dev.rapport.ui.pages;

import dev.rapport.ui.memory.GiftEditorIds;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.testfx.api.FxRobot;

/** The gift editor as a test uses it, by the ids the editor publishes. */
public final class GiftEditorPage {
    private final FxRobot robot;

    public GiftEditorPage(FxRobot robot) {
        this.robot = robot;
    }

    /** The earlier gifts to the same person the editor lists. */
    public ListView<?> earlier() {
        return robot.lookup("#" + GiftEditorIds.EARLIER).queryListView();
    }

    /** Clicks into "What" and types after its text. */
    public GiftEditorPage typeWhat(String text) {
        robot.clickOn("#" + GiftEditorIds.WHAT).write(text);
        return this;
    }

    /** Double-clicks "What", erases up to {@code erase} characters and types the text, as a rep overwrites it. */
    public GiftEditorPage overwriteWhat(int erase, String text) {
        robot.doubleClickOn("#" + GiftEditorIds.WHAT).eraseText(erase).write(text);
        return this;
    }

    public Label repeatWarning() {
        return robot.lookup("#" + GiftEditorIds.REPEAT_WARNING).queryAs(Label.class);
    }

    public GiftEditorPage typeDate(String text) {
        Typing.date(robot, GiftEditorIds.DATE, text);
        return this;
    }

    /** The date field's text as it stands (a picker keeps what it could not read). */
    public String dateText() {
        return Typing.picker(robot, GiftEditorIds.DATE).getEditor().getText();
    }

    public String dateError() {
        return Typing.label(robot, GiftEditorIds.DATE_ERROR);
    }

    public boolean saveDisabled() {
        return Typing.disabled(robot, GiftEditorIds.SAVE);
    }

    public void save() {
        Typing.click(robot, GiftEditorIds.SAVE);
    }
}
