package dev.rapport.ui.accounts;

import dev.rapport.domain.Account;
import dev.rapport.domain.AccountFilter;
import dev.rapport.domain.AccountListItem;
import dev.rapport.domain.Contact;
import dev.rapport.domain.LifecycleStage;
import dev.rapport.domain.PartyType;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.Tier;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.UiContext;
import dev.rapport.ui.common.EditorSave;
import dev.rapport.ui.common.NarrowingFilteredList;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.common.TextClipboard;
import dev.rapport.domain.WindowPlace;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;

/**
 * The accounts screen's state: every account, the filter the rep typed and picked, the one
 * selected and its people. It calls services through the task executor and never touches a Node.
 */
public final class AccountsViewModel {
    private final UiContext ctx;
    private final Notifier notifier;
    private final Messages msg;
    private final ObservableList<AccountListItem> all = FXCollections.observableArrayList();
    // sorted first, filtered second: a keystroke only picks rows from a list already in order,
    // where filtering first made every keystroke sort the matches again
    private final SortedList<AccountListItem> sorted = new SortedList<>(all);
    private final NarrowingFilteredList<AccountListItem> filtered = new NarrowingFilteredList<>(sorted, AccountFilter.ALL);
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<AccountFilter> filter = new SimpleObjectProperty<>(AccountFilter.ALL);
    private final ObjectProperty<AccountListItem> selected = new SimpleObjectProperty<>();
    private final ObservableList<Contact> selectedContacts = FXCollections.observableArrayList();
    // One wrapper for the model's life: an unmodifiable view listens to its source weakly, so a
    // view made per call is collected and its listeners go quiet (the people list stayed empty).
    private final ObservableList<Contact> selectedContactsView =
            FXCollections.unmodifiableObservableList(selectedContacts);
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final javafx.collections.ObservableMap<Long, Integer> health = FXCollections.observableHashMap();

    public AccountsViewModel(UiContext ctx, Notifier notifier) {
        this.ctx = ctx;
        this.notifier = notifier;
        this.msg = ctx.messages();
        query.addListener((obs, old, q) -> filter.set(filter.get().withQuery(q)));
        filter.addListener((obs, old, f) -> filtered.setPredicate(f));
        selected.addListener((obs, old, item) -> loadContacts(item));
    }

    /** The rows the table shows: every account in the table's order, narrowed by the filter. */
    public ObservableList<AccountListItem> items() {
        return filtered;
    }

