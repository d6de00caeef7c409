package dev.rapport.ui.pages;

import dev.rapport.ui.accounts.AccountPageTab;
import dev.rapport.ui.contactlog.AccountContactLogIds;
import dev.rapport.ui.contactlog.TimelineIds;
import javafx.scene.control.Label;
import org.testfx.api.FxRobot;

/** The contact log part of the selected account's page: last contact, open complaints, timeline. */
public final class AccountContactLogPage {
    private final FxRobot robot;

    public AccountContactLogPage(FxRobot robot) {
        this.robot = robot;
    }

    public String lastContact() {
        AccountsPage.onTab(robot, AccountPageTab.LOG);
        return robot.lookup("#" + AccountContactLogIds.LAST_CONTACT).queryAs(Label.class).getText();
    }

    public boolean complaintsFlagShown() {
        AccountsPage.onTab(robot, AccountPageTab.LOG);
        return robot.lookup("#" + AccountContactLogIds.OPEN_COMPLAINTS).query().isVisible();
    }

    public TimelinePage timeline() {
        AccountsPage.onTab(robot, AccountPageTab.LOG);
        return new TimelinePage(robot, TimelineIds.ACCOUNT);
    }
}
