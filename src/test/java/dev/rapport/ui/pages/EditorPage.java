package dev.rapport.ui.pages;

import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Any record editor as the conflict contract drives it: one of its text fields and its Save, by
 * the ids the editor publishes in its {@code *Ids} class (e.g. {@code GiftEditorIds.WHAT}).
 */
public final class EditorPage {
    private final FxRobot robot;
    private final String fieldId;
    private final String saveId;

    public EditorPage(FxRobot robot, String fieldId, String saveId) {
        this.robot = robot;
        this.fieldId = fieldId;
        this.saveId = saveId;
    }

    private static String id(String id) {
        return "#" + id;
    }

    public TextInputControl field() {
        return robot.lookup(id(fieldId)).queryTextInputControl();
    }

    /** Empties the field, then clicks into it and types as a user would. */
    public EditorPage replaceText(String text) {
        TextInputControl field = field();
        robot.interact(field::clear);
        robot.clickOn(id(fieldId)).write(text);
        return this;
    }

    /** Whether the editor is open: its field is in a window. */
    public boolean isOpen() {
        return robot.lookup(id(fieldId)).tryQuery().isPresent();
    }

    public String text() {
        return field().getText();
    }

    public Node saveButton() {
        return robot.lookup(id(saveId)).query();
    }

    public boolean saveDisabled() {
        return saveButton().isDisabled();
    }

    public void save() {
        robot.clickOn(id(saveId));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
