package dev.rapport.ui.pages;

import dev.rapport.ui.accounts.AccountPageTab;
import dev.rapport.testutil.RunningApp;
import dev.rapport.ui.memory.AccountDatesIds;
import javafx.scene.control.ListView;
import org.testfx.api.FxRobot;

/** The selected account's important dates on the account page, by the ids in {@link AccountDatesIds}. */
public final class AccountDatesPage {
    private final FxRobot robot;

    public AccountDatesPage(FxRobot robot) {
        this.robot = robot;
    }

    private static String id(String id) {
        return "#" + id;
    }

    /** Clicks Add (brought into view first); the important date editor opens. */
    public ImportantDateEditorPage add() {
        AccountsPage.onTab(robot, AccountPageTab.PEOPLE);
        RunningApp.reveal(robot, id(AccountDatesIds.ADD));
        robot.clickOn(id(AccountDatesIds.ADD));
        return new ImportantDateEditorPage(robot);
    }

    public ListView<?> list() {
        AccountsPage.onTab(robot, AccountPageTab.PEOPLE);
        return robot.lookup(id(AccountDatesIds.LIST)).queryListView();
    }
}
