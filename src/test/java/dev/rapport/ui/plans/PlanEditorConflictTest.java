package dev.rapport.ui.plans;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.AppContext;
import dev.rapport.domain.Account;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.plan.ActionStatus;
import dev.rapport.domain.plan.ActionType;
import dev.rapport.domain.plan.Plan;
import dev.rapport.domain.plan.PlanAction;
import dev.rapport.domain.plan.SwotKind;
import dev.rapport.i18n.Messages;
import dev.rapport.testutil.FakeDialogs;
import dev.rapport.testutil.HeldTaskExecutor;
import dev.rapport.testutil.RecordingNotifier;
import dev.rapport.testutil.TestUi;
import dev.rapport.ui.common.DirectTaskExecutor;
import dev.rapport.ui.common.EditorSave;
import dev.rapport.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: a plan editor whose save is refused because the plan changed behind its back (an action
 * marked done in the Planner, which bumps the plan) keeps the SWOT and the action list the user
 * made and offers Reload, Keep mine and Copy my text, for the plan with its actions as one unit.
 * Without the toolkit, over a real data folder.
 */
class PlanEditorConflictTest {
    private static final String STRENGTHS = "15 years with their purchasing team\n王总 trusts us";

    @TempDir
    Path dataDir;

    private AppContext context;
    private TestUi ui;
    private Messages msg;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<String> clipboard = new ArrayList<>();
    private Plan opened;
    private PlanEditorViewModel form;
    private PlanAction visit;

