package dev.rapport.ui.contactlog;

import dev.rapport.domain.Account;
import dev.rapport.domain.AccountListItem;
import dev.rapport.domain.Contact;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.InteractionChannel;
import dev.rapport.domain.WindowPlace;
import dev.rapport.domain.plan.PlanAction;
import dev.rapport.i18n.Messages;
import dev.rapport.service.AccountService;
import dev.rapport.service.ContactLogService;
import dev.rapport.service.ContactService;
import dev.rapport.service.PlanService;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.common.UiKit;
import dev.rapport.ui.common.EditorSave;
import dev.rapport.ui.common.FxTextClipboard;
import dev.rapport.ui.common.OpenEditors;
import dev.rapport.ui.common.TextClipboard;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * Logging and changing interactions from anywhere: the quick log (Ctrl+L), editing from a
 * timeline, resolving a complaint, deleting with Undo. Work runs through the task executor; the
 * log form itself is shown by an {@link InteractionEditorOpener}, so this class builds no node.
 */
public final class LogActions {
    private final AccountService accountService;
    private final ContactService contacts;
    private final ContactLogService contactLog;
    private final PlanService plans;
    private final UiKit kit;
    private final Notifier notifier;
    private final Messages msg;
    private final InteractionEditorOpener editor;

    public LogActions(AccountService accounts, ContactService contacts, ContactLogService contactLog,
            PlanService plans, UiKit kit, Notifier notifier, InteractionEditorOpener editor) {
        this.accountService = accounts;
        this.contacts = contacts;
        this.contactLog = contactLog;
        this.plans = plans;
        this.kit = kit;
        this.notifier = notifier;
        this.msg = kit.messages();
        this.editor = editor;
    }

    /**
     * Opens the log form for a new interaction: now, a call, with the given account (and person)
     * already chosen when there is one.
     */
    public void logNew(Long accountId, Long contactId, Consumer<Interaction> onSaved) {
        logNew(accountId, contactId, "", onSaved);
    }

    /** ...with the subject filled in (an account's anniversary logged from Today). */
    public void logNew(Long accountId, Long contactId, String subject, Consumer<Interaction> onSaved) {
        // one new entry at a time: Ctrl+L pressed twice while the accounts load opened two, and both were saved
        kit.editors().claim(OpenEditors.Key.draft(OpenEditors.Kind.CONTACT_LOG_ENTRY, "entry"))
                .ifPresent(claim -> kit.executor().submit(msg.get("task.loading"), p -> accountService.list().stream()
                        .map(AccountListItem::account).toList(), accounts -> {
                            if (accounts.isEmpty()) {
                                claim.release();
                                kit.dialogs().showInfo(msg.get("contactlog.editor.newTitle"),
                                        msg.get("contactlog.editor.needAccount"));
                                return;
                            }
                            Account chosen = accountId == null ? null
                                    : accounts.stream().filter(a -> a.id().equals(accountId)).findFirst().orElse(null);
                            Interaction fresh = Interaction.of(chosen == null ? 0 : chosen.id(), contactLog.now(),
                                    InteractionChannel.CALL, subject);
                            open(claim, fresh, accounts,
                                    contactId == null ? List.of() : List.of(contactId), false, onSaved);
                        }, e -> {
                            claim.release();
                            kit.dialogs().showError(msg.get("error.load"), e);
                        }, claim::release));
    }

    /**
     * Opens a logged interaction to change it; {@code complaintFirst} puts the cursor on its status.
     * An entry already open (or loading) in an editor is brought to the front instead.
     */
    public void edit(Interaction interaction, boolean complaintFirst, Consumer<Interaction> onSaved) {
        kit.editors().claim(OpenEditors.Key.of(OpenEditors.Kind.CONTACT_LOG_ENTRY, interaction.id()))
                .ifPresent(claim -> kit.executor().submit(msg.get("task.loading"), p -> accountService.list().stream()
                        .map(AccountListItem::account).toList(), accounts -> {
                            open(claim, interaction, accounts, interaction.contactIds(), complaintFirst, onSaved);
                        }, e -> {
                            claim.release();
                            kit.dialogs().showError(msg.get("error.load"), e);
                        }, claim::release));
    }

