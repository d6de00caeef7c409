package dev.rapport.ui.plans;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.AppContext;
import dev.rapport.domain.Account;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.plan.ActionStatus;
import dev.rapport.domain.plan.ActionType;
import dev.rapport.domain.plan.Plan;
import dev.rapport.domain.plan.PlanAction;
import dev.rapport.i18n.Messages;
import dev.rapport.testutil.FakeDialogs;
import dev.rapport.testutil.RecordingNotifier;
import dev.rapport.testutil.TestUi;
import dev.rapport.ui.common.DirectTaskExecutor;
import dev.rapport.ui.common.EditorSave;
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
 * Issue 17: an action editor that saves on its own (the Planner's) whose save is refused because
 * the action changed behind its back keeps the user's text and offers Reload, Keep mine and Copy my
 * text. Without the toolkit, over a real data folder.
 */
class ActionEditorConflictTest {
    private static final String NOTES = "王总 liked the mooncakes; invite his deputy next time";

    @TempDir
    Path dataDir;

    private AppContext context;
    private Messages msg;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<String> clipboard = new ArrayList<>();
    private PlanAction opened;
    private ActionEditorViewModel form;
    private EditorSave<PlanAction> save;

    @BeforeEach
    void openAnEditorThenMoveTheActionElsewhere() {
        context = AppContext.open(dataDir, Clock.systemDefaultZone());
        TestUi ui = dev.rapport.testutil.TestUi.of(context, new DirectTaskExecutor(), dialogs);
        msg = context.messages();
        int year = LocalDate.now().getYear();
        Account account = context.accounts().save(Account.named("杭州瑞丰电子"));
        Plan plan = context.plans().save(Plan.draft(account.id(), year).withActions(List.of(
                PlanAction.planned("中秋拜访", RelationshipLevel.SOCIAL, ActionType.VISIT, YearMonth.of(year, 9)))));
        opened = plan.actions().get(0);
        form = new ActionEditorViewModel(opened, year, context.plans().today(), msg, ui.formats());
        form.title.set("中秋拜访王总");
        form.notes.set(NOTES);
        context.plans().reschedule(opened.id(), YearMonth.of(year, 10));
        save = new PlanOpener(ui.plans(), ui.contacts(), ui.clock(), ui.kit(), new RecordingNotifier()).actionSave(clipboard::add);
        save.save(form.toAction());
    }

    @AfterEach
    void close() {
        context.close();
    }

    private PlanAction stored() {
        return context.plans().findAction(opened.id()).orElseThrow();
    }

    @Test
    void aRefusedSaveLeavesTheEditorOpenWithTheTypedText() {
        assertThat(save.savedProperty().get()).isNull();
        assertThat(save.conflictProperty().get()).isNotNull();
        assertThat(form.notes.get()).isEqualTo(NOTES);
        assertThat(stored().title()).isEqualTo("中秋拜访");
        assertThat(stored().month().getMonthValue()).isEqualTo(10);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void reloadAfterAConfirmationPutsTheStoredActionIn() {
        save.reload(form.read(), form::fill);

        assertThat(dialogs.confirmations).containsExactly(msg.get("conflict.reload.question"));
        assertThat(save.conflictProperty().get()).isNull();
        assertThat(form.title.get()).isEqualTo("中秋拜访");
        assertThat(form.month.get()).isEqualTo(10);
        assertThat(form.notes.get()).isEmpty();
        form.status.set(ActionStatus.DONE);
        save.save(form.toAction());
        assertThat(save.savedProperty().get()).isNotNull();
        assertThat(stored().status()).isEqualTo(ActionStatus.DONE);
        assertThat(stored().month().getMonthValue()).isEqualTo(10);
    }

    @Test
    void keepMineAfterAConfirmationWritesMine() {
        save.keepMine(form::toAction);

        assertThat(dialogs.confirmations).containsExactly(msg.get("conflict.keepMine.question"));
        assertThat(save.savedProperty().get()).isNotNull();
        assertThat(stored().title()).isEqualTo("中秋拜访王总");
        assertThat(stored().notes()).isEqualTo(NOTES);
        assertThat(stored().month().getMonthValue()).as("my month, not the one moved to elsewhere").isEqualTo(9);
    }

    @Test
    void copyPutsTheTypedTextOnTheClipboard() {
        save.copy(form.copyText());

        assertThat(clipboard).containsExactly(msg.get("plans.action.title") + ": 中秋拜访王总\n"
                + msg.get("plans.action.notes") + ": " + NOTES);
        assertThat(save.conflictProperty().get()).isNotNull();
    }
}
