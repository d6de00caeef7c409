package dev.rapport.ui.pages;

import dev.rapport.ui.accounts.AccountPageTab;
import dev.rapport.testutil.RunningApp;
import dev.rapport.ui.plans.PlanSummaryIds;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** This year's plan on the account page: its progress line, budget flag, and the links that open plans. */
public final class PlanSummaryPage {
    private final FxRobot robot;

    public PlanSummaryPage(FxRobot robot) {
        this.robot = robot;
    }

    public Button openButton() {
        AccountsPage.onTab(robot, AccountPageTab.PLAN);
        return robot.lookup("#" + PlanSummaryIds.OPEN).queryButton();
    }

    /** Opens (or creates) this year's plan in the editor. */
    public void openPlan() {
        AccountsPage.onTab(robot, AccountPageTab.PLAN);
        RunningApp.reveal(robot, "#" + PlanSummaryIds.OPEN);
        robot.clickOn("#" + PlanSummaryIds.OPEN);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens the account's plan of another year from its link. */
    public void openYear(int year) {
        AccountsPage.onTab(robot, AccountPageTab.PLAN);
        RunningApp.reveal(robot, "#" + PlanSummaryIds.otherYear(year));
        robot.clickOn("#" + PlanSummaryIds.otherYear(year));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** "n of m actions done, budget used …", or that there is no plan yet. */
    public String progressText() {
        AccountsPage.onTab(robot, AccountPageTab.PLAN);
        return robot.lookup("#" + PlanSummaryIds.TEXT).queryAs(Label.class).getText();
    }

    public boolean overBudgetShown() {
        AccountsPage.onTab(robot, AccountPageTab.PLAN);
        return robot.lookup("#" + PlanSummaryIds.FLAG).query().isVisible();
    }
}
