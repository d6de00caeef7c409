package dev.rapport.ui.plans;

import dev.rapport.domain.Account;
import dev.rapport.domain.AccountListItem;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.Tier;
import dev.rapport.domain.ValidationException;
import dev.rapport.domain.plan.ActionStatus;
import dev.rapport.domain.plan.DueAction;
import dev.rapport.domain.plan.PlanAction;
import dev.rapport.domain.plan.PlannedAccount;
import dev.rapport.domain.plan.PlannerFilter;
import dev.rapport.domain.plan.PlannerTotals;
import dev.rapport.i18n.Messages;
import dev.rapport.service.AccountService;
import dev.rapport.service.PlanService;
import dev.rapport.ui.common.UiKit;
import dev.rapport.ui.common.Notifier;
import dev.rapport.domain.WindowPlace;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Planner's state: the year, every planned account of that year, the filter, and what
 * follows from them: the rows shown, this month's and overdue actions, the totals.
 * Moving an action to another month and marking one done go through the plan service.
 */
public final class PlannerViewModel {
    private final PlanService plans;
    private final AccountService accounts;
    private final Clock clock;
    private final UiKit kit;
    private final Notifier notifier;
    private final Messages msg;
    private final IntegerProperty year = new SimpleIntegerProperty();
    private final ObjectProperty<PlannerFilter> filter = new SimpleObjectProperty<>(PlannerFilter.ALL);
    private final ObservableList<PlannedAccount> all = FXCollections.observableArrayList();
    private final ObservableList<PlannedAccount> rows = FXCollections.observableArrayList();
    private final ObservableList<DueAction> due = FXCollections.observableArrayList();
    private final ObservableList<String> owners = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<PlannerTotals> totals = new ReadOnlyObjectWrapper<>(
            PlannerTotals.of(List.of(), PlannerFilter.ALL));
    private final ReadOnlyObjectWrapper<Long> changed = new ReadOnlyObjectWrapper<>(0L);
    private List<DueAction> allDue = List.of();

    /** {@code accounts} offers the accounts without a plan for "New plan…"; {@code clock} says which year opens. */
    public PlannerViewModel(PlanService plans, AccountService accounts, Clock clock, UiKit kit, Notifier notifier) {
        this.plans = plans;
        this.accounts = accounts;
        this.clock = clock;
        this.kit = kit;
        this.notifier = notifier;
        this.msg = kit.messages();
        year.set(LocalDate.now(clock).getYear());
        filter.addListener((o, old, f) -> apply());
    }

    public IntegerProperty yearProperty() {
        return year;
    }

    public ObjectProperty<PlannerFilter> filterProperty() {
        return filter;
    }

    public void setFilter(Set<RelationshipLevel> levels, Set<ActionStatus> statuses, Set<Tier> tiers,
            Set<String> ownerNames) {
        filter.set(new PlannerFilter(levels, statuses, tiers, ownerNames));
    }

    /** The accounts shown as rows, by name. */
    public ObservableList<PlannedAccount> rows() {
        return rows;
    }

    /** The actions of a row in a month (1-12) that the filter lets through, by day. */
    public List<PlanAction> actionsIn(PlannedAccount row, int month) {
        PlannerFilter f = filter.get();
        return row.plan().actions().stream().filter(a -> a.month().getMonthValue() == month)
                .filter(a -> f.test(row.account(), a))
                .sorted(java.util.Comparator.comparing(PlanAction::dueBy)).toList();
    }

    public ObservableList<DueAction> due() {
        return due;
    }

    public ObservableList<String> owners() {
        return owners;
    }

    public ReadOnlyObjectProperty<PlannerTotals> totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    /** Changes each time the data or the filter changes: the year grid redraws on it. */
    public ReadOnlyObjectProperty<Long> changedProperty() {
        return changed.getReadOnlyProperty();
    }

    public void previousYear() {
        year.set(year.get() - 1);
        reload();
    }

