package dev.rapport.ui.pages;

import dev.rapport.domain.plan.PlanAction;
import dev.rapport.domain.plan.PlanStatus;
import dev.rapport.domain.plan.SwotKind;
import dev.rapport.ui.plans.PlanEditorIds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The plan editor as a test drives it: its fields, the actions' table, the review's figures, Save. */
public final class PlanEditorPage {
    private final FxRobot robot;

    public PlanEditorPage(FxRobot robot) {
        this.robot = robot;
    }

    private static String id(String id) {
        return "#" + id;
    }

    /** The Save button of one plan editor, when several are open at once. */
    public static Button saveButtonIn(DialogPane pane) {
        return (Button) pane.lookup(id(PlanEditorIds.SAVE));
    }

    /** Whether a plan editor is open. */
    public boolean isOpen() {
        return robot.lookup(id(PlanEditorIds.TABS)).tryQuery().isPresent();
    }

    /** Shows a tab by its title as the user reads it. */
    public void showTab(String title) {
        robot.clickOn(title);
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void typeBudget(String text) {
        robot.clickOn(id(PlanEditorIds.BUDGET)).write(text);
    }

    public void typeConclusion(String text) {
        robot.clickOn(id(PlanEditorIds.REVIEW_CONCLUSION)).write(text);
    }

    public void chooseStatus(PlanStatus status) {
        ComboBox<PlanStatus> box = robot.lookup(id(PlanEditorIds.STATUS)).queryComboBox();
        robot.interact(() -> box.setValue(status));
    }

    public void typeSwot(SwotKind kind, String text) {
        robot.clickOn(id(PlanEditorIds.swot(kind))).write(text);
    }

    public String swot(SwotKind kind) {
        return robot.lookup(id(PlanEditorIds.swot(kind))).queryTextInputControl().getText();
    }

    public String reviewRevenue() {
        return robot.lookup(id(PlanEditorIds.REVIEW_REVENUE)).queryTextInputControl().getText();
    }

    public String reviewShare() {
        return robot.lookup(id(PlanEditorIds.REVIEW_SHARE)).queryTextInputControl().getText();
    }

    public TableView<PlanAction> actions() {
        return robot.lookup(id(PlanEditorIds.ACTIONS)).queryTableView();
    }

    public void selectAction(int row) {
        TableView<PlanAction> table = actions();
        robot.interact(() -> table.getSelectionModel().select(row));
    }

    /** Opens the action editor for a new action. */
    public void addAction() {
        robot.clickOn(id(PlanEditorIds.ADD_ACTION));
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void editAction() {
        robot.clickOn(id(PlanEditorIds.EDIT_ACTION));
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void markActionDone() {
        robot.clickOn(id(PlanEditorIds.MARK_DONE));
        WaitForAsyncUtils.waitForFxEvents();
    }

    public boolean overBudgetShown() {
        return robot.lookup(id(PlanEditorIds.BUDGET_FLAG)).query().isVisible();
    }

    /** A figure of the review: {@code row} a level's name or "total"; {@code part} planned, done, budget, actual, effect. */
    public String figure(String row, String part) {
        return robot.lookup(id(PlanEditorIds.figure(row, part))).queryAs(Label.class).getText();
    }

    public Node saveButton() {
        return robot.lookup(id(PlanEditorIds.SAVE)).query();
    }

    public void save() {
        robot.clickOn(id(PlanEditorIds.SAVE));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** "Plan next year": saves this plan, then starts next year's. */
    public void planNextYear() {
        robot.clickOn(id(PlanEditorIds.NEXT_YEAR));
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void delete() {
        robot.clickOn(id(PlanEditorIds.DELETE));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until the editor's Save is on screen: the plan loads in the background. */
    public void waitUntilOpen() {
        try {
            // 30 s: the editor opens after the plan loads, which took over 10 s on a loaded 2-core machine
            WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.lookup(id(PlanEditorIds.SAVE)).tryQuery().map(Node::isVisible).orElse(false));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the plan editor never opened", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
