package dev.rapport.ui.accounts;

import dev.rapport.domain.Account;
import dev.rapport.domain.AccountFilter;
import dev.rapport.domain.AccountListItem;
import dev.rapport.domain.LifecycleStage;
import dev.rapport.domain.PartyType;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.Tier;
import dev.rapport.domain.WindowPlace;
import dev.rapport.i18n.Messages;
import dev.rapport.service.AccountService;
import dev.rapport.service.DemoDataService;
import dev.rapport.service.PlanService;
import dev.rapport.service.RetentionService;
import dev.rapport.ui.common.EditorSave;
import dev.rapport.ui.common.NarrowingFilteredList;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.common.TextClipboard;
import dev.rapport.ui.common.UiKit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import javafx.collections.ObservableMap;
import javafx.collections.transformation.SortedList;

/**
 * The accounts screen's state: every account, the filter the rep typed and picked, the one
 * selected and the health scores. It calls services through the task executor and never touches
 * a Node; the selected account's people are {@link AccountPageViewModel}'s.
 */
public final class AccountsViewModel {
    private final AccountService accounts;
    private final PlanService plans;
    private final DemoDataService demo;
    private final RetentionService retention;
    private final UiKit kit;
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
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final ObservableMap<Long, Integer> health = FXCollections.observableHashMap();

    private boolean replacing;
    private java.util.function.LongConsumer onDeleted = id -> { };