    /** Every account in the table's order; the table binds its sort comparator here. */
    public SortedList<AccountListItem> sortedItems() {
        return sorted;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<AccountListItem> selectedProperty() {
        return selected;
    }

    public ObservableList<Contact> selectedContacts() {
        return selectedContactsView;
    }

    /** True once loaded and there is not a single account: the screen offers sample data. */
    public BooleanBinding emptyProperty() {
        return Bindings.createBooleanBinding(() -> loaded.get() && all.isEmpty(), loaded, all);
    }

    /**
     * "35 accounts · 5 exited hidden" while nothing is narrowed, "3 of 35 accounts" while a search
     * or filter is: the total counts the accounts the list can show (exited ones only when a stage
     * is picked), and the hidden exited accounts are named so none seems lost.
     */
    public StringBinding countText() {
        return Bindings.createStringBinding(() -> {
            AccountFilter f = filter.get();
            long exited = all.stream().filter(i -> !i.account().stage().isActive()).count();
            long hidden = f.hidesExited() ? exited : 0;
            long total = all.size() - hidden;
            String count = f.narrows() ? msg.get("accounts.countFiltered", filtered.size(), total)
                    : msg.get("accounts.count", total);
            return hidden == 0 ? count : msg.get("accounts.count.exitedHidden", count, hidden);
        }, filtered, all, filter);
    }

    public void setFilters(Set<Tier> tiers, Set<LifecycleStage> stages, Set<RelationshipLevel> levels,
            Set<PartyType> parties) {
        filter.set(new AccountFilter(query.get(), tiers, stages, levels, parties));
    }

    /** Loads every account again, keeping the selection where it can. */
    public void reload() {
        Long keep = selected.get() == null ? null : selected.get().account().id();
        ctx.executor().submit(msg.get("task.loading"), p -> ctx.accounts().list(), items -> {
            all.setAll(items);
            loaded.set(true);
            select(keep);
            loadHealth();
        }, e -> ctx.dialogs().showError(msg.get("error.load"), e));
    }

    void select(Long accountId) {
        if (accountId == null) {
            return;
        }
        all.stream().filter(i -> accountId.equals(i.account().id())).findFirst().ifPresent(selected::set);
    }

    private void loadContacts(AccountListItem item) {
        if (item == null) {
            selectedContacts.clear();
            return;
        }
        long id = item.account().id();
        ctx.executor().submit(msg.get("task.loading"), p -> ctx.contacts().ofAccount(id), contacts -> {
            if (selected.get() != null && selected.get().account().id() == id) {
                selectedContacts.setAll(contacts);
            }
        }, e -> ctx.dialogs().showError(msg.get("error.load"), e));
    }

    /**
     * The save of one account editor: stays with the editor until it succeeds, and on a newer change
     * elsewhere offers reload, keep mine or copy (see {@link EditorSave}).
     */
    public EditorSave<Account> editorSave(TextClipboard clipboard) {
        return new EditorSave<>(ctx.executor(), ctx.dialogs(), clipboard, msg, EditorSave.Store.<Account>of(
                ctx.accounts()::save, mine -> ctx.accounts().find(mine.id()),
                (mine, current) -> mine.withVersion(current.version())).at(ctx.places(), WindowPlace.ACCOUNT_EDITOR));
    }

    /** After an editor saved an account: says so and shows it selected. */
    public void saved(Account saved) {
        notifier.status(msg.get("accounts.saved", saved.name()));
        reloadAndSelect(saved.id());
    }

    void reloadAndSelect(long id) {
        ctx.executor().submit(msg.get("task.loading"), p -> ctx.accounts().list(), items -> {
            all.setAll(items);
            loaded.set(true);
            select(id);
            loadHealth();
            if (selected.get() != null && selected.get().account().id() == id) {
                loadContacts(selected.get());
            }
        }, e -> ctx.dialogs().showError(msg.get("error.load"), e));
    }

    /** Deletes the account (hiding its people); the notification offers Undo for a few seconds. */
    public void delete(AccountListItem item) {
        long id = item.account().id();
        long version = item.account().version();
        String name = item.account().name();
        ctx.executor().submit(msg.get("task.saving"), p -> ctx.accounts().delete(id, version), deletedVersion -> {
            all.remove(item);
            notifier.undoable(msg.get("accounts.deleted", name), () -> undoDelete(id, deletedVersion, name));
        }, e -> ctx.dialogs().showError(msg.get("error.delete"), e));
    }

    private void undoDelete(long id, long deletedVersion, String name) {
        ctx.executor().submit(msg.get("task.saving"), p -> ctx.accounts().undoDelete(id, deletedVersion), done -> {
            notifier.status(msg.get("accounts.restored", name));
            reloadAndSelect(id);
        }, e -> ctx.dialogs().showError(msg.get("error.save"), e));
    }

    /** Deletes a person from the selected account, with Undo. */
    public void deleteContact(Contact contact) {
        long id = contact.id();
        ctx.executor().submit(msg.get("task.saving"), p -> ctx.contacts().delete(id, contact.version()), deletedVersion -> {
            selectedContacts.remove(contact);
            notifier.undoable(msg.get("contacts.deleted", contact.name()),
                    () -> undoDeleteContact(contact.withVersion(deletedVersion)));
            refreshSelectedNames();
        }, e -> ctx.dialogs().showError(msg.get("error.delete"), e));
    }

    private void undoDeleteContact(Contact contact) {
        ctx.executor().submit(msg.get("task.saving"), p -> {
            return ctx.contacts().undoDelete(contact.id(), contact.version());
        }, done -> {
            notifier.status(msg.get("contacts.restored", contact.name()));
            reloadAndSelect(contact.accountId());
        }, e -> ctx.dialogs().showError(msg.get("error.save"), e));
    }

    /** The save of one person editor opened from this screen (see {@link EditorSave}). */
    public EditorSave<Contact> contactEditorSave(TextClipboard clipboard) {
        return new EditorSave<>(ctx.executor(), ctx.dialogs(), clipboard, msg, EditorSave.Store.<Contact>of(
                ctx.contacts()::save, mine -> ctx.contacts().find(mine.id()),
                (mine, current) -> mine.withVersion(current.version())).at(ctx.places(), WindowPlace.PERSON_EDITOR));
    }

    /** After an editor saved a person: says so and shows the account's people again. */
    public void contactSaved(Contact saved) {
        notifier.status(msg.get("contacts.saved", saved.name()));
        reloadAndSelect(saved.accountId());
    }

    private void refreshSelectedNames() {
        AccountListItem item = selected.get();
        if (item != null) {
            reloadAndSelect(item.account().id());
        }
    }

    /** Fills an empty database with sample data, with progress and Cancel in the status bar. */
    public void createSampleData() {
        ctx.executor().submit(msg.get("task.sampleData"), p -> ctx.demo().generate(40, 120, p), summary -> {
            notifier.status(msg.get("accounts.sampleCreated", summary.accounts(), summary.contacts()));
            reload();
        }, e -> ctx.dialogs().showError(msg.get("error.save"), e));
    }

    /** Each active account's health score (0-100), by id; filled after every load. */
    public javafx.collections.ObservableMap<Long, Integer> healthScores() {
        return health;
    }

    public Integer health(long accountId) {
        return health.get(accountId);
    }

    private void loadHealth() {
        ctx.executor().submit(msg.get("task.loading"), p -> ctx.retention().healthScores(), scores -> {
            java.util.Map<Long, Integer> points = new java.util.HashMap<>();
            scores.forEach((id, h) -> points.put(id, h.score()));
            health.keySet().retainAll(points.keySet());
            health.putAll(points);
        }, e -> ctx.dialogs().showError(msg.get("error.load"), e));
    }

    List<AccountListItem> allItems() {
        return List.copyOf(all);
    }
}
