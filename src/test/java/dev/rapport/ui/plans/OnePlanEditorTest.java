package dev.rapport.ui.plans;

import dev.rapport.testutil.TestUi;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.plan.ActionType;
import dev.rapport.domain.plan.Plan;
import dev.rapport.domain.plan.PlanAction;
import dev.rapport.testutil.HeldTaskExecutor;
import dev.rapport.testutil.RecordingNotifier;
import dev.rapport.testutil.RunningApp;
import dev.rapport.ui.pages.ActionEditorPage;
import dev.rapport.ui.pages.ConflictBarPage;
import dev.rapport.ui.pages.MainWindowPage;
import dev.rapport.ui.pages.PlanEditorPage;
import dev.rapport.ui.pages.PlannerPage;
import dev.rapport.ui.common.FxTextClipboard;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17: double-clicking an account in the Planner's Year grid opened two editors of its plan,
 * stacked; saving the top one and then the hidden one threw the first save's new action away.
 */
class OnePlanEditorTest {
    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private final PlannerPage planner = new PlannerPage(robot);
    private final PlanEditorPage editor = new PlanEditorPage(robot);
    private final ActionEditorPage action = new ActionEditorPage(robot);
    private RunningApp app;

    @AfterEach
    void closeApp() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void doubleClickingAnAccountInTheYearGridOpensOneEditorOfItsPlan() {
        HeldTaskExecutor loads = new HeldTaskExecutor();
        app = RunningApp.open(dataDir, Clock.systemDefaultZone(), loads);
        int year = LocalDate.now().getYear();
        Account account = planned("Contoso GmbH", year);
        new MainWindowPage(robot).go("planner");
        WaitForAsyncUtils.waitForFxEvents();

        // on the desktop the plan loads in the background: the second click lands before the first load is back
        loads.hold();
        // a double click is two clicks to the name's handler; on Monocle the first click redraws the row
        // under the pointer and the robot's second one never counts as a click, so they come one by one
        planner.openPlanOf(account.id());
        planner.openPlanOf(account.id());
        WaitForAsyncUtils.waitForFxEvents();
        loads.release();
        WaitForAsyncUtils.waitForFxEvents();

        String title = app.context.messages().get("plans.editor.title", account.name(), year);

        assertThat(editorsTitled(title)).as("the window list holds one editor of the plan").hasSize(1);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editorsTitled(title)).isEmpty();
        assertThat(app.dialogs.errors).isEmpty();
    }

    @Test
    void twoOpensOfOnePlanForcedThroughTheCodePathLeaveOneEditorAndTheAddedActionIsKept() {
        app = RunningApp.open(dataDir);
        int year = LocalDate.now().getYear();
        Account account = planned("华为技术 Huawei", year);
        new MainWindowPage(robot).go("planner");
        WaitForAsyncUtils.waitForFxEvents();
        // as from the account detail and from the Planner: two openers over the window's screens
        PlanOpener fromDetail = opener(app.ui);
        PlanOpener fromPlanner = opener(app.ui);
        Platform.runLater(() -> fromDetail.open(app.stage, account, year, () -> { }));
        Platform.runLater(() -> fromPlanner.open(app.stage, account, year, () -> { }));
        WaitForAsyncUtils.waitForFxEvents();

        String title = app.context.messages().get("plans.editor.title", account.name(), year);
        assertThat(editorsTitled(title)).as("one editor of the plan, not two stacked").hasSize(1);

        editor.showTab(app.context.messages().get("plans.tab.actions"));
        editor.addAction();
        action.chooseLevel(RelationshipLevel.SOCIAL);
        action.chooseSuggestion(app.context.messages().get("plans.suggest.birthdayGift"));
        action.ok();
        editor.save();

        assertThat(editorsTitled(title)).as("nothing left open to save an older copy over it").isEmpty();
        assertThat(app.dialogs.errors).isEmpty();
        assertThat(app.context.plans().planFor(account.id(), year).orElseThrow().actions())
                .extracting(PlanAction::title)
                .containsExactly("中秋拜访", app.context.messages().get("plans.suggest.birthdayGift"));

        // closed, the plan is free again: the next open opens it
        Platform.runLater(() -> fromPlanner.open(app.stage, account, year, () -> { }));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editorsTitled(title)).hasSize(1);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editorsTitled(title)).isEmpty();
    }

    /**
     * The two stacked editors, forced open past the registry (as a second window would): the
     * first adds an action and saves; the second's save is refused, it stays open with its strip, and
     * the action the first added is still stored.
     */
    @Test
    void twoEditorsOfOnePlanForcedOpenPastTheRegistryTheSecondSaveIsRefusedAndTheAddedActionKept() {
        app = RunningApp.open(dataDir);
        int year = LocalDate.now().getYear();
        Account account = planned("上海新航科技", year);
        Plan read = app.context.plans().planFor(account.id(), year).orElseThrow();
        PlanOpener opener = opener(app.ui);
        PlanEditor[] editors = new PlanEditor[2];
        robot.interact(() -> {
            for (int i = 0; i < 2; i++) {
                PlanEditorViewModel form = new PlanEditorViewModel(read, account, LocalDate.now(),
                        app.context.messages(), app.ui.formats());
                editors[i] = new PlanEditor(app.stage, form, account.name(), List.of(),
                        app.context.messages(), app.ui.formats(), PlanOpener.stylesheet(), app.ui.editors(),
                        opener.planSave(new FxTextClipboard()));
                editors[i].show();
            }
        });
        PlanEditor top = editors[1];
        PlanEditor hidden = editors[0];

        robot.interact(() -> {
            top.model().put(PlanAction.planned("端午礼品", RelationshipLevel.SOCIAL, ActionType.GIFT,
                    YearMonth.of(year, 6)), null);
            PlanEditorPage.saveButtonIn(top.getDialogPane()).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            hidden.model().goals.set("Become their preferred supplier");
            PlanEditorPage.saveButtonIn(hidden.getDialogPane()).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(top.isShowing()).as("the first save went through").isFalse();
        assertThat(hidden.isShowing()).as("the refused one stays open").isTrue();
        assertThat(ConflictBarPage.boxIn(hidden.getDialogPane()).isVisible()).isTrue();
        assertThat(hidden.model().goals.get()).isEqualTo("Become their preferred supplier");
        assertThat(app.dialogs.errors).isEmpty();
        Plan stored = app.context.plans().planFor(account.id(), year).orElseThrow();
        assertThat(stored.actions()).extracting(PlanAction::title).containsExactly("中秋拜访", "端午礼品");
        assertThat(stored.objectives().goals()).isEmpty();
        robot.interact(hidden::close);
    }

    @Test
    void aPlanWhoseLoadWasCancelledOpensAtTheNextClick() {
        HeldTaskExecutor loads = new HeldTaskExecutor();
        app = RunningApp.open(dataDir, Clock.systemDefaultZone(), loads);
        int year = LocalDate.now().getYear();
        Account account = planned("Fabrikam Foods", year);
        new MainWindowPage(robot).go("planner");
        WaitForAsyncUtils.waitForFxEvents();

        // the status bar's Cancel while the plan loads: no editor, and the plan must not stay claimed
        loads.hold();
        planner.openPlanOf(account.id());
        WaitForAsyncUtils.waitForFxEvents();
        loads.cancelHeld();
        WaitForAsyncUtils.waitForFxEvents();
        String title = app.context.messages().get("plans.editor.title", account.name(), year);
        assertThat(editorsTitled(title)).isEmpty();

        planner.openPlanOf(account.id());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editorsTitled(title)).as("the next click opens the plan").hasSize(1);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Account planned(String name, int year) {
        Account account = app.context.accounts().save(Account.named(name));
        app.context.plans().save(Plan.draft(account.id(), year).withActions(List.of(
                PlanAction.planned("中秋拜访", RelationshipLevel.SOCIAL, ActionType.VISIT, YearMonth.of(year, 9)))));
        return account;
    }

    /** The showing windows with this title, as the window list has them. */
    private static List<Stage> editorsTitled(String title) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(Window::isShowing)
                    .filter(w -> w instanceof Stage s && title.equals(s.getTitle())).map(Stage.class::cast)
                    .toList()).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the FX thread did not answer", e);
        }
    }

    private static PlanOpener opener(dev.rapport.testutil.TestUi ui) {
        return new PlanOpener(ui.plans(), ui.contacts(), ui.clock(), ui.kit(), new RecordingNotifier());
    }
}
