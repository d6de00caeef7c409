package dev.rapport.ui.pages;

import dev.rapport.testutil.RunningApp;
import dev.rapport.ui.contactlog.ContactLogTodayIds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The contact log's parts of Today: follow-ups due, accounts going quiet, open complaints. */
public final class ContactLogTodayPage {
    private final FxRobot robot;

    public ContactLogTodayPage(FxRobot robot) {
        this.robot = robot;
    }

    public ContactLogTodayPage open() {
        new MainWindowPage(robot).go("today");
        return this;
    }

    public String followUps() {
        return texts(ContactLogTodayIds.FOLLOW_UPS);
    }

    public String quiet() {
        return texts(ContactLogTodayIds.QUIET);
    }

    public String complaints() {
        return texts(ContactLogTodayIds.COMPLAINTS);
    }

    /** How many lines the going-quiet section shows now, not counting "and N more". */
    public int quietRows() {
        return (int) robot.lookup("#" + ContactLogTodayIds.QUIET).queryAs(Parent.class).lookupAll(".agenda-row").size();
    }

    /** Ticks the first follow-up off. */
    public void markFirstDone() {
        clickFirst(ContactLogTodayIds.DONE_BUTTON_CLASS);
    }

    /** Opens the first open complaint at its status. */
    public InteractionEditorPage resolveFirst() {
        clickFirst(ContactLogTodayIds.RESOLVE_BUTTON_CLASS);
        return new InteractionEditorPage(robot);
    }

    private void clickFirst(String styleClass) {
        RunningApp.reveal(robot, "." + styleClass);
        robot.clickOn("." + styleClass);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every text shown in one section, a line each. */
    private String texts(String sectionId) {
        StringBuilder all = new StringBuilder();
        // labels and the account links (a Hyperlink is a Labeled, not a .label)
        Parent section = robot.lookup("#" + sectionId).queryAs(Parent.class);
        java.util.stream.Stream.concat(section.lookupAll(".label").stream(), section.lookupAll(".hyperlink").stream())
                .forEach(n -> {
            if (n instanceof Labeled l) {
                all.append(l.getText()).append('\n');
            }
        });
        return all.toString();
    }

    /** Clicks the first account name in a section's rows, which opens the account. */
    public void openFirstAccount(String sectionId) {
        Node link = robot.lookup("#" + sectionId).queryAs(Parent.class)
                .lookup("." + dev.rapport.ui.contactlog.ContactLogTodayIds.ACCOUNT_LINK_CLASS);
        RunningApp.reveal(robot, "." + dev.rapport.ui.contactlog.ContactLogTodayIds.ACCOUNT_LINK_CLASS);
        robot.clickOn(link);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