    private void open(OpenEditors.Claim claim, Interaction interaction, List<Account> accounts,
            List<Long> people, boolean complaintFirst, Consumer<Interaction> onSaved) {
        InteractionEditorViewModel model = new InteractionEditorViewModel(interaction, accounts, msg, kit.formats(),
                contactLog.today());
        BiConsumer<Long, Consumer<List<Contact>>> loadPeople = (id, done) -> kit.executor().submit(
                msg.get("task.loading"), p -> contacts.ofAccount(id), done,
                e -> kit.dialogs().showError(msg.get("error.load"), e));
        BiConsumer<Long, Consumer<List<PlanAction>>> loadActions = (id, done) -> kit.executor().submit(
                msg.get("task.loading"), p -> plans.openActionsFor(id, contactLog.today()), done,
                e -> kit.dialogs().showError(msg.get("error.load"), e));
        editor.show(claim, model, accounts, people, loadPeople, loadActions, complaintFirst,
                editorSave(new FxTextClipboard()))
                .ifPresent(entry -> saved(entry, interaction.isNew(), onSaved));
    }

    /** An entry as its editor saves it: the interaction and the planned action it fulfils, if any. */
    public record Entry(Interaction interaction, PlanAction fulfils) {
    }

    /**
     * The save of one contact-log editor: stays with it until it succeeds (see {@link EditorSave}). A
     * planned action the entry fulfils is marked done on its day, with its cost, in the same
     * transaction: neither without the other.
     */
    EditorSave<Entry> editorSave(TextClipboard clipboard) {
        return new EditorSave<>(kit.executor(), kit.dialogs(), clipboard, msg, EditorSave.Store.<Entry>of(
                e -> new Entry(plans.fulfilling(e.fulfils() == null ? null : e.fulfils().id(),
                        () -> contactLog.save(e.interaction()), Interaction::date, Interaction::cost),
                        e.fulfils()),
                e -> contactLog.find(e.interaction().id()).map(i -> new Entry(i, null)),
                (mine, current) -> new Entry(mine.interaction().withVersion(current.interaction().version()),
                        mine.fulfils())).at(kit.places(), WindowPlace.LOG_ENTRY_EDITOR));
    }

    private void saved(Entry entry, boolean logged, Consumer<Interaction> onSaved) {
        Interaction saved = entry.interaction();
        notifier.status(entry.fulfils() != null
                ? msg.get("contactlog.loggedAndDone", saved.subject(), entry.fulfils().title())
                : msg.get(logged ? "contactlog.logged" : "contactlog.saved", saved.subject()));
        onSaved.accept(saved);
    }

    /** Deletes it at once; the notification offers Undo for a few seconds. */
    public void delete(Interaction interaction, Runnable onChanged) {
        long id = interaction.id();
        kit.executor().submit(msg.get("task.saving"), p -> contactLog.delete(id, interaction.version()), deleted -> {
            onChanged.run();
            notifier.undoable(msg.get("contactlog.deleted", interaction.subject()), () -> kit.executor().submit(
                    msg.get("task.saving"), p -> contactLog.undoDelete(id, deleted), back -> {
                        notifier.status(msg.get("contactlog.restored", interaction.subject()));
                        onChanged.run();
                    }, e -> kit.dialogs().showError(msg.get("error.save"), e)));
        }, e -> kit.dialogs().showError(msg.get("error.delete"), e));
    }

    /** Marks its follow-up done, or open again. */
    public void setFollowUpDone(Interaction interaction, boolean done, Runnable onChanged) {
        kit.executor().submit(msg.get("task.saving"), p -> {
            kit.places().at(WindowPlace.TIMELINE, () -> {
                contactLog.setFollowUpDone(interaction.id(), done);
                return null;
            });
            return done;
        }, d -> {
            notifier.status(msg.get(d ? "contactlog.followUpDone" : "contactlog.followUpOpen", interaction.followUpWhat()));
            onChanged.run();
        }, e -> kit.dialogs().showError(msg.get("error.save"), e));
    }
}
