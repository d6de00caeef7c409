package dev.rapport.ui.contacts;

import dev.rapport.domain.Account;
import dev.rapport.domain.AccountListItem;
import dev.rapport.domain.Contact;
import dev.rapport.domain.ContactListItem;
import dev.rapport.domain.Text;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.UiContext;
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
    private final UiContext ctx;
    private final Notifier notifier;
    private final Messages msg;
    private final ObservableList<ContactListItem> all = FXCollections.observableArrayList();
    // sorted first, filtered second: a keystroke picks rows from a list already in order
    private final SortedList<ContactListItem> sorted = new SortedList<>(all);
    private final NarrowingFilteredList<ContactListItem> filtered = new NarrowingFilteredList<>(sorted, i -> true);
    private final StringProperty query = new SimpleStringProperty("");
    private final BooleanProperty showLeft = new SimpleBooleanProperty(false);
    private List<Account> accounts = List.of();

    public ContactsViewModel(UiContext ctx, Notifier notifier) {
        this.ctx = ctx;
        this.notifier = notifier;
        this.msg = ctx.messages();
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

    public void reload() {
        ctx.executor().submit(msg.get("task.loading"), p -> new Loaded(ctx.contacts().list(),
                ctx.accounts().list().stream().map(AccountListItem::account).toList()), loaded -> {
                    all.setAll(loaded.contacts());
                    accounts = loaded.accounts();
                }, e -> ctx.dialogs().showError(msg.get("error.load"), e));
    }

    private record Loaded(List<ContactListItem> contacts, List<Account> accounts) {
    }

    /** The save of one person editor: stays with it until it succeeds (see {@link EditorSave}). */
    public EditorSave<Contact> editorSave(TextClipboard clipboard) {
        return new EditorSave<>(ctx.executor(), ctx.dialogs(), clipboard, msg, EditorSave.Store.<Contact>of(
                ctx.contacts()::save, mine -> ctx.contacts().find(mine.id()),
                (mine, current) -> mine.withVersion(current.version())).at(ctx.places(), WindowPlace.PERSON_EDITOR));
    }

    /** After an editor saved a person: says so and lists everyone again. */
    public void saved(Contact saved) {
        notifier.status(msg.get("contacts.saved", saved.name()));
        reload();
    }

    public void delete(ContactListItem item) {
        Contact c = item.contact();
        ctx.executor().submit(msg.get("task.saving"), p -> {
            return ctx.contacts().delete(c.id(), c.version());
        }, deletedVersion -> {
            all.remove(item);
            notifier.undoable(msg.get("contacts.deleted", c.name()), () -> undoDelete(c.withVersion(deletedVersion)));
        }, e -> ctx.dialogs().showError(msg.get("error.delete"), e));
    }

    private void undoDelete(Contact c) {
        ctx.executor().submit(msg.get("task.saving"), p -> {
            return ctx.contacts().undoDelete(c.id(), c.version());
        }, id -> {
            notifier.status(msg.get("contacts.restored", c.name()));
            reload();
        }, e -> ctx.dialogs().showError(msg.get("error.save"), e));
    }
}
