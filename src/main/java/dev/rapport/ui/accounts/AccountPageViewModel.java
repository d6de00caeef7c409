package dev.rapport.ui.accounts;

import dev.rapport.domain.AccountListItem;
import dev.rapport.domain.Contact;
import dev.rapport.domain.WindowPlace;
import dev.rapport.i18n.Messages;
import dev.rapport.domain.UpcomingDate;
import dev.rapport.service.ContactService;
import dev.rapport.service.TodayService;
import dev.rapport.ui.common.EditorSave;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.common.TextClipboard;
import dev.rapport.ui.common.UiKit;
import java.util.function.LongConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The account page's state: the account shown, whether its page is open over the list and on
 * which tab, its next date, and its people, whom the rep adds, edits and deletes (with Undo) from
 * here. A change to the people changes the account's row (its count), so the accounts list is told
 * which account changed.
 */
public final class AccountPageViewModel {
    private final ContactService contacts;
    private final TodayService today;
    private final UiKit kit;
    private final Notifier notifier;
    private final LongConsumer accountChanged;
    private final Messages msg;
    private final ObjectProperty<AccountListItem> shown = new SimpleObjectProperty<>();
    private final BooleanProperty open = new SimpleBooleanProperty(false);
    private final ObjectProperty<AccountPageTab> tab = new SimpleObjectProperty<>(AccountPageTab.OVERVIEW);
    private final ObjectProperty<UpcomingDate> nextDate = new SimpleObjectProperty<>();
    private Long openWhenShown;
    private final ObservableList<Contact> people = FXCollections.observableArrayList();
    // One wrapper for the model's life: an unmodifiable view listens to its source weakly, so a
    // view made per call is collected and its listeners go quiet (the people list stayed empty).
    private final ObservableList<Contact> peopleView = FXCollections.unmodifiableObservableList(people);

    /** @param accountChanged told the id of an account whose people changed, to load its row again */
    public AccountPageViewModel(ContactService contacts, TodayService today, UiKit kit, Notifier notifier,
            LongConsumer accountChanged) {
        this.contacts = contacts;
        this.today = today;
        this.kit = kit;
        this.notifier = notifier;
        this.accountChanged = accountChanged;
        this.msg = kit.messages();
    }

    /** The account selected in the list, whose page opens; null when none is. */
    public ReadOnlyObjectProperty<AccountListItem> shownProperty() {
        return shown;
    }

    /** Whether the page covers the list; it closes by itself when its account goes (deleted, filtered out). */
    public ReadOnlyBooleanProperty openProperty() {
        return open;
    }

    /** Opens the shown account's page; nothing without one. */
    public void open() {
        if (shown.get() != null) {
            open.set(true);
        }
    }

    /** Opens the page of this account as soon as it is shown (after a reload that selects it). */
    public void openWhenShown(long accountId) {
        AccountListItem now = shown.get();
        if (now != null && now.account().id() == accountId) {
            open.set(true);
        } else {
            openWhenShown = accountId;
        }
    }

    /** The account was deleted: its page closes. */
    public void accountGone(long accountId) {
        AccountListItem now = shown.get();
        if (now != null && now.account().id() == accountId) {
            open.set(false);
        }
    }

    /** Back to the list, which kept its filter, selection and scroll. */
    public void back() {
        open.set(false);
    }

    /** The page's tab: the one the rep chose last stays chosen from one account to the next. */
    public ObjectProperty<AccountPageTab> tabProperty() {
        return tab;
    }

    /** The shown account's next birthday or important date within a year; null when none (or not read yet). */
    public ReadOnlyObjectProperty<UpcomingDate> nextDateProperty() {
        return nextDate;
    }

    /** The shown account's people, loaded anew on every show: a reload may have changed them. */
    public ObservableList<Contact> people() {
        return peopleView;
    }

    public void show(AccountListItem item) {
        AccountListItem before = shown.get();
        if (item == null || before == null || before.account().id() != item.account().id()) {
            people.clear(); // not the last account's people while this one's load waits
            nextDate.set(null);
        }
        if (item == null) {
            open.set(false);
        }
        shown.set(item);
        if (item != null && openWhenShown != null && openWhenShown == item.account().id()) {
            openWhenShown = null;
            open.set(true);
        }
        loadPeople();
        loadNextDate();
    }

    private void loadNextDate() {
        AccountListItem item = shown.get();
        if (item == null) {
            return;
        }
        long id = item.account().id();
        kit.executor().submit(msg.get("task.loading"), p -> today.nextDateOf(id).orElse(null), found -> {
            if (shown.get() != null && shown.get().account().id() == id) {
                nextDate.set(found);
            }
        }, e -> kit.dialogs().showError(msg.get("error.load"), e));
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
