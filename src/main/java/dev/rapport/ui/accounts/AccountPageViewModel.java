package dev.rapport.ui.accounts;

import dev.rapport.domain.AccountListItem;
import dev.rapport.domain.Contact;
import dev.rapport.domain.WindowPlace;
import dev.rapport.i18n.Messages;
import dev.rapport.service.ContactService;
import dev.rapport.ui.common.EditorSave;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.common.TextClipboard;
import dev.rapport.ui.common.UiKit;
import java.util.function.LongConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The detail pane's state: the account shown and its people, whom the rep adds, edits and
 * deletes (with Undo) from here. A change to the people changes the account's row (its count),
 * so the accounts list is told which account changed.
 */
public final class AccountDetailViewModel {
    private final ContactService contacts;
    private final UiKit kit;
    private final Notifier notifier;
    private final LongConsumer accountChanged;
    private final Messages msg;
    private final ObjectProperty<AccountListItem> shown = new SimpleObjectProperty<>();
    private final ObservableList<Contact> people = FXCollections.observableArrayList();
    // One wrapper for the model's life: an unmodifiable view listens to its source weakly, so a
    // view made per call is collected and its listeners go quiet (the people list stayed empty).
    private final ObservableList<Contact> peopleView = FXCollections.unmodifiableObservableList(people);

    /** @param accountChanged told the id of an account whose people changed, to load its row again */
    public AccountDetailViewModel(ContactService contacts, UiKit kit, Notifier notifier, LongConsumer accountChanged) {
        this.contacts = contacts;
        this.kit = kit;
        this.notifier = notifier;
        this.accountChanged = accountChanged;
        this.msg = kit.messages();
    }

    /** The account in the pane; null shows the "select an account" hint. */
    public ReadOnlyObjectProperty<AccountListItem> shownProperty() {
        return shown;
    }

    /** The shown account's people, loaded anew on every show: a reload may have changed them. */
    public ObservableList<Contact> people() {
        return peopleView;
    }

    public void show(AccountListItem item) {
        AccountListItem before = shown.get();
        if (item == null || before == null || before.account().id() != item.account().id()) {
            people.clear(); // not the last account's people while this one's load waits
        }
        shown.set(item);
        loadPeople();
    }

    private void loadPeople() {
        AccountListItem item = shown.get();
        if (item == null) {
            people.clear();
            return;
        }
        long id = item.account().id();
        kit.executor().submit(msg.get("task.loading"), p -> contacts.ofAccount(id), found -> {
            if (shown.get() != null && shown.get().account().id() == id) {
                people.setAll(found);
            }
        }, e -> kit.dialogs().showError(msg.get("error.load"), e));
    }

    /** A new person of the shown account, for the person editor. */
    public Contact newPerson() {
        return Contact.named("", shown.get().account().id());
    }

    /** Asks, then deletes the person; the notification offers Undo for a few seconds. */
    public void askDelete(Contact contact) {
        if (kit.dialogs().confirmDestructive(msg.get("contacts.delete.title"),
                msg.get("contacts.delete.question", contact.name()), msg.get("action.delete"))) {
            delete(contact);
        }
    }

    private void delete(Contact contact) {
        kit.executor().submit(msg.get("task.saving"), p -> contacts.delete(contact.id(), contact.version()),
                deletedVersion -> {
                    people.remove(contact);
                    notifier.undoable(msg.get("contacts.deleted", contact.name()),
                            () -> undoDelete(contact.withVersion(deletedVersion)));
                    accountChanged.accept(contact.accountId());
                }, e -> kit.dialogs().showError(msg.get("error.delete"), e));
    }

    private void undoDelete(Contact contact) {
        kit.executor().submit(msg.get("task.saving"), p -> contacts.undoDelete(contact.id(), contact.version()),
                done -> {
                    notifier.status(msg.get("contacts.restored", contact.name()));
                    accountChanged.accept(contact.accountId());
                }, e -> kit.dialogs().showError(msg.get("error.save"), e));
    }

    /** The save of one person editor opened from this pane (see {@link EditorSave}). */
    public EditorSave<Contact> editorSave(TextClipboard clipboard) {
        return new EditorSave<>(kit.executor(), kit.dialogs(), clipboard, msg, EditorSave.Store.<Contact>of(
                contacts::save, mine -> contacts.find(mine.id()),
                (mine, current) -> mine.withVersion(current.version())).at(kit.places(), WindowPlace.PERSON_EDITOR));
    }

    /** After an editor saved a person: says so and shows the account's people again. */
    public void saved(Contact saved) {
        notifier.status(msg.get("contacts.saved", saved.name()));
        // the accounts list loads again and shows this pane the account anew, which loads its people
        accountChanged.accept(saved.accountId());
    }
}
