package dev.rapport.ui.pages;

import dev.rapport.ui.memory.GiftEditorIds;
import org.testfx.api.FxRobot;

/** The gift editor as a test uses it, by the ids the editor publishes. */
public final class GiftEditorPage {
    private final FxRobot robot;

    public GiftEditorPage(FxRobot robot) {
        this.robot = robot;
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
