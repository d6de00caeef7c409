package dev.rapport.ui.pages;

import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What several pages do alike: type into a date picker as a user would, read a field's text or error. */
final class Typing {
    private Typing() {
    }

    /** Replaces the picker's text as a user would, then leaves the field with Tab. */
    static void date(FxRobot robot, String id, String text) {
        DatePicker picker = picker(robot, id);
        robot.clickOn(picker.getEditor());
        robot.interact(() -> picker.getEditor().selectAll());
        robot.press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
        robot.write(text);
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static DatePicker picker(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(DatePicker.class);
    }

    static String label(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    static boolean disabled(FxRobot robot, String id) {
        return robot.lookup("#" + id).query().isDisabled();
    }

    static void click(FxRobot robot, String id) {
        robot.clickOn("#" + id);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
