package dev.rapport.ui.contacts;

import dev.rapport.domain.Account;
import dev.rapport.domain.AccountListItem;
import dev.rapport.domain.Contact;
import dev.rapport.domain.ContactListItem;
import dev.rapport.domain.Text;
import dev.rapport.i18n.Messages;
import dev.rapport.service.AccountService;
import dev.rapport.service.ContactService;
import dev.rapport.ui.common.UiKit;
import java.time.Clock;
import dev.rapport.ui.common.EditorSave;
import dev.rapport.ui.common.TextClipboard;
import dev.rapport.ui.common.NarrowingFilteredList;
import dev.rapport.ui.common.Notifier;
import dev.rapport.domain.WindowPlace;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;

/** The global people list: search as you type, people who left hidden unless asked for. */
public final class ContactsViewModel {
    private final ContactService contacts;
    private final AccountService accountService;
    private final Clock clock;
    private final UiKit kit;
    private final Notifier notifier;
    private final Messages msg;
    private final ObservableList<ContactListItem> all = FXCollections.observableArrayList();
    // sorted first, filtered second: a keystroke picks rows from a list already in order
    private final SortedList<ContactListItem> sorted = new SortedList<>(all);
    private final NarrowingFilteredList<ContactListItem> filtered = new NarrowingFilteredList<>(sorted, i -> true);
    private final StringProperty query = new SimpleStringProperty("");
    private final BooleanProperty showLeft = new SimpleBooleanProperty(false);
    private List<Account> accounts = List.of();

    /** @param clock today's date for the person editor (see {@link #editorModel}) */
    public ContactsViewModel(ContactService contacts, AccountService accounts, Clock clock, UiKit kit,
            Notifier notifier) {
        this.contacts = contacts;
        this.accountService = accounts;
        this.clock = clock;
        this.kit = kit;
        this.notifier = notifier;
        this.msg = kit.messages();
        query.addListener(x -> refilter());
        showLeft.addListener(x -> refilter());
        refilter();
    }

    private void refilter() {
        // folded and split once per keystroke, not once for each of tens of thousands of people
        List<String> words = Text.searchWords(query.get());
        boolean left = showLeft.get();
        filtered.setPredicate(i -> (left || !i.contact().leftAccount()) && i.matches(words));
    }

    /** The rows the table shows: everyone in the table's order, narrowed by the search. */
    public ObservableList<ContactListItem> items() {
        return filtered;
    }

    /** Everyone in the table's order; the table binds its sort comparator here. */
    public SortedList<ContactListItem> sortedItems() {
        return sorted;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public BooleanProperty showLeftProperty() {
        return showLeft;
    }

    public StringBinding countText() {
        return Bindings.createStringBinding(() -> filtered.size() == all.size()
                ? msg.get("contacts.count", all.size())
                : msg.get("contacts.countFiltered", filtered.size(), all.size()), filtered, all);
    }

    /** The accounts a person can be put at, for the form. */
    public List<Account> accounts() {
        return accounts;
    }

    /** The form's state for one person, at the accounts a person can be put at. */
    public ContactEditorViewModel editorModel(Contact contact) {
        return new ContactEditorViewModel(contact, accounts, msg, clock);
    }

    public void reload() {
        kit.executor().submit(msg.get("task.loading"), p -> new Loaded(contacts.list(),
                accountService.list().stream().map(AccountListItem::account).toList()), loaded -> {
                    all.setAll(loaded.contacts());
                    accounts = loaded.accounts();
                }, e -> kit.dialogs().showError(msg.get("error.load"), e));
    }

    private record Loaded(List<ContactListItem> contacts, List<Account> accounts) {
    }

    /** The save of one person editor: stays with it until it succeeds (see {@link EditorSave}). */
    public EditorSave<Contact> editorSave(TextClipboard clipboard) {
        return new EditorSave<>(kit.executor(), kit.dialogs(), clipboard, msg, EditorSave.Store.<Contact>of(
                contacts::save, mine -> contacts.find(mine.id()),
                (mine, current) -> mine.withVersion(current.version())).at(kit.places(), WindowPlace.PERSON_EDITOR));
    }

    /** After an editor saved a person: says so and lists everyone again. */
    public void saved(Contact saved) {
        notifier.status(msg.get("contacts.saved", saved.name()));
        reload();
    }

    public void delete(ContactListItem item) {
        Contact c = item.contact();
        kit.executor().submit(msg.get("task.saving"), p -> {
            return contacts.delete(c.id(), c.version());
        }, deletedVersion -> {
            all.remove(item);
            notifier.undoable(msg.get("contacts.deleted", c.name()), () -> undoDelete(c.withVersion(deletedVersion)));
        }, e -> kit.dialogs().showError(msg.get("error.delete"), e));
    }

    private void undoDelete(Contact c) {
        kit.executor().submit(msg.get("task.saving"), p -> {
            return contacts.undoDelete(c.id(), c.version());
        }, id -> {
            notifier.status(msg.get("contacts.restored", c.name()));
            reload();
        }, e -> kit.dialogs().showError(msg.get("error.save"), e));
    }
}
