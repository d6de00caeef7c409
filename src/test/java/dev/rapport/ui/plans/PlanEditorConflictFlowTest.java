package dev.rapport.ui.plans;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.plan.ActionStatus;
import dev.rapport.domain.plan.ActionType;
import dev.rapport.domain.plan.Plan;
import dev.rapport.domain.plan.PlanAction;
import dev.rapport.domain.plan.SwotKind;
import dev.rapport.i18n.Messages;
import dev.rapport.testutil.RunningApp;
import dev.rapport.ui.common.ConflictBar;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17 as a rep clicks it in the Planner: the plan editor is open with a SWOT typed and an
 * action added, the plan changes behind its back (an action marked done elsewhere), and Save is
 * refused. The editor stays open with everything typed and offers Reload, Keep mine and Copy.
 */
class PlanEditorConflictFlowTest {
    private static final String STRENGTHS = "王总 trusts us";

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private RunningApp app;
    private Plan plan;
    private long visitId;

    @BeforeEach
    void typeIntoThePlanEditorWhileAnActionIsMarkedDoneElsewhereThenSave() {
        app = RunningApp.open(dataDir);
        int year = LocalDate.now().getYear();
        Account account = app.context.accounts().save(Account.named("上海新航科技"));
        plan = app.context.plans().save(Plan.draft(account.id(), year).withActions(List.of(
                PlanAction.planned("中秋拜访", RelationshipLevel.SOCIAL, ActionType.VISIT, YearMonth.of(year, 9)))));
        visitId = plan.actions().get(0).id();
        robot.clickOn("#nav-planner");
        WaitForAsyncUtils.waitForFxEvents();
        waitUntilShown("#planner-account-" + account.id());
        robot.clickOn("#planner-account-" + account.id());
        WaitForAsyncUtils.waitForFxEvents();
        waitUntilShown("#plan-save");
        robot.clickOn(msg().get("plans.tab.swot"));
        robot.clickOn("#swot-" + SwotKind.STRENGTH.name()).write(STRENGTHS);
        robot.clickOn(msg().get("plans.tab.actions"));
        robot.clickOn("#action-add");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#action-title").write("端午礼品");
        robot.clickOn("#action-ok");
        WaitForAsyncUtils.waitForFxEvents();
        app.context.plans().markActionDone(visitId, null, null);
        robot.clickOn("#plan-save");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeApp() {
        if (app != null) {
            app.close();
        }
    }

    private Messages msg() {
        return app.context.messages();
    }

    private Plan stored() {
        return app.context.plans().find(plan.id()).orElseThrow();
    }

    private boolean editorOpen() {
        return robot.lookup("#plan-tabs").tryQuery().isPresent();
    }

    private String strengths() {
        return robot.lookup("#swot-" + SwotKind.STRENGTH.name()).queryTextInputControl().getText();
    }

    private List<PlanAction> shownActions() {
        TableView<PlanAction> table = robot.lookup("#plan-actions").queryTableView();
        return List.copyOf(table.getItems());
    }

    @Test
    void aRefusedSaveLeavesTheEditorOpenWithTheSwotAndTheActionsAndSaysWhatHappened() {
        assertThat(editorOpen()).isTrue();
        assertThat(robot.lookup("#" + ConflictBar.BOX_ID).query().isVisible()).isTrue();
        assertThat(robot.lookup("#plan-save").query().isDisabled()).as("not again until a choice is made").isTrue();
        assertThat(strengths()).isEqualTo(STRENGTHS);
        assertThat(shownActions()).extracting(PlanAction::title).containsExactly("中秋拜访", "端午礼品");
        assertThat(app.dialogs.errors).isEmpty();
        assertThat(stored().actions()).extracting(PlanAction::title).containsExactly("中秋拜访");
        assertThat(stored().actions().get(0).status()).isEqualTo(ActionStatus.DONE);
    }

    @Test
    void reloadPutsTheStoredSwotAndActionsIntoTheOpenEditor() {
        robot.clickOn("#" + ConflictBar.RELOAD_ID);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.dialogs.confirmations).hasSize(1);
        assertThat(editorOpen()).isTrue();
        assertThat(shownActions()).extracting(PlanAction::title).containsExactly("中秋拜访");
        assertThat(shownActions().get(0).status()).isEqualTo(ActionStatus.DONE);
        assertThat(robot.lookup("#" + ConflictBar.BOX_ID).query().isVisible()).isFalse();
        assertThat(robot.lookup("#plan-save").query().isDisabled()).isFalse();
        robot.clickOn(msg().get("plans.tab.swot"));
        assertThat(strengths()).isEmpty();
    }

    @Test
    void keepMineSavesThePlanWithItsActionsAsShownAndClosesTheEditor() {
        robot.clickOn("#" + ConflictBar.KEEP_MINE_ID);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.dialogs.confirmations).hasSize(1);
        assertThat(editorOpen()).isFalse();
        Plan stored = stored();
        assertThat(stored.swot().get(SwotKind.STRENGTH)).containsExactly(STRENGTHS);
        assertThat(stored.actions()).extracting(PlanAction::title).containsExactly("中秋拜访", "端午礼品");
        assertThat(stored.actions().get(0).id()).isEqualTo(visitId);
        assertThat(stored.actions().get(0).status()).as("mine, as the editor showed it").isEqualTo(ActionStatus.PLANNED);
        assertThat(app.dialogs.errors).isEmpty();
    }

    @Test
    void copyMyTextPutsTheSwotAndTheActionsOnTheClipboardAndTheEditorStaysOpen() throws Exception {
        robot.clickOn("#" + ConflictBar.COPY_ID);
        WaitForAsyncUtils.waitForFxEvents();

        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).contains(msg().get("enum.SwotKind.STRENGTH") + ": " + STRENGTHS).contains("端午礼品");
        assertThat(editorOpen()).isTrue();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editorOpen()).isFalse();
    }

    private void waitUntilShown(String query) {
        try {
            // 30 s: the editor opens after the plan loads, which took over 10 s on a loaded 2-core machine
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                    () -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(query + " never showed", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
