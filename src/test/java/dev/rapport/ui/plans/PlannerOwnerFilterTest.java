package dev.rapport.ui.plans;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.plan.ActionType;
import dev.rapport.domain.plan.Plan;
import dev.rapport.domain.plan.PlanAction;
import dev.rapport.testutil.HeldTaskExecutor;
import dev.rapport.testutil.RunningApp;
import dev.rapport.ui.pages.MainWindowPage;
import dev.rapport.ui.pages.PlannerPage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 19: the Planner's owner filter said "Owner (0/0)" after its owners had loaded. */
class PlannerOwnerFilterTest {
    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private RunningApp app;

    @AfterEach
    void closeApp() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theOwnerFilterCountsTheOwnersOnceTheyHaveLoaded() {
        HeldTaskExecutor loads = new HeldTaskExecutor();
        app = RunningApp.open(dataDir, Clock.systemDefaultZone(), loads);
        int year = LocalDate.now().getYear();
        Account account = app.context.accounts().save(Account.named("华为技术 Huawei"));
        app.context.plans().save(Plan.draft(account.id(), year).withActions(List.of(
                PlanAction.planned("Rebate", RelationshipLevel.FINANCIAL, ActionType.DISCOUNT_REBATE, YearMonth.of(year, 3))
                        .withOwnerAndContacts("张伟", List.of()),
                PlanAction.planned("Gift", RelationshipLevel.SOCIAL, ActionType.GIFT, YearMonth.of(year, 9))
                        .withOwnerAndContacts("Anna Müller", List.of()))));

        // on the desktop the owners arrive from the background after the filter is on screen
        loads.hold();
        new MainWindowPage(robot).go("planner");
        WaitForAsyncUtils.waitForFxEvents();
        loads.release();
        WaitForAsyncUtils.waitForFxEvents();

        String owner = app.context.messages().get("plans.planner.owner");
        assertThat(new PlannerPage(robot).ownerFilterText()).isEqualTo(owner + " (0/2)");
    }
}
