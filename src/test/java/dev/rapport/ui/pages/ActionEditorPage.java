package dev.rapport.ui.pages;

import dev.rapport.domain.Contact;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.plan.ActionStatus;
import dev.rapport.ui.plans.ActionEditorIds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import org.controlsfx.control.CheckComboBox;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The action editor as a test drives it: level, suggestion, the figures, OK (or Save). */
public final class ActionEditorPage {
    private final FxRobot robot;

    public ActionEditorPage(FxRobot robot) {
        this.robot = robot;
    }

    private static String id(String id) {
        return "#" + id;
    }

    /** Whether an action editor is open. */
    public boolean isOpen() {
        return robot.lookup(id(ActionEditorIds.NOTES)).tryQuery().isPresent();
    }

    public ComboBox<RelationshipLevel> level() {
        return robot.lookup(id(ActionEditorIds.LEVEL)).queryComboBox();
    }

    public void chooseLevel(RelationshipLevel level) {
        ComboBox<RelationshipLevel> box = level();
        robot.interact(() -> box.setValue(level));
    }

    /** Starts from a typical action, by its title as the user reads it. */
    public void chooseSuggestion(String title) {
        robot.clickOn(id(ActionEditorIds.SUGGESTION));
        robot.clickOn(title);
    }

    public void typeTitle(String text) {
        robot.clickOn(id(ActionEditorIds.TITLE)).write(text);
    }

    public void typeBudget(String text) {
        robot.clickOn(id(ActionEditorIds.BUDGET)).write(text);
    }

    public void typeActualCost(String text) {
        robot.clickOn(id(ActionEditorIds.ACTUAL_COST)).write(text);
    }

    public void chooseEffect(Integer effect) {
        ComboBox<Integer> box = robot.lookup(id(ActionEditorIds.EFFECT)).queryComboBox();
        robot.interact(() -> box.setValue(effect));
    }

    public void typeNotes(String text) {
        robot.clickOn(id(ActionEditorIds.NOTES)).write(text);
    }

    public String notes() {
        return robot.lookup(id(ActionEditorIds.NOTES)).queryTextInputControl().getText();
    }

    public ComboBox<ActionStatus> status() {
        return robot.lookup(id(ActionEditorIds.STATUS)).queryComboBox();
    }

    @SuppressWarnings("unchecked")
    public CheckComboBox<Contact> people() {
        return robot.lookup(id(ActionEditorIds.CONTACTS)).queryAs(CheckComboBox.class);
    }

    public Node okButton() {
        return robot.lookup(id(ActionEditorIds.OK)).query();
    }

    /** OK inside a plan editor (the action goes into its list), Save on its own. */
    public void ok() {
        robot.clickOn(id(ActionEditorIds.OK));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
