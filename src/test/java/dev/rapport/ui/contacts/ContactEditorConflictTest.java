package dev.rapport.ui.contacts;

import dev.rapport.testutil.TestUi;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.AppContext;
import dev.rapport.domain.Account;
import dev.rapport.domain.Contact;
import dev.rapport.domain.ContactPoint;
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
 * Issue 17: a person editor whose save is refused because the person changed behind its back (here
 * a new phone number, as `rapport import --merge` would write) keeps the user's text and offers
 * Reload, Keep mine and Copy my text. Without the toolkit, over a real data folder.
 */
class ContactEditorConflictTest {
    private static final String NOTES = "Prefers calls after 6pm; daughter 小雨 starts school in Hangzhou";

    @TempDir
    Path dataDir;

    private AppContext context;
    private Messages msg;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<String> clipboard = new ArrayList<>();
    private Contact opened;
    private ContactEditorViewModel form;

    @BeforeEach
    void openAnEditorThenChangeThePersonElsewhere() {
        context = AppContext.open(dataDir, Clock.systemDefaultZone());
        msg = context.messages();
        Account account = context.accounts().save(Account.named("Fabrikam Foods"));
        opened = context.contacts().save(Contact.named("陈静", account.id()));
        form = new ContactEditorViewModel(opened, List.of(account), msg, context.clock());
        form.title.set("Head of Purchasing");
        form.notes.set(NOTES);
        context.contacts().save(opened.withPoints(
                List.of(new ContactPoint(ContactPoint.Kind.MOBILE, "+86 138 0000 1111")), List.of()));
    }

    @AfterEach
    void close() {
        context.close();
    }

    private EditorSave<Contact> editorSave(TaskExecutor executor) {
        return new ContactsViewModel(context.contacts(), context.accounts(), context.clock(),
                dev.rapport.testutil.TestUi.of(context, executor, dialogs).kit(), new RecordingNotifier())
                .editorSave(clipboard::add);
    }

    private Contact stored() {
        return context.contacts().find(opened.id()).orElseThrow();
    }

    @Test
    void aRefusedSaveLeavesTheEditorOpenWithTheTypedTextAndSaysWhenThePersonChanged() {
        EditorSave<Contact> save = editorSave(new DirectTaskExecutor());

        save.save(form.toContact());

        assertThat(save.savedProperty().get()).as("the editor closes only on a saved record").isNull();
        assertThat(save.conflictMessage().get()).isEqualTo(msg.get("conflict.editor.changedBy",
                java.util.Date.from(stored().updatedAt()), dev.rapport.domain.ChangedBy.window()));
        assertThat(form.notes.get()).isEqualTo(NOTES);
        assertThat(stored().notes()).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void reloadAfterAConfirmationShowsTheNewerPhoneNumber() {
        EditorSave<Contact> save = editorSave(new DirectTaskExecutor());
        save.save(form.toContact());

        save.reload(form.read(), form::fill);

        assertThat(dialogs.confirmations).containsExactly(msg.get("conflict.reload.question"));
        assertThat(save.conflictProperty().get()).isNull();
        assertThat(form.phones).extracting(r -> r.value.get()).containsExactly("+86 138 0000 1111");
        assertThat(form.notes.get()).isEmpty();
        assertThat(form.title.get()).isEmpty();
        form.department.set("Procurement");
        save.save(form.toContact());
        assertThat(stored().department()).isEqualTo("Procurement");
        assertThat(stored().phones()).extracting(ContactPoint::value).containsExactly("+86 138 0000 1111");
    }

    @Test
    void keepMineAfterAConfirmationSavesTheTypedText() {
        EditorSave<Contact> save = editorSave(new DirectTaskExecutor());
        save.save(form.toContact());

        save.keepMine(form::toContact);

        assertThat(dialogs.confirmations).containsExactly(msg.get("conflict.keepMine.question"));
        assertThat(save.savedProperty().get()).isNotNull();
        assertThat(stored().notes()).isEqualTo(NOTES);
        assertThat(stored().title()).isEqualTo("Head of Purchasing");
    }

    @Test
    void copyPutsTheTypedTextOnTheClipboardAndTheEditorStaysOpen() {
        EditorSave<Contact> save = editorSave(new DirectTaskExecutor());
        save.save(form.toContact());

        save.copy(form.copyText());

        assertThat(clipboard).containsExactly(msg.get("contact.name") + ": 陈静\n"
                + msg.get("contact.title") + ": Head of Purchasing\n" + msg.get("contact.notes") + ": " + NOTES);
        assertThat(save.savedProperty().get()).isNull();
        assertThat(save.conflictProperty().get()).isNotNull();
    }

    @Test
    void whileASaveRunsASecondSaveIsIgnored() {
        HeldTaskExecutor executor = new HeldTaskExecutor();
        EditorSave<Contact> save = editorSave(executor);
        executor.hold();

        save.save(form.toContact());
        save.save(form.toContact());

        assertThat(save.savingProperty().get()).isTrue();
        assertThat(executor.heldCount()).isEqualTo(1);
    }
}
