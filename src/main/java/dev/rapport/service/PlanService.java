package dev.rapport.service;

import dev.rapport.domain.Account;
import dev.rapport.domain.FieldProblem;
import dev.rapport.domain.ValidationException;
import dev.rapport.domain.plan.DueAction;
import dev.rapport.domain.plan.Plan;
import dev.rapport.domain.plan.PlanAction;
import dev.rapport.domain.plan.PlanRollover;
import dev.rapport.domain.plan.PlanRules;
import dev.rapport.domain.plan.PlanStatus;
import dev.rapport.domain.plan.PlannedAccount;
import dev.rapport.domain.plan.PlannerFilter;
import dev.rapport.store.AccountRepository;
import dev.rapport.store.Database;
import dev.rapport.store.NotFoundException;
import dev.rapport.store.PlanRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Yearly relationship-marketing plans: one per account per year, saved with the rules checked;
 * actions marked done (also from a logged interaction) and rescheduled; "plan next year"; the
 * Planner's view of the whole portfolio.
 */
public final class PlanService {
    private final Database db;
    private final PlanRepository plans;
    private final AccountRepository accounts;
    private final Clock clock;
    private final ChangeHistory history;

    /** With a history of its own that nobody reads: for the command line, which has no undo. */
    public PlanService(Database db, PlanRepository plans, AccountRepository accounts, Clock clock) {
        this(db, plans, accounts, clock, new ChangeHistory());
    }

