package dev.rapport.ui.pages;

import dev.rapport.ui.accounts.AccountEditorIds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The account editor as a test fills it in, by the ids the editor publishes in {@link AccountEditorIds}. */
public final class AccountEditorPage {
    private final FxRobot robot;

    public AccountEditorPage(FxRobot robot) {
        this.robot = robot;
    }

    private static String id(String id) {
        return "#" + id;
    }

    public TextField nameField() {
        return robot.lookup(id(AccountEditorIds.NAME)).queryAs(TextField.class);
    }

    /** Types after what the name field holds. */
    public AccountEditorPage typeName(String name) {
        robot.clickOn(id(AccountEditorIds.NAME)).write(name);
        return this;
    }

    /** Replaces the name, as a paste over a selection would. */
    public AccountEditorPage setName(String name) {
        TextField field = nameField();
        robot.interact(() -> field.setText(name));
        return this;
    }

    public AccountEditorPage typeNotes(String notes) {
        robot.clickOn(id(AccountEditorIds.NOTES)).write(notes);
        return this;
    }

    public String notes() {
        return robot.lookup(id(AccountEditorIds.NOTES)).queryTextInputControl().getText();
    }

    public String tags() {
        return robot.lookup(id(AccountEditorIds.TAGS)).queryTextInputControl().getText();
    }

    /** Whether the editor is open: its notes field is in a window. */
    public boolean isOpen() {
        return robot.lookup(id(AccountEditorIds.NOTES)).tryQuery().isPresent();
    }

    public String nameError() {
        return robot.lookup(id(AccountEditorIds.NAME_ERROR)).queryAs(Label.class).getText();
    }

    public Node saveButton() {
        return robot.lookup(id(AccountEditorIds.SAVE)).query();
    }

    public boolean canSave() {
        return !saveButton().isDisabled();
    }

    public void save() {
        robot.clickOn(saveButton());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
