package dev.rapport.ui.pages;

import dev.rapport.ui.memory.ImportantDateEditorIds;
import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import org.testfx.api.FxRobot;

/** The important date editor as a test uses it, by the ids the editor publishes. */
public final class ImportantDateEditorPage {
    private final FxRobot robot;

    public ImportantDateEditorPage(FxRobot robot) {
        this.robot = robot;
    }

    public ImportantDateEditorPage typeDate(String text) {
        Typing.date(robot, ImportantDateEditorIds.DATE, text);
        return this;
    }

    /** Sets the picker's date directly, as choosing it in the calendar does. */
    public ImportantDateEditorPage setDate(LocalDate date) {
        DatePicker picker = Typing.picker(robot, ImportantDateEditorIds.DATE);
        robot.interact(() -> picker.setValue(date));
        return this;
    }

    public String dateText() {
        return Typing.picker(robot, ImportantDateEditorIds.DATE).getEditor().getText();
    }

    public String dateError() {
        return Typing.label(robot, ImportantDateEditorIds.DATE_ERROR);
    }

    public boolean saveDisabled() {
        return Typing.disabled(robot, ImportantDateEditorIds.SAVE);
    }

    public void save() {
        Typing.click(robot, ImportantDateEditorIds.SAVE);
    }
}
