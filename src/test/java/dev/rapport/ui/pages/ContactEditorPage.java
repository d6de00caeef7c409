package dev.rapport.ui.pages;

import dev.rapport.ui.contacts.ContactEditorIds;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import org.testfx.api.FxRobot;
import org.testfx.api.FxRobotInterface;
import org.testfx.util.WaitForAsyncUtils;

/** The person editor as a test fills it in, by the ids the editor publishes in {@link ContactEditorIds}. */
public final class ContactEditorPage {
    private final FxRobot robot;

    public ContactEditorPage(FxRobot robot) {
        this.robot = robot;
    }

    private static String id(String id) {
        return "#" + id;
    }

    public ContactEditorPage typeName(String name) {
        robot.clickOn(id(ContactEditorIds.NAME)).write(name);
        return this;
    }

    /** Types into the first e-mail line, adding the line first when the form has none. */
    public ContactEditorPage addEmail(String email) {
        if (robot.lookup(id(ContactEditorIds.email(0))).tryQuery().isEmpty()) {
            robot.clickOn(id(ContactEditorIds.ADD_EMAIL));
        }
        robot.clickOn(id(ContactEditorIds.email(0))).write(email);
        return this;
    }

    /** Clicks into the N-th e-mail line (from 0), to type on with the robot. */
    public FxRobotInterface clickEmail(int index) {
        return robot.clickOn(id(ContactEditorIds.email(index)));
    }

    public TextInputControl email(int index) {
        return robot.lookup(id(ContactEditorIds.email(index))).queryTextInputControl();
    }

    public Label emailError(int index) {
        return robot.lookup(id(ContactEditorIds.emailError(index))).queryAs(Label.class);
    }

    public boolean saveDisabled() {
        return robot.lookup(id(ContactEditorIds.SAVE)).query().isDisabled();
    }

    /** Clicks Save and waits for the window to settle. */
    public void save() {
        robot.clickOn(id(ContactEditorIds.SAVE));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
