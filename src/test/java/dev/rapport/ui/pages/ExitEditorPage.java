package dev.rapport.ui.pages;

import dev.rapport.domain.ExitReason;
import dev.rapport.ui.retention.ExitEditorIds;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextInputControl;
import org.testfx.api.FxRobot;

/** The exit editor as a test uses it, by the ids the editor publishes. */
public final class ExitEditorPage {
    private final FxRobot robot;

    public ExitEditorPage(FxRobot robot) {
        this.robot = robot;
    }

    /** Chooses the reason and types revenue and margin, as the form needs before it can save. */
    public ExitEditorPage fill(ExitReason reason, String revenue, String margin) {
        ComboBox<ExitReason> reasons = robot.lookup("#" + ExitEditorIds.REASON).queryComboBox();
        robot.interact(() -> {
            reasons.setValue(reason);
            robot.lookup("#" + ExitEditorIds.REVENUE).queryTextInputControl().setText(revenue);
            robot.lookup("#" + ExitEditorIds.MARGIN).queryTextInputControl().setText(margin);
        });
        return this;
    }

    public ComboBox<ExitReason> reason() {
        return robot.lookup("#" + ExitEditorIds.REASON).queryComboBox();
    }

    public ExitEditorPage chooseReason(ExitReason reason) {
        ComboBox<ExitReason> reasons = reason();
        robot.interact(() -> reasons.setValue(reason));
        return this;
    }

    public TextInputControl reasonText() {
        return robot.lookup("#" + ExitEditorIds.REASON_TEXT).queryTextInputControl();
    }

    public ExitEditorPage typeReasonText(String text) {
        robot.clickOn("#" + ExitEditorIds.REASON_TEXT).write(text);
        return this;
    }

    public TextInputControl revenue() {
        return robot.lookup("#" + ExitEditorIds.REVENUE).queryTextInputControl();
    }

    public ExitEditorPage typeDate(String text) {
        Typing.date(robot, ExitEditorIds.DATE, text);
        return this;
    }

    public String dateText() {
        return Typing.picker(robot, ExitEditorIds.DATE).getEditor().getText();
    }

    public String dateError() {
        return Typing.label(robot, ExitEditorIds.DATE_ERROR);
    }

    public boolean saveDisabled() {
        return Typing.disabled(robot, ExitEditorIds.SAVE);
    }

    public void save() {
        Typing.click(robot, ExitEditorIds.SAVE);
    }
}