    public void nextYear() {
        year.set(year.get() + 1);
        reload();
    }

    /** Loads the year's plans and the due list again. */
    public void reload() {
        int y = year.get();
        record Loaded(List<PlannedAccount> rows, List<DueAction> due) {
        }
        kit.executor().submit(msg.get("task.loading"), p -> {
            List<PlannedAccount> shown = plans.planner(y);
            LocalDate today = LocalDate.now(clock);
            // due: this year's and last year's plans; the year shown is one of them more often than not
            List<PlannedAccount> dueRows = new ArrayList<>();
            for (int year : new int[] {today.getYear() - 1, today.getYear()}) {
                dueRows.addAll(year == y ? shown : plans.planner(year));
            }
            return new Loaded(shown, DueAction.of(dueRows, PlannerFilter.ALL, today));
        }, loaded -> {
                    if (y != year.get()) {
                        return;
                    }
                    all.setAll(loaded.rows());
                    allDue = loaded.due();
                    Set<String> names = new TreeSet<>();
                    for (PlannedAccount r : loaded.rows()) {
                        r.plan().actions().forEach(a -> names.add(PlannerFilter.ownerOf(r.account(), a)));
                    }
                    names.remove("");
                    owners.setAll(names);
                    apply();
                }, e -> kit.dialogs().showError(msg.get("error.load"), e));
    }

    private void apply() {
        PlannerFilter f = filter.get();
        rows.setAll(all.stream().filter(r -> f.showsAccount(r.account())).collect(Collectors.toList()));
        due.setAll(allDue.stream().filter(d -> f.test(d.account(), d.action())).toList());
        totals.set(PlannerTotals.of(all, f));
        changed.set(changed.get() + 1);
    }

    /**
     * The active accounts that have no plan for the shown year yet, as the account list orders
     * them: what "New plan…" offers. Handed to {@code onLoaded} with the year they are for.
     */
    public void accountsWithoutPlan(java.util.function.BiConsumer<Integer, List<Account>> onLoaded) {
        int y = year.get();
        kit.executor().submit(msg.get("task.loading"), p -> {
            Set<Long> planned = plans.planner(y).stream().map(r -> r.account().id()).collect(Collectors.toSet());
            return accounts.list().stream().map(AccountListItem::account)
                    .filter(a -> !planned.contains(a.id())).toList();
        }, found -> onLoaded.accept(y, found), e -> kit.dialogs().showError(msg.get("error.load"), e));
    }

    /** Moves an action to a month of the shown year (by drag or by keyboard), then reloads. */
    public void move(PlanAction action, int month) {
        if (month < 1 || month > 12 || action.month().getMonthValue() == month) {
            return;
        }
        YearMonth target = YearMonth.of(action.month().getYear(), month);
        kit.executor().submit(msg.get("task.saving"), p -> kit.places().at(WindowPlace.PLANNER,
                () -> plans.reschedule(action.id(), target)), moved -> {
            notifier.status(msg.get("plans.planner.moved", moved.title(), PlanText.when(moved, kit.formats(), msg)));
            reload();
        }, this::failed);
    }

    /** Marks an action done today, keeping its recorded cost, then reloads. */
    public void markDone(PlanAction action) {
        kit.executor().submit(msg.get("task.saving"), p -> kit.places().at(WindowPlace.PLANNER,
                        () -> plans.markActionDone(action.id(), null, null)),
                done -> {
                    notifier.status(msg.get("plans.planner.markedDone", done.title()));
                    reload();
                }, this::failed);
    }

    private void failed(Throwable e) {
        if (e instanceof ValidationException v) {
            kit.dialogs().showInfo(msg.get("plans.error.title"),
                    v.problems().stream().map(msg::of).collect(Collectors.joining("\n")));
        } else {
            kit.dialogs().showError(msg.get("error.save"), e);
        }
    }
}