    /** @param history where each save, delete and action change is recorded for the window's undo */
    public PlanService(Database db, PlanRepository plans, AccountRepository accounts, Clock clock,
            ChangeHistory history) {
        this.db = db;
        this.plans = plans;
        this.accounts = accounts;
        this.clock = clock;
        this.history = history;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Optional<Plan> find(long planId) {
        return plans.find(planId);
    }

    public Optional<Plan> planFor(long accountId, int year) {
        return plans.findFor(accountId, year);
    }

    /** The account's plans, the latest year first. */
    public List<Plan> plansOf(long accountId) {
        return plans.forAccount(accountId);
    }

    /** How many plans the account has: deleting it asks first when there are any. */
    public int countFor(long accountId) {
        return plans.countForAccount(accountId);
    }

    /**
     * Saves a new or changed plan.
     *
     * @throws ValidationException when a rule is broken, or when a new plan's account already
     *         has a plan for that year ({@code plans.error.duplicate}); nothing is saved
     */
    public Plan save(Plan plan) {
        Plan before = plan.isNew() ? null : plans.find(plan.id()).orElse(null);
        Plan saved = db.inTransaction(() -> {
            Plan toSave = reviewDraftedWhenClosing(plan);
            PlanRules.require(toSave);
            if (!toSave.isNew()) {
                return plans.update(toSave);
            }
            Account account = accounts.find(toSave.accountId())
                    .orElseThrow(() -> new NotFoundException("account " + toSave.accountId()));
            requireNoPlanYet(account, toSave.year());
            return plans.insert(toSave);
        });
        String name = accountName(saved.accountId());
        ChangeHistory.Cell cell = tracked(saved, plan.isNew() ? 0 : plan.version());
        if (plan.isNew()) {
            history.record(history.alternate(cell, v -> plans.softDelete(saved.id(), v),
                    v -> restoreAt(saved.id(), v).version(), "undo.plan.created", saved.year(), name));
        } else if (before != null) {
            // a successful update proves the copy read before was at the version saved over
            history.record(history.swap(cell, before, saved, (state, v) -> {
                Plan written = plans.update(rebased(state, v));
                tracked(written, v);
                return written.version();
            }, "undo.plan.edited", saved.year(), name));
        }
        return saved;
    }

    /*
     * A plan's write also writes its actions (each bumps its version): the history follows them,
     * so an action's own undo after the plan's undo or redo names the version that left.
     */
    private ChangeHistory.Cell tracked(Plan stored, long before) {
        for (PlanAction a : stored.actions()) {
            history.track("plan_action", a.id(), a.version());
        }
        return history.track("plan", stored.id(), before, stored.version());
    }

    /**
     * A state of a plan to write over the one stored at {@code version}: its actions named with
     * their stored versions (the plan's version guards them: any action write bumps it), and an
     * action no longer stored (the change being undone removed it) added again, as a new row.
     */
    private Plan rebased(Plan to, long version) {
        Plan stored = plans.find(to.id()).orElseThrow(() -> new NotFoundException("plan " + to.id()));
        Map<Long, Long> versions = stored.actions().stream()
                .collect(Collectors.toMap(PlanAction::id, PlanAction::version));
        List<PlanAction> actions = new ArrayList<>(to.actions().size());
        for (PlanAction a : to.actions()) {
            Long v = a.id() == null ? null : versions.get(a.id());
            actions.add(v == null ? a.withId(null, stored.id()).withVersion(0) : a.withVersion(v));
        }
        return to.withActions(actions).withVersion(version);
    }

    private String accountName(long accountId) {
        return accounts.find(accountId).map(Account::name).orElse("");
    }

    /**
     * A plan being closed (saved as closed when it was not) gets its review's empty parts filled
     * from the account as it is now, so plan against actual starts from figures instead of blanks.
     * A plan closed before is saved as it is: a review the rep emptied stays empty.
     */
    private Plan reviewDraftedWhenClosing(Plan plan) {
        if (plan.status() != PlanStatus.CLOSED) {
            return plan;
        }
        boolean closedBefore = !plan.isNew()
                && plans.find(plan.id()).map(p -> p.status() == PlanStatus.CLOSED).orElse(false);
        if (closedBefore) {
            return plan;
        }
        return accounts.find(plan.accountId()).map(a -> plan.withReview(plan.review().filledFrom(a, today())))
                .orElse(plan);
    }

    /**
     * The new year's draft from this plan: objectives, SWOT, strategy, budget and the recurring
     * actions a year later; the open actions too when {@code carryOpen}.
     *
     * @throws ValidationException when the account already has a plan for the next year
     */
    public Plan planNextYear(long planId, boolean carryOpen) {
        Plan from = plans.find(planId).orElseThrow(() -> new NotFoundException("plan " + planId));
        return save(PlanRollover.nextYear(from, carryOpen));
    }

    /**
     * Deletes a plan with its actions (soft: it stays stored until the undo can no longer happen)
     * and returns it as it was, at the version the delete left, for {@link #restore}.
     *
     * @param version the version the caller read; a newer one is a conflict
     * @throws NotFoundException when it is already gone
     * @throws dev.rapport.domain.EditConflict when it changed since it was read
     */
    public Plan delete(long planId, long version) {
        Plan deleted = db.inTransaction(() -> {
            Plan plan = plans.find(planId).orElseThrow(() -> new NotFoundException("plan " + planId));
            return plan.withVersion(plans.softDelete(planId, version));
        });
        history.record(history.alternate(history.track("plan", planId, version, deleted.version()),
                v -> restoreAt(planId, v).version(), v -> plans.softDelete(planId, v), "undo.plan.deleted",
                deleted.year(), accountName(deleted.accountId())));
        return deleted;
    }

    /**
     * Undoes {@link #delete}: the plan comes back as it was, with the same plan and action ids, so
     * what points at its actions stays attached.
     *
     * @throws ValidationException when another plan for that year was made meanwhile
     * @throws NotFoundException when the plan is not deleted (undone already)
     * @throws dev.rapport.domain.EditConflict when it changed since the delete (restored elsewhere)
     */
    public Plan restore(Plan deleted) {
        return restoreAt(deleted.id(), deleted.version());
    }

    private Plan restoreAt(long planId, long version) {
        return db.inTransaction(() -> {
            Plan plan = plans.findDeleted(planId)
                    .orElseThrow(() -> new NotFoundException("deleted plan " + planId));
            Account account = accounts.find(plan.accountId())
                    .orElseThrow(() -> new NotFoundException("account " + plan.accountId()));
            requireNoPlanYet(account, plan.year());
            plans.restore(plan.id(), version);
            return plans.find(plan.id()).orElseThrow();
        });
    }

    private void requireNoPlanYet(Account account, int year) {
        if (plans.exists(account.id(), year)) {
            throw new ValidationException(List.of(FieldProblem.of("year", "plans.error.duplicate", account.name(),
                    year)));
        }
    }

    public Optional<PlanAction> findAction(long actionId) {
        return plans.findAction(actionId);
    }

    /**
     * Marks a planned action done on a day, with what it cost: what logging an interaction does
     * for the action it fulfils. A cost of null keeps the cost recorded before.
     *
     * @param date the day it was done; null means today
     * @throws ValidationException when the cost is negative; nothing is saved
     * @throws NotFoundException when the action no longer exists
     */
    public PlanAction markActionDone(long actionId, LocalDate date, BigDecimal actualCost) {
        if (actualCost != null && actualCost.signum() < 0) {
            throw new ValidationException(List.of(FieldProblem.of("actualCost", "validation.notNegative")));
        }
        PlanAction action = plans.findAction(actionId)
                .orElseThrow(() -> new NotFoundException("plan action " + actionId));
        return recordedAction(action, plans.updateAction(action.done(date == null ? today() : date, actualCost)),
                "undo.action.done");
    }

    /** Records a change to one action: its undo writes the action as it was, over the version the change left. */
    private PlanAction recordedAction(PlanAction before, PlanAction saved, String key) {
        history.record(history.swap(trackedAction(saved, before.version()), before, saved,
                (state, v) -> {
                    PlanAction written = plans.updateAction(state.withVersion(v));
                    trackedAction(written, v);
                    return written.version();
                }, key, saved.title()));
        return saved;
    }

    /* An action's write bumps its plan's version too (decision 0014): the history follows both. */
    private ChangeHistory.Cell trackedAction(PlanAction stored, long before) {
        plans.find(stored.planId()).ifPresent(p -> history.track("plan", p.id(), p.version()));
        return history.track("plan_action", stored.id(), before, stored.version());
    }

    /**
     * Runs another feature's write (logging the interaction that fulfils an action) and marks the
     * action done with the day and cost that write recorded, in one transaction: both happen or
     * neither does.
     *
     * @param actionId the action fulfilled, or null for a plain write
     */
    public <T> T fulfilling(Long actionId, Supplier<T> write, Function<T, LocalDate> day,
            Function<T, BigDecimal> cost) {
        // the entry and the action done are one change for undo too: one Ctrl+Z takes back both
        return history.asOne(db, () -> {
            T saved = write.get();
            if (actionId != null) {
                markActionDone(actionId, day.apply(saved), cost.apply(saved));
            }
            return saved;
        });
    }

    /**
     * Moves an action to another month of its plan's year (dragged in the Planner).
     *
     * @throws ValidationException when the month is outside the plan's year
     */
    public PlanAction reschedule(long actionId, YearMonth month) {
        PlanAction action = plans.findAction(actionId)
                .orElseThrow(() -> new NotFoundException("plan action " + actionId));
        Plan plan = plans.find(action.planId()).orElseThrow(() -> new NotFoundException("plan " + action.planId()));
        if (month.getYear() != plan.year()) {
            throw new ValidationException(List.of(FieldProblem.of("month", "plans.validation.actionYear",
                    plan.year())));
        }
        return recordedAction(action, plans.updateAction(action.movedTo(month)), "undo.action.edited");
    }

    /** Saves one changed action of a stored plan (status, outcome, notes), the rules checked. */
    public PlanAction saveAction(PlanAction action) {
        Plan plan = plans.find(action.planId()).orElseThrow(() -> new NotFoundException("plan " + action.planId()));
        List<FieldProblem> problems = PlanRules.checkAction(action, plan.year(), "");
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        // the copy the update replaces: a successful update proves it was read at the version saved over
        Optional<PlanAction> before = plans.findAction(action.id());
        PlanAction saved = plans.updateAction(action);
        before.ifPresent(b -> recordedAction(b, saved, "undo.action.edited"));
        return saved;
    }

    /**
     * The open actions of the account that a contact on that day may fulfil: this year's and
     * last year's, the nearest to the day first.
     */
    public List<PlanAction> openActionsFor(long accountId, LocalDate day) {
        List<PlanAction> open = new ArrayList<>();
        for (int year : new int[] {day.getYear() - 1, day.getYear()}) {
            plans.findFor(accountId, year).ifPresent(p -> p.actions().stream().filter(PlanAction::isOpen)
                    .forEach(open::add));
        }
        // nearest first; at the same distance an action planned for that very day before a month-only one
        open.sort(Comparator.comparingLong((PlanAction a) -> Math.abs(a.dueBy().toEpochDay() - day.toEpochDay()))
                .thenComparing(a -> a.date() == null));
        return open;
    }

    /** Every active account that has a plan for the year, with that plan, by account name. */
    public List<PlannedAccount> planner(int year) {
        Map<Long, Account> byId = accounts.findAll().stream()
                .collect(Collectors.toMap(Account::id, Function.identity()));
        List<PlannedAccount> rows = new ArrayList<>();
        for (Plan p : plans.forYear(year)) {
            Account a = byId.get(p.accountId());
            if (a != null) {
                rows.add(new PlannedAccount(a, p));
            }
        }
        return rows;
    }

    /** This month's open actions and the overdue ones, from this year's and last year's plans. */
    public List<DueAction> due(PlannerFilter filter) {
        LocalDate today = today();
        List<PlannedAccount> rows = new ArrayList<>(planner(today.getYear() - 1));
        rows.addAll(planner(today.getYear()));
        return DueAction.of(rows, filter, today);
    }

    /** The plans of the year for export, of one account when a name is given (exactly, ignoring case). */
    public List<PlannedAccount> forExport(int year, String accountName) {
        List<PlannedAccount> rows = planner(year);
        if (accountName == null || accountName.isBlank()) {
            return rows;
        }
        String wanted = accountName.strip();
        return rows.stream().filter(r -> r.account().name().equalsIgnoreCase(wanted)).toList();
    }
}
