package dev.rapport.ui.pages;

import dev.rapport.domain.Account;
import dev.rapport.domain.ComplaintStatus;
import dev.rapport.domain.InteractionChannel;
import dev.rapport.domain.plan.PlanAction;
import dev.rapport.ui.contactlog.InteractionEditorIds;
import java.time.LocalDate;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.SearchableComboBox;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The log form (Ctrl+L, or an entry opened from a timeline or Today). */
public final class InteractionEditorPage {
    private final FxRobot robot;

    public InteractionEditorPage(FxRobot robot) {
        this.robot = robot;
    }

    private static String id(String id) {
        return "#" + id;
    }

    public boolean isOpen() {
        return robot.lookup(id(InteractionEditorIds.SAVE)).tryQuery().isPresent();
    }

    /** How many log forms are open (one subject field each). */
    public int openCount() {
        return robot.lookup(id(InteractionEditorIds.SUBJECT)).queryAll().size();
    }

    @SuppressWarnings("unchecked")
    public Account account() {
        return (Account) robot.lookup(id(InteractionEditorIds.ACCOUNT)).queryAs(SearchableComboBox.class).getValue();
    }

    public boolean saveDisabled() {
        return robot.lookup(id(InteractionEditorIds.SAVE)).query().isDisabled();
    }

    /** The subject as the form shows it. */
    public String subject() {
        return robot.lookup(id(InteractionEditorIds.SUBJECT)).queryAs(javafx.scene.control.TextField.class).getText();
    }

    public InteractionEditorPage typeSubject(String text) {
        robot.clickOn(id(InteractionEditorIds.SUBJECT)).write(text);
        return this;
    }

    public InteractionEditorPage typeNotes(String text) {
        robot.clickOn(id(InteractionEditorIds.NOTES)).write(text);
        return this;
    }

    public InteractionEditorPage typeFollowUpWhat(String text) {
        robot.clickOn(id(InteractionEditorIds.FOLLOW_UP_WHAT)).write(text);
        return this;
    }

    /** Types the follow-up date into the picker's text, without confirming it with Enter. */
    public InteractionEditorPage typeFollowUpDate(LocalDate day) {
        DatePicker picker = robot.lookup(id(InteractionEditorIds.FOLLOW_UP_DATE)).queryAs(DatePicker.class);
        robot.clickOn(picker.getEditor()).write(picker.getConverter().toString(day));
        return this;
    }

    /** Replaces the time's text. */
    public InteractionEditorPage retypeTime(String text) {
        robot.doubleClickOn(id(InteractionEditorIds.TIME)).eraseText(6).write(text);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public InteractionEditorPage typeCost(String text) {
        robot.clickOn(id(InteractionEditorIds.COST)).write(text);
        return this;
    }

    public InteractionEditorPage typeResolution(String text) {
        robot.clickOn(id(InteractionEditorIds.RESOLUTION)).write(text);
        return this;
    }

    @SuppressWarnings("unchecked")
    public ComboBox<InteractionChannel> channel() {
        return robot.lookup(id(InteractionEditorIds.CHANNEL)).queryAs(ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    public ComboBox<PlanAction> planAction() {
        return robot.lookup(id(InteractionEditorIds.PLAN_ACTION)).queryAs(ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    public InteractionEditorPage chooseChannel(InteractionChannel channel) {
        robot.interact(() -> robot.lookup(id(InteractionEditorIds.CHANNEL)).queryComboBox().getSelectionModel()
                .select(channel));
        return this;
    }

    /** Chooses the planned action at this place of the list (0 is "none"). */
    public InteractionEditorPage choosePlanAction(int index) {
        robot.interact(() -> robot.lookup(id(InteractionEditorIds.PLAN_ACTION)).queryComboBox().getSelectionModel()
                .select(index));
        return this;
    }

    @SuppressWarnings("unchecked")
    public InteractionEditorPage chooseStatus(ComplaintStatus status) {
        robot.interact(() -> robot.lookup(id(InteractionEditorIds.COMPLAINT_STATUS)).queryComboBox()
                .getSelectionModel().select(status));
        return this;
    }

    /** Opens the status list and clicks the status shown with this text, as a user does. */
    public InteractionEditorPage clickStatus(String shownText) {
        robot.clickOn(id(InteractionEditorIds.COMPLAINT_STATUS));
        robot.clickOn(shownText);
        return this;
    }

    /** What the closed people box shows: the chosen people's names, or "Choose people". */
    public String peopleText() {
        return dev.rapport.ui.common.CheckComboTitles.shownText(robot.lookup(id(InteractionEditorIds.CONTACTS))
                .queryAs(org.controlsfx.control.CheckComboBox.class));
    }

    /** What the form says is wrong with a field ("time", "cost", ...). */
    public String error(String field) {
        return robot.lookup(id(InteractionEditorIds.error(field))).queryAs(Label.class).getText();
    }

    public void save() {
        robot.clickOn(id(InteractionEditorIds.SAVE));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Ctrl+S, which also takes a date typed but not yet confirmed. */
    public void saveWithShortcut() {
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void cancelWithEscape() {
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