    public AccountsViewModel(AccountService accounts, PlanService plans, DemoDataService demo,
            RetentionService retention, UiKit kit, Notifier notifier) {
        this.accounts = accounts;
        this.plans = plans;
        this.demo = demo;
        this.retention = retention;
        this.kit = kit;
        this.notifier = notifier;
        this.msg = kit.messages();
        query.addListener((obs, old, q) -> filter.set(filter.get().withQuery(q)));
        filter.addListener((obs, old, f) -> filtered.setPredicate(f));
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

    /**
     * The account shown in the detail pane. Every load sets it anew (an equal record, a new
     * object), so a listener that must hear of each load listens for invalidation.
     */
    public ObjectProperty<AccountListItem> selectedProperty() {
        return selected;
    }

    /** False until the first list has arrived: before that an empty table means "still loading", not "no match". */
    public javafx.beans.property.ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
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
            if (!loaded.get()) {
                return ""; // not "0 accounts" while the list is still on its way
            }
            AccountFilter f = filter.get();
            long exited = all.stream().filter(i -> !i.account().stage().isActive()).count();
            long hidden = f.hidesExited() ? exited : 0;
            long total = all.size() - hidden;
            String count = f.narrows() ? msg.get("accounts.countFiltered", filtered.size(), total)
                    : msg.get("accounts.count", total);
            return hidden == 0 ? count : msg.get("accounts.count.exitedHidden", count, hidden);
        }, filtered, all, filter, loaded);
    }

    public void setFilters(Set<Tier> tiers, Set<LifecycleStage> stages, Set<RelationshipLevel> levels,
            Set<PartyType> parties) {
        filter.set(new AccountFilter(query.get(), tiers, stages, levels, parties));
    }

    /** Loads every account again, keeping the selection where it can. */
    public void reload() {
        Long keep = selected.get() == null ? null : selected.get().account().id();
        load(keep);
    }

    /** Loads every account again and selects this one: after it was saved, restored or changed elsewhere. */
    public void reloadAndSelect(long id) {
        load(id);
    }

    private void load(Long select) {
        kit.executor().submit(msg.get("task.loading"), p -> accounts.list(), items -> {
            // the table's selection jumps about while its rows are replaced; the selection is the one
            // chosen below, so an open page is not closed by a passing "nothing selected"
            replacing = true;
            try {
                all.setAll(items);
            } finally {
                replacing = false;
            }
            loaded.set(true);
            select(select);
            loadHealth();
        }, e -> kit.dialogs().showError(msg.get("error.load"), e));
    }

    /** Told the id of each account deleted from here, before its row goes. */
    public void onDeleted(java.util.function.LongConsumer listener) {
        onDeleted = listener;
    }

    /** Whether the rows are being replaced by a load: the table's selection changes then are not the rep's. */
    public boolean replacing() {
        return replacing;
    }

    /** Selects the account loaded with this id; none when it is gone (deleted), which closes its page. */
    void select(Long accountId) {
        if (accountId == null) {
            return;
        }
        selected.set(all.stream().filter(i -> accountId.equals(i.account().id())).findFirst().orElse(null));
    }

    /** Every account, for the person editor's company choice. */
    public List<Account> allAccounts() {
        return all.stream().map(AccountListItem::account).toList();
    }

    /**
     * The save of one account editor: stays with the editor until it succeeds, and on a newer change
     * elsewhere offers reload, keep mine or copy (see {@link EditorSave}).
     */
    public EditorSave<Account> editorSave(TextClipboard clipboard) {
        return new EditorSave<>(kit.executor(), kit.dialogs(), clipboard, msg, EditorSave.Store.<Account>of(
                accounts::save, mine -> accounts.find(mine.id()),
                (mine, current) -> mine.withVersion(current.version())).at(kit.places(), WindowPlace.ACCOUNT_EDITOR));
    }

    /** After an editor saved an account: says so and shows it selected. */
    public void saved(Account saved) {
        notifier.status(msg.get("accounts.saved", saved.name()));
        reloadAndSelect(saved.id());
    }

    /**
     * Asks before deleting the account, naming its people and, if it has any, its plans; the delete
     * stays undoable either way.
     */
    public void askDelete(AccountListItem item) {
        kit.executor().submit(msg.get("task.loading"), p -> plans.countFor(item.account().id()), count -> {
            String question = count == 0
                    ? msg.get("accounts.delete.question", item.account().name(), item.contactCount())
                    : msg.get("plans.accountDelete.question", item.account().name(), item.contactCount(), count);
            if (kit.dialogs().confirmDestructive(msg.get("accounts.delete.title"), question, msg.get("action.delete"))) {
                delete(item);
            }
        }, e -> kit.dialogs().showError(msg.get("error.load"), e));
    }

    /** Deletes the account (hiding its people); the notification offers Undo for a few seconds. */
    public void delete(AccountListItem item) {
        long id = item.account().id();
        long version = item.account().version();
        String name = item.account().name();
        kit.executor().submit(msg.get("task.saving"), p -> accounts.delete(id, version), deletedVersion -> {
            // told first: the page of a deleted account closes, not go on to the next row's account
            onDeleted.accept(id);
            all.remove(item);
            notifier.undoable(msg.get("accounts.deleted", name), () -> undoDelete(id, deletedVersion, name));
        }, e -> kit.dialogs().showError(msg.get("error.delete"), e));
    }

    private void undoDelete(long id, long deletedVersion, String name) {
        kit.executor().submit(msg.get("task.saving"), p -> accounts.undoDelete(id, deletedVersion), done -> {
            notifier.status(msg.get("accounts.restored", name));
            reloadAndSelect(id);
        }, e -> kit.dialogs().showError(msg.get("error.save"), e));
    }

    /** Fills an empty database with sample data, with progress and Cancel in the status bar. */
    public void createSampleData() {
        kit.executor().submit(msg.get("task.sampleData"), p -> demo.generate(40, 120, p), summary -> {
            notifier.status(msg.get("accounts.sampleCreated", summary.accounts(), summary.contacts()));
            reload();
        }, e -> kit.dialogs().showError(msg.get("error.save"), e));
    }

    /** Each active account's health score (0-100), by id; filled after every load. */
    public ObservableMap<Long, Integer> healthScores() {
        return health;
    }

    public Integer health(long accountId) {
        return health.get(accountId);
    }

    private void loadHealth() {
        kit.executor().submit(msg.get("task.loading"), p -> retention.healthScores(), scores -> {
            Map<Long, Integer> points = new HashMap<>();
            scores.forEach((id, h) -> points.put(id, h.score()));
            health.keySet().retainAll(points.keySet());
            health.putAll(points);
        }, e -> kit.dialogs().showError(msg.get("error.load"), e));
    }
}
