package dev.rapport.ui.accounts;

import dev.rapport.testutil.TestUi;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.AppContext;
import dev.rapport.domain.Account;
import dev.rapport.i18n.Messages;
import dev.rapport.testutil.FakeDialogs;
import dev.rapport.testutil.HeldTaskExecutor;
import dev.rapport.testutil.RecordingNotifier;
import dev.rapport.ui.common.DirectTaskExecutor;
import dev.rapport.ui.common.EditorSave;
import dev.rapport.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: an account editor whose save is refused because the account changed behind its back
 * keeps the user's text and offers Reload, Keep mine and Copy my text. Without the toolkit, over a
 * real data folder; the account is changed through the service, as another window would.
 */
class AccountEditorConflictTest {
    @TempDir
    Path dataDir;

    private AppContext context;
    private Messages msg;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<String> clipboard = new ArrayList<>();
    private Account opened;
    private AccountEditorViewModel form;

    @BeforeEach
    void openAnEditorThenChangeTheAccountElsewhere() {
        context = AppContext.open(dataDir, Clock.systemDefaultZone());
        msg = context.messages();
        opened = context.accounts().save(Account.named("Fabrikam Foods"));
        form = new AccountEditorViewModel(opened, msg, dev.rapport.testutil.TestUi.of(context, new DirectTaskExecutor(), dialogs).formats());
        form.name.set("Fabrikam Foods (Shanghai)");
        form.notes.set("Met the new CFO, 王芳; she wants quarterly reviews");
        context.accounts().save(opened.withTags(List.of("newer-elsewhere")));
    }

    @AfterEach
    void close() {
        context.close();
    }

    private EditorSave<Account> editorSave(TaskExecutor executor) {
        return new AccountsViewModel(context.accounts(), context.plans(), context.demo(), context.retention(),
                dev.rapport.testutil.TestUi.of(context, executor, dialogs).kit(), new RecordingNotifier()).editorSave(clipboard::add);
    }

    private Account stored() {
        return context.accounts().find(opened.id()).orElseThrow();
    }

    @Test
    void aRefusedSaveLeavesTheEditorOpenWithTheTypedTextAndSaysWhenTheAccountChanged() {
        EditorSave<Account> save = editorSave(new DirectTaskExecutor());

        save.save(form.toAccount());

        assertThat(save.savedProperty().get()).as("the editor closes only on a saved record").isNull();
        assertThat(save.conflictProperty().get()).isNotNull();
        assertThat(save.conflictMessage().get()).isEqualTo(msg.get("conflict.editor.changedBy",
                java.util.Date.from(stored().updatedAt()), dev.rapport.domain.ChangedBy.window()));
        assertThat(form.notes.get()).isEqualTo("Met the new CFO, 王芳; she wants quarterly reviews");
        assertThat(stored().name()).isEqualTo("Fabrikam Foods");
        assertThat(stored().tags()).containsExactly("newer-elsewhere");
        assertThat(dialogs.errors).as("no error dialog takes the place of the editor").isEmpty();
    }

    @Test
    void reloadAfterAConfirmationShowsTheNewerDataAndTheNextSaveGoesThrough() {
        EditorSave<Account> save = editorSave(new DirectTaskExecutor());
        save.save(form.toAccount());

        save.reload(form.read(), form::fill);

        assertThat(dialogs.confirmations).containsExactly(msg.get("conflict.reload.question"));
        assertThat(save.conflictProperty().get()).isNull();
        assertThat(form.tags.get()).isEqualTo("newer-elsewhere");
        assertThat(form.name.get()).isEqualTo("Fabrikam Foods");
        assertThat(form.notes.get()).isEmpty();
        form.owner.set("Li Na");
        save.save(form.toAccount());
        assertThat(save.savedProperty().get()).isNotNull();
        assertThat(stored().owner()).isEqualTo("Li Na");
        assertThat(stored().tags()).containsExactly("newer-elsewhere");
    }

    @Test
    void reloadDeclinedKeepsTheTypedText() {
        dialogs.answering(false);
        EditorSave<Account> save = editorSave(new DirectTaskExecutor());
        save.save(form.toAccount());

        save.reload(form.read(), form::fill);

        assertThat(save.conflictProperty().get()).isNotNull();
        assertThat(form.name.get()).isEqualTo("Fabrikam Foods (Shanghai)");
        assertThat(form.notes.get()).isEqualTo("Met the new CFO, 王芳; she wants quarterly reviews");
    }

    @Test
    void keepMineAfterAConfirmationSavesTheTypedTextOverTheNewerChange() {
        EditorSave<Account> save = editorSave(new DirectTaskExecutor());
        save.save(form.toAccount());

        save.keepMine(form::toAccount);

        assertThat(dialogs.confirmations).containsExactly(msg.get("conflict.keepMine.question"));
        assertThat(save.savedProperty().get()).isNotNull();
        assertThat(stored().name()).isEqualTo("Fabrikam Foods (Shanghai)");
        assertThat(stored().notes()).isEqualTo("Met the new CFO, 王芳; she wants quarterly reviews");
        assertThat(stored().tags()).as("my version, all of it, replaced the newer one").isEmpty();
    }

    @Test
    void keepMineDeclinedSavesNothing() {
        dialogs.answering(false);
        EditorSave<Account> save = editorSave(new DirectTaskExecutor());
        save.save(form.toAccount());

        save.keepMine(form::toAccount);

        assertThat(save.savedProperty().get()).isNull();
        assertThat(stored().name()).isEqualTo("Fabrikam Foods");
    }

    @Test
    void copyPutsTheTypedTextOnTheClipboardOneLabelAndValueALineAndTheEditorStaysOpen() {
        EditorSave<Account> save = editorSave(new DirectTaskExecutor());
        save.save(form.toAccount());

        save.copy(form.copyText());

        assertThat(clipboard).containsExactly(msg.get("account.name") + ": Fabrikam Foods (Shanghai)\n"
                + msg.get("account.notes") + ": Met the new CFO, 王芳; she wants quarterly reviews");
        assertThat(save.conflictProperty().get()).isNotNull();
        assertThat(save.savedProperty().get()).isNull();
    }

    @Test
    void whileASaveRunsTheEditorSaysSoAndASecondSaveIsIgnored() {
        HeldTaskExecutor executor = new HeldTaskExecutor();
        EditorSave<Account> save = editorSave(executor);
        executor.hold();

        save.save(form.toAccount());
        save.save(form.toAccount());

        assertThat(save.savingProperty().get()).isTrue();
        assertThat(executor.heldCount()).isEqualTo(1);
    }
}