    @BeforeEach
    void openAnEditorThenMarkAnActionDoneElsewhere() {
        context = AppContext.open(dataDir, Clock.systemDefaultZone());
        ui = dev.rapport.testutil.TestUi.of(context, new DirectTaskExecutor(), dialogs);
        msg = context.messages();
        int year = LocalDate.now().getYear();
        Account account = context.accounts().save(Account.named("上海新航科技"));
        opened = context.plans().save(Plan.draft(account.id(), year).withActions(List.of(
                PlanAction.planned("中秋拜访", RelationshipLevel.SOCIAL, ActionType.VISIT, YearMonth.of(year, 9)),
                PlanAction.planned("Training", RelationshipLevel.STRUCTURAL, ActionType.TRAINING,
                        YearMonth.of(year, 11)))));
        visit = opened.actions().get(0);
        form = new PlanEditorViewModel(opened, account, context.plans().today(), msg, ui.formats());
        form.swot.get(SwotKind.STRENGTH).set(STRENGTHS);
        form.put(PlanAction.planned("端午礼品", RelationshipLevel.SOCIAL, ActionType.GIFT, YearMonth.of(year, 6)),
                null);
        form.remove(form.actions.get(1));
        context.plans().markActionDone(visit.id(), null, null);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private EditorSave<Plan> editorSave(TaskExecutor executor) {
        TestUi ui = dev.rapport.testutil.TestUi.of(context, executor, dialogs);
        return new PlanOpener(ui.plans(), ui.contacts(), ui.clock(), ui.kit(), new RecordingNotifier())
                .planSave(clipboard::add);
    }

    private Plan stored() {
        return context.plans().find(opened.id()).orElseThrow();
    }

    @Test
    void aRefusedSaveLeavesTheEditorOpenWithTheSwotAndTheActionsAsTyped() {
        EditorSave<Plan> save = editorSave(new DirectTaskExecutor());

        save.save(form.toPlan());

        assertThat(save.savedProperty().get()).as("the editor closes only on a saved plan").isNull();
        assertThat(save.conflictProperty().get()).isNotNull();
        assertThat(save.conflictMessage().get()).isEqualTo(msg.get("conflict.editor.changedBy",
                java.util.Date.from(stored().updatedAt()), dev.rapport.domain.ChangedBy.window()));
        assertThat(form.swot.get(SwotKind.STRENGTH).get()).isEqualTo(STRENGTHS);
        assertThat(form.actions).extracting(PlanAction::title).containsExactly("中秋拜访", "端午礼品");
        assertThat(stored().actions()).extracting(PlanAction::title).containsExactly("中秋拜访", "Training");
        assertThat(stored().actions().get(0).status()).isEqualTo(ActionStatus.DONE);
        assertThat(stored().swot().get(SwotKind.STRENGTH)).isEmpty();
        assertThat(dialogs.errors).as("no error dialog takes the place of the editor").isEmpty();
    }

    @Test
    void reloadAfterAConfirmationPutsTheStoredSwotAndActionsInAndTheNextSaveGoesThrough() {
        EditorSave<Plan> save = editorSave(new DirectTaskExecutor());
        save.save(form.toPlan());

        save.reload(form.read(), form::fill);

        assertThat(dialogs.confirmations).containsExactly(msg.get("conflict.reload.question"));
        assertThat(save.conflictProperty().get()).isNull();
        assertThat(form.swot.get(SwotKind.STRENGTH).get()).isEmpty();
        assertThat(form.actions).extracting(PlanAction::title).containsExactly("中秋拜访", "Training");
        assertThat(form.actions.get(0).status()).as("the change made elsewhere is in the form")
                .isEqualTo(ActionStatus.DONE);
        form.goals.set("Become their preferred supplier");
        save.save(form.toPlan());
        assertThat(save.savedProperty().get()).isNotNull();
        assertThat(stored().objectives().goals()).isEqualTo("Become their preferred supplier");
        assertThat(stored().actions()).extracting(PlanAction::title).containsExactly("中秋拜访", "Training");
        assertThat(stored().actions().get(0).status()).isEqualTo(ActionStatus.DONE);
    }

    @Test
    void keepMineAfterAConfirmationSavesThePlanWithAllItsActionsAsShown() {
        EditorSave<Plan> save = editorSave(new DirectTaskExecutor());
        save.save(form.toPlan());

        save.keepMine(form::toPlan);

        assertThat(dialogs.confirmations).containsExactly(msg.get("conflict.keepMine.question"));
        assertThat(save.savedProperty().get()).isNotNull();
        Plan stored = stored();
        assertThat(stored.swot().get(SwotKind.STRENGTH)).containsExactly("15 years with their purchasing team",
                "王总 trusts us");
        assertThat(stored.actions()).extracting(PlanAction::title).as("my list, all of it: one removed, one added")
                .containsExactly("中秋拜访", "端午礼品");
        assertThat(stored.actions().get(0).id()).as("the action kept its id").isEqualTo(visit.id());
        assertThat(stored.actions().get(0).status()).as("my copy of the action, not the newer one")
                .isEqualTo(ActionStatus.PLANNED);
        assertThat(save.savedProperty().get()).isEqualTo(stored);
    }

    @Test
    void keepMineSavesAgainAnActionRemovedElsewhereThatTheEditorStillShows() {
        EditorSave<Plan> save = editorSave(new DirectTaskExecutor());
        Plan newer = stored();
        context.plans().save(newer.withActions(newer.actions().subList(1, 2)));
        save.save(form.toPlan());

        save.keepMine(form::toPlan);

        assertThat(save.savedProperty().get()).isNotNull();
        assertThat(stored().actions()).extracting(PlanAction::title).containsExactly("中秋拜访", "端午礼品");
    }

    @Test
    void keepMineDeclinedSavesNothing() {
        dialogs.answering(false);
        EditorSave<Plan> save = editorSave(new DirectTaskExecutor());
        save.save(form.toPlan());

        save.keepMine(form::toPlan);

        assertThat(save.savedProperty().get()).isNull();
        assertThat(stored().actions()).extracting(PlanAction::title).containsExactly("中秋拜访", "Training");
    }

    @Test
    void copyPutsTheSwotAndTheActionsOnTheClipboardAndTheEditorStaysOpen() {
        EditorSave<Plan> save = editorSave(new DirectTaskExecutor());
        save.save(form.toPlan());

        save.copy(form.copyText());

        assertThat(clipboard).singleElement().asString()
                .contains(msg.get("enum.SwotKind.STRENGTH") + ": 15 years with their purchasing team\n    王总 trusts us")
                .contains(msg.get("plans.tab.actions") + ": ")
                .contains("中秋拜访")
                .contains("端午礼品")
                .doesNotContain("Training");
        assertThat(save.conflictProperty().get()).isNotNull();
        assertThat(save.savedProperty().get()).isNull();
    }

    @Test
    void whileASaveRunsASecondSaveIsIgnored() {
        HeldTaskExecutor executor = new HeldTaskExecutor();
        EditorSave<Plan> save = editorSave(executor);
        executor.hold();

        save.save(form.toPlan());
        save.save(form.toPlan());

        assertThat(save.savingProperty().get()).isTrue();
        assertThat(executor.heldCount()).isEqualTo(1);
    }
}
