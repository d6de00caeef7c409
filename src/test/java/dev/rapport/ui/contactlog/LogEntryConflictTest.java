package dev.rapport.ui.contactlog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.AppContext;
import dev.rapport.domain.Account;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.InteractionChannel;
import dev.rapport.domain.Sentiment;
import dev.rapport.i18n.Messages;
import dev.rapport.testutil.FakeDialogs;
import dev.rapport.testutil.HeldTaskExecutor;
import dev.rapport.testutil.RecordingNotifier;
import dev.rapport.testutil.TestUi;
import dev.rapport.ui.common.DirectTaskExecutor;
import dev.rapport.ui.common.EditorSave;
import dev.rapport.ui.common.TaskExecutor;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: a contact-log entry's editor whose save is refused because the entry changed behind
 * its back keeps the rep's notes and offers Reload, Keep mine and Copy my text. Without the
 * toolkit, over a real data folder; the entry is changed through the service, as another window would.
 */
class LogEntryConflictTest {
    private static final String NOTES = "Lunch with 王芳: budget for the Hangzhou plant is approved, PO in March";

    @TempDir
    Path dataDir;

    private AppContext context;
    private Messages msg;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<String> clipboard = new ArrayList<>();
    private Interaction opened;
    private InteractionEditorViewModel form;

    @BeforeEach
    void openAnEditorThenChangeTheEntryElsewhere() {
        context = AppContext.open(dataDir, Clock.systemDefaultZone());
        msg = context.messages();
        Account account = context.accounts().save(Account.named("Fabrikam Foods"));
        opened = context.contactLog().save(Interaction.of(account.id(), LocalDateTime.now().withNano(0).withSecond(0),
                InteractionChannel.MEAL, "Lunch"));
        form = new InteractionEditorViewModel(opened, List.of(account), msg, ui(new DirectTaskExecutor()).formats(), LocalDate.now());
        form.notes.set(NOTES);
        form.outcome.set("PO expected in March");
        context.contactLog().save(opened.withDetails("Written elsewhere", "", Sentiment.POSITIVE, new BigDecimal("88")));
    }

    @AfterEach
    void close() {
        context.close();
    }

    private TestUi ui(TaskExecutor executor) {
        return dev.rapport.testutil.TestUi.of(context, executor, dialogs);
    }

    private EditorSave<LogActions.Entry> editorSave(TaskExecutor executor) {
        return new LogActions(context.accounts(), context.contacts(), context.contactLog(), context.plans(),
                ui(executor).kit(), new RecordingNotifier(), new InteractionEditorOpener(msg, () -> null))
                .editorSave(clipboard::add);
    }

    private LogActions.Entry typed() {
        return new LogActions.Entry(form.toInteraction(), form.plannedAction.get());
    }

    private Interaction stored() {
        return context.contactLog().find(opened.id()).orElseThrow();
    }

    @Test
    void aRefusedSaveLeavesTheEditorOpenWithTheNotesAndSaysWhenTheEntryChanged() {
        EditorSave<LogActions.Entry> save = editorSave(new DirectTaskExecutor());

        save.save(typed());

        assertThat(save.savedProperty().get()).as("the editor closes only on a saved entry").isNull();
        assertThat(save.conflictMessage().get()).isEqualTo(msg.get("conflict.editor.changedBy",
                java.util.Date.from(stored().updatedAt()), dev.rapport.domain.ChangedBy.window()));
        assertThat(form.notes.get()).isEqualTo(NOTES);
        assertThat(stored().notes()).isEqualTo("Written elsewhere");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void reloadAfterAConfirmationShowsTheNewerEntry() {
        EditorSave<LogActions.Entry> save = editorSave(new DirectTaskExecutor());
        save.save(typed());

        save.reload(new LogActions.Entry(form.read(), null), e -> form.fill(e.interaction()));

        assertThat(dialogs.confirmations).containsExactly(msg.get("conflict.reload.question"));
        assertThat(save.conflictProperty().get()).isNull();
        assertThat(form.notes.get()).isEqualTo("Written elsewhere");
        assertThat(form.sentiment.get()).isEqualTo(Sentiment.POSITIVE);
        form.outcome.set("Agreed next visit");
        save.save(typed());
        assertThat(save.savedProperty().get()).isNotNull();
        assertThat(stored().outcome()).isEqualTo("Agreed next visit");
        assertThat(stored().notes()).isEqualTo("Written elsewhere");
    }

    @Test
    void keepMineAfterAConfirmationSavesTheTypedNotes() {
        EditorSave<LogActions.Entry> save = editorSave(new DirectTaskExecutor());
        save.save(typed());

        save.keepMine(this::typed);

        assertThat(dialogs.confirmations).containsExactly(msg.get("conflict.keepMine.question"));
        assertThat(save.savedProperty().get()).isNotNull();
        assertThat(stored().notes()).isEqualTo(NOTES);
        assertThat(stored().outcome()).isEqualTo("PO expected in March");
    }

    @Test
    void copyPutsTheTypedTextOnTheClipboardAndTheEditorStaysOpen() {
        EditorSave<LogActions.Entry> save = editorSave(new DirectTaskExecutor());
        save.save(typed());

        save.copy(form.copyText());

        assertThat(clipboard).containsExactly(msg.get("contactlog.field.subject") + ": Lunch\n"
                + msg.get("contactlog.field.notes") + ": " + NOTES + "\n"
                + msg.get("contactlog.field.outcome") + ": PO expected in March");
        assertThat(save.savedProperty().get()).isNull();
        assertThat(save.conflictProperty().get()).isNotNull();
    }

    @Test
    void whileASaveRunsASecondSaveIsIgnored() {
        HeldTaskExecutor executor = new HeldTaskExecutor();
        EditorSave<LogActions.Entry> save = editorSave(executor);
        executor.hold();

        save.save(typed());
        save.save(typed());

        assertThat(save.savingProperty().get()).isTrue();
        assertThat(executor.heldCount()).isEqualTo(1);
    }
}
