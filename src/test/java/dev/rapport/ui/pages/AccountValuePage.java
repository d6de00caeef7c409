package dev.rapport.ui.pages;

import dev.rapport.ui.accounts.AccountPageTab;
import dev.rapport.testutil.RunningApp;
import dev.rapport.ui.retention.AccountValueIds;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The selected account's value and health on the account page, by the ids in {@link AccountValueIds}. */
public final class AccountValuePage {
    private final FxRobot robot;

    public AccountValuePage(FxRobot robot) {
        this.robot = robot;
    }

    private static String id(String id) {
        return "#" + id;
    }

    /** Accepts the tier proposed on a basis ("revenue", "margin"). */
    public void acceptTier(String basis) {
        AccountsPage.onTab(robot, AccountPageTab.VALUE);
        click(AccountValueIds.acceptTier(basis));
    }

    public String healthScore() {
        AccountsPage.onTab(robot, AccountPageTab.VALUE);
        return robot.lookup(id(AccountValueIds.HEALTH_SCORE)).queryLabeled().getText();
    }

    /** Clicks "Exit…"; the exit editor opens. */
    public ExitEditorPage exit() {
        AccountsPage.onTab(robot, AccountPageTab.VALUE);
        click(AccountValueIds.EXIT);
        return new ExitEditorPage(robot);
    }

    /** Clicks "Edit exit…" of an exited account; the exit editor opens filled in. */
    public ExitEditorPage editExit() {
        AccountsPage.onTab(robot, AccountPageTab.VALUE);
        click(AccountValueIds.EDIT_EXIT);
        return new ExitEditorPage(robot);
    }

    public void reactivate() {
        AccountsPage.onTab(robot, AccountPageTab.VALUE);
        click(AccountValueIds.REACTIVATE);
    }

    private void click(String nodeId) {
        RunningApp.reveal(robot, id(nodeId));
        robot.clickOn(id(nodeId));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
