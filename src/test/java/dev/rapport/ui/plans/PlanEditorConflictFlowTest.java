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
import dev.rapport.ui.pages.ActionEditorPage;
import dev.rapport.ui.pages.ConflictBarPage;
import dev.rapport.ui.pages.MainWindowPage;
import dev.rapport.ui.pages.PlanEditorPage;
import dev.rapport.ui.pages.PlannerPage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
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
    private final PlannerPage planner = new PlannerPage(robot);
    private final PlanEditorPage editor = new PlanEditorPage(robot);
    private final ActionEditorPage action = new ActionEditorPage(robot);
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
        new MainWindowPage(robot).go("planner");
        WaitForAsyncUtils.waitForFxEvents();
        planner.waitForRow(account.id());
        planner.openPlanOf(account.id());
        editor.waitUntilOpen();
        editor.showTab(msg().get("plans.tab.swot"));
        editor.typeSwot(SwotKind.STRENGTH, STRENGTHS);
        editor.showTab(msg().get("plans.tab.actions"));
        editor.addAction();
        action.typeTitle("端午礼品");
        action.ok();
        app.context.plans().markActionDone(visitId, null, null);
        editor.save();
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
        return editor.isOpen();
    }

    private String strengths() {
        return editor.swot(SwotKind.STRENGTH);
    }

    private List<PlanAction> shownActions() {
        return List.copyOf(editor.actions().getItems());
    }

    @Test
    void aRefusedSaveLeavesTheEditorOpenWithTheSwotAndTheActionsAndSaysWhatHappened() {
        assertThat(editorOpen()).isTrue();
        assertThat(new ConflictBarPage(robot).shown()).isTrue();
        assertThat(editor.saveButton().isDisabled()).as("not again until a choice is made").isTrue();
        assertThat(strengths()).isEqualTo(STRENGTHS);
        assertThat(shownActions()).extracting(PlanAction::title).containsExactly("中秋拜访", "端午礼品");
        assertThat(app.dialogs.errors).isEmpty();
        assertThat(stored().actions()).extracting(PlanAction::title).containsExactly("中秋拜访");
        assertThat(stored().actions().get(0).status()).isEqualTo(ActionStatus.DONE);
    }

    @Test
    void reloadPutsTheStoredSwotAndActionsIntoTheOpenEditor() {
        new ConflictBarPage(robot).reload();

        assertThat(app.dialogs.confirmations).hasSize(1);
        assertThat(editorOpen()).isTrue();
        assertThat(shownActions()).extracting(PlanAction::title).containsExactly("中秋拜访");
        assertThat(shownActions().get(0).status()).isEqualTo(ActionStatus.DONE);
        assertThat(new ConflictBarPage(robot).shown()).isFalse();
        assertThat(editor.saveButton().isDisabled()).isFalse();
        robot.clickOn(msg().get("plans.tab.swot"));
        assertThat(strengths()).isEmpty();
    }

    @Test
    void keepMineSavesThePlanWithItsActionsAsShownAndClosesTheEditor() {
        new ConflictBarPage(robot).keepMine();

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
        new ConflictBarPage(robot).copyMyText();

        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).contains(msg().get("enum.SwotKind.STRENGTH") + ": " + STRENGTHS).contains("端午礼品");
        assertThat(editorOpen()).isTrue();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editorOpen()).isFalse();
    }

}
