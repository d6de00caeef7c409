package dev.rapport.service;

import dev.rapport.domain.AbcBasis;
import dev.rapport.domain.AbcClassification;
import dev.rapport.domain.Account;
import dev.rapport.domain.AccountExit;
import dev.rapport.domain.AccountGroup;
import dev.rapport.domain.AccountSegment;
import dev.rapport.domain.AccountValue;
import dev.rapport.domain.ChurnAnalysis;
import dev.rapport.domain.ChurnGroup;
import dev.rapport.domain.ChurnSubject;
import dev.rapport.domain.EngagementFacts;
import dev.rapport.domain.EditConflict;
import dev.rapport.domain.ExitRules;
import dev.rapport.domain.FieldProblem;
import dev.rapport.domain.HealthScore;
import dev.rapport.domain.Insights;
import dev.rapport.domain.LifecycleStage;
import dev.rapport.domain.LifetimeValue;
import dev.rapport.domain.Period;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.RetentionSettings;
import dev.rapport.domain.Rfm;
import dev.rapport.domain.Tier;
import dev.rapport.domain.ValidationException;
import dev.rapport.store.AccountRepository;
import dev.rapport.store.Database;
import dev.rapport.store.NotFoundException;
import dev.rapport.store.RetentionRepository;
import dev.rapport.store.BusinessSettingsRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Exit management and customer value: recording exits and reactivations, churn tables, lifetime
 * value, ABC proposals, RFM and the health score, and the figures behind the Insights charts.
 */
public final class RetentionService {
    static final String DISCOUNT_RATE = "retention_discount_rate_pct";
    static final String HORIZON = "retention_horizon_years";

    private final Database db;
    private final AccountRepository accounts;
    private final RetentionRepository retention;
    private final BusinessSettingsRepository settings;
    private final Clock clock;
    private final PlanService plans;
    private final ContactLogService contactLog;
    private final ChangeHistory history;

    /** With a history of its own that nobody reads: for the command line, which has no undo. */
    public RetentionService(Database db, AccountRepository accounts, RetentionRepository retention,
            BusinessSettingsRepository settings, PlanService plans, ContactLogService contactLog, Clock clock) {
        this(db, accounts, retention, settings, plans, contactLog, clock, new ChangeHistory());
    }

    /** @param history where each exit recorded or corrected is recorded for the window's undo */
    public RetentionService(Database db, AccountRepository accounts, RetentionRepository retention,
            BusinessSettingsRepository settings, PlanService plans, ContactLogService contactLog, Clock clock,
            ChangeHistory history) {
        this.history = history;
        this.db = db;
        this.plans = plans;
        this.contactLog = contactLog;
        this.accounts = accounts;
        this.retention = retention;
        this.settings = settings;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- settings

    /** The discount rate and horizon for lifetime value; the defaults until the user changes them. */
    public RetentionSettings settings() {
        try {
            BigDecimal rate = settings.get(DISCOUNT_RATE).map(BigDecimal::new)
                    .orElse(RetentionSettings.DEFAULTS.discountRatePct());
            int horizon = settings.get(HORIZON).map(Integer::parseInt).orElse(RetentionSettings.DEFAULTS.horizonYears());
            return RetentionSettings.check(rate, horizon).isEmpty() ? new RetentionSettings(rate, horizon)
                    : RetentionSettings.DEFAULTS;
        } catch (NumberFormatException e) {
            return RetentionSettings.DEFAULTS;
        }
    }

    /**
     * @throws ValidationException when the rate is not 0..100 or the horizon not 1..50 years
     */
    public RetentionSettings saveSettings(BigDecimal discountRatePct, Integer horizonYears) {
        List<FieldProblem> problems = RetentionSettings.check(discountRatePct, horizonYears);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        db.inTransaction(() -> {
            settings.put(DISCOUNT_RATE, discountRatePct.stripTrailingZeros().toPlainString());
            settings.put(HORIZON, Integer.toString(horizonYears));
        });
        return new RetentionSettings(discountRatePct, horizonYears);
    }

    // ---- exits

    /** Since when we have had the account: the day set by the user, else the day it was entered. */
    public LocalDate customerSince(Account a) {
        LocalDate set = retention.customerSince().get(a.id());
        return set != null ? set : createdOn(a);
    }

    private LocalDate createdOn(Account a) {
        return a.createdAt() == null ? today() : a.createdAt().atZone(clock.getZone()).toLocalDate();
    }

    /**
     * Sets the day the relationship began, when it predates the account's entry in Rapport; churn
     * counts the account from then on.
     *
     * @throws ValidationException when the day lies in the future
     */
    public void setCustomerSince(long accountId, LocalDate since) {
        if (since.isAfter(today())) {
            throw new ValidationException(List.of(FieldProblem.of("customerSince", "validation.dateInFuture")));
        }
        retention.setCustomerSince(accountId, since);
    }

    /**
     * Records that the account left: the exit is saved with the account's tier, party type and
     * industry as they are now (churn by group counts it there, whatever is edited later), the
     * account moves to "exited" (and so out of the active lists), and its "customer since" day is
     * kept for the churn base. All or nothing.
     *
     * @throws ValidationException when the exit breaks a rule; nothing is saved
     * @throws NotFoundException   when the account was deleted meanwhile
     */
    public AccountExit exit(AccountExit draft, LocalDate customerSince) {
        Exited done = exited(draft, customerSince);
        history.record(done.change());
        return done.exit();
    }

    private Exited exited(AccountExit draft, LocalDate customerSince) {
        ExitRules.require(draft, customerSince, today());
        Account[] before = new Account[1];
        Account[] exited = new Account[1];
        AccountExit exit = db.inTransaction(() -> {
            Account a = accounts.find(draft.accountId())
                    .orElseThrow(() -> new NotFoundException("account " + draft.accountId()));
            before[0] = a;
            AccountExit saved = retention.insert(draft.withSegmentAtExit(AccountSegment.of(a)));
            exited[0] = accounts.update(a.withStage(LifecycleStage.EXITED));
            if (customerSince != null) {
                retention.setCustomerSince(a.id(), customerSince);
            }
            return saved;
        });
        // the stage written is the account's change too: its own undo entries follow the version it left
        history.track("account", exited[0].id(), exited[0].version());
        // the exit's own cell: a reactivation and its undo move it on, so this exit's undo names where they left it
        ChangeHistory.Cell cell = history.track("account_exit", exit.id(), 0, exit.version());
        return new Exited(exit, exitRecorded(draft, customerSince, exit, before[0], cell));
    }

    /** An exit just written and the change that takes it back. */
    private record Exited(AccountExit exit, ChangeHistory.Change change) {
    }

    /** Undo takes the exit back ({@link #undoExit}); redo records the same exit again, as a new row. */
    private ChangeHistory.Change exitRecorded(AccountExit draft, LocalDate customerSince, AccountExit saved,
            Account before, ChangeHistory.Cell cell) {
        return ChangeHistory.Change.of(() -> {
            Account back = undoExit(saved.withVersion(cell.version()), before.stage());
            history.track("account", back.id(), back.version());
            return ChangeHistory.Change.of(() -> exited(draft, customerSince).change(), "undo.exit.recorded",
                    before.name());
        }, "undo.exit.recorded", before.name());
    }

    /**
     * Takes back an exit just recorded: the record goes and the account returns to the stage it
     * had. Only while the account is still exited and this is its latest exit.
     *
     * @throws IllegalStateException when the account has moved on since
     */
    public Account undoExit(AccountExit exit, LifecycleStage stageBefore) {
        return db.inTransaction(() -> {
            Account a = accounts.find(exit.accountId())
                    .orElseThrow(() -> new NotFoundException("account " + exit.accountId()));
            List<AccountExit> exits = retention.exitsOf(a.id());
            boolean latest = !exits.isEmpty() && exits.get(exits.size() - 1).id().equals(exit.id());
            if (a.stage() != LifecycleStage.EXITED || !latest) {
                throw new IllegalStateException("exit " + exit.id() + " can no longer be undone");
            }
            retention.deleteExit(exit);
            return accounts.update(a.withStage(stageBefore));
        });
    }

    /** What an edit of an exit replaced, for its undo: the exit and the "customer since" day set before. */
    public record ExitEdit(AccountExit before, LocalDate customerSinceBefore, AccountExit after) {
    }

    /**
     * Corrects an exit already recorded (date, reason, words, revenue, margin, avoidable, win-back
     * plan) and the account's "customer since" day, in one transaction. The segment at exit and a
     * reactivation day stay as they were.
     *
     * @param customerSince the day the relationship began; null keeps the day set before
     * @throws ValidationException when the exit breaks a rule, or its date would fall after the day
     *         it was won back; nothing is saved
     * @throws NotFoundException   when the account was deleted meanwhile
     * @throws EditConflict        when the exit changed or was deleted since it was read
     */
    public ExitEdit editExit(AccountExit edited, LocalDate customerSince) {
        ExitRules.require(edited, customerSince, today());
        String[] name = new String[1];
        ExitEdit edit = db.inTransaction(() -> {
            Account a = accounts.find(edited.accountId())
                    .orElseThrow(() -> new NotFoundException("account " + edited.accountId()));
            // an exit gone since the editor read it (its exit undone elsewhere) is a conflict like a newer
            // version: the editor keeps the text and says the record is gone
            AccountExit before = retention.exitsOf(a.id()).stream().filter(e -> e.id().equals(edited.id()))
                    .findFirst().orElseThrow(() -> new EditConflict("account_exit", edited.id(), null));
            if (before.reactivated() && edited.exitedOn().isAfter(before.reactivatedOn())) {
                throw new ValidationException(List.of(FieldProblem.of("exitedOn",
                        "retention.validation.exitAfterReactivation")));
            }
            name[0] = a.name();
            LocalDate sinceBefore = retention.customerSinceSet(a.id());
            // the version the editor read: an exit changed since it was opened is a conflict
            AccountExit after = retention.update(new AccountExit(before.id(), a.id(), edited.exitedOn(),
                    edited.reason(), edited.reasonText(), edited.revenueAtExit(), edited.marginPctAtExit(),
                    edited.avoidable(), edited.winBackPlan(), before.reactivatedOn(), before.segmentAtExit(),
                    edited.version()));
            if (customerSince != null) {
                retention.setCustomerSince(a.id(), customerSince);
            }
            return new ExitEdit(before, sinceBefore, after);
        });
        history.record(exitEdited(edit, customerSince, name[0], exitCell(edit)));
        return edit;
    }

    /** The exit's cell, moved on by an edit: a reactivation (and its undo) share it with the edit's undo. */
    private ChangeHistory.Cell exitCell(ExitEdit edit) {
        return history.track("account_exit", edit.after().id(), edit.before().version(), edit.after().version());
    }

    /**
     * Undo is {@link #undoEditExit}, naming the version the history last saw the exit at; redo writes the
     * corrected exit again over the version the undo left.
     */
    private ChangeHistory.Change exitEdited(ExitEdit edit, LocalDate customerSince, String name,
            ChangeHistory.Cell cell) {
        return ChangeHistory.Change.of(() -> {
            AccountExit back = undoEditExit(new ExitEdit(edit.before(), edit.customerSinceBefore(),
                    edit.after().withVersion(cell.version())));
            history.track("account_exit", back.id(), back.version());
            // the redo's own edit moves this same cell on (it names the version the undo left)
            return ChangeHistory.Change.of(() -> exitEdited(editExit(edit.after().withVersion(back.version()),
                    customerSince), customerSince, name, cell), "undo.exit.edited", name);
        }, "undo.exit.edited", name);
    }

    /** Takes back {@link #editExit}: the exit and the "customer since" day are as they were before it. */
    public AccountExit undoEditExit(ExitEdit edit) {
        return db.inTransaction(() -> {
            // names the version the edit left: an undo over a newer change is a conflict
            AccountExit back = retention.update(edit.before().withVersion(edit.after().version()));
            retention.setCustomerSince(edit.before().accountId(), edit.customerSinceBefore());
            return back;
        });
    }

    /**
     * Wins an exited account back: it moves to "recovery" and its last exit notes today as the
     * day of reactivation; the exit record stays for the churn figures.
     *
     * @throws IllegalStateException when the account has not exited
     */
    public Account reactivate(long accountId) {
        // one change of two records: one Ctrl+Z puts the account back to "exited" and reopens its exit
        return history.asOne(db, () -> {
            Account a = accounts.find(accountId).orElseThrow(() -> new NotFoundException("account " + accountId));
            if (a.stage() != LifecycleStage.EXITED) {
                throw new IllegalStateException("account " + accountId + " has not exited");
            }
            List<AccountExit> exits = retention.exitsOf(accountId);
            for (int i = exits.size() - 1; i >= 0; i--) {
                AccountExit e = exits.get(i);
                if (!e.reactivated()) {
                    LocalDate day = today().isBefore(e.exitedOn()) ? e.exitedOn() : today();
                    long after = retention.markReactivated(e, day);
                    history.record(history.alternate(history.track("account_exit", e.id(), e.version(), after),
                            v -> retention.clearReactivated(e.id(), v),
                            v -> retention.markReactivated(e.withVersion(v), day), "undo.reactivated", a.name()));
                    break;
                }
            }
            Account back = accounts.update(a.withStage(LifecycleStage.RECOVERY));
            history.record(history.swap(history.track("account", accountId, a.version(), back.version()), a, back,
                    (state, v) -> accounts.update(state.withVersion(v)).version(), "undo.reactivated", a.name()));
            return back;
        }, "undo.reactivated", back -> List.of(back.name()));
    }

    public List<AccountExit> exitsOf(long accountId) {
        return retention.exitsOf(accountId);
    }

    /** An exit filled from the account as it is now: today, its revenue and margin. */
    public AccountExit draftExit(Account a) {
        return new AccountExit(null, a.id(), today(), dev.rapport.domain.ExitReason.OTHER, "", a.annualRevenue(),
                a.grossMarginPct(), false, "", null);
    }

    // ---- churn

    /**
     * Every account not deleted, as churn sees it: with its current groups and its exits, each
     * carrying the groups it had when it left (see {@link ChurnSubject#groupedFor}).
     */
    public List<ChurnSubject> subjects() {
        Map<Long, List<AccountExit>> exits = retention.allExits().stream()
                .collect(Collectors.groupingBy(AccountExit::accountId));
        Map<Long, LocalDate> since = retention.customerSince();
        List<ChurnSubject> out = new ArrayList<>();
        for (Account a : accounts.findAll()) {
            LocalDate start = since.getOrDefault(a.id(), createdOn(a));
            List<AccountExit> own = exits.getOrDefault(a.id(), List.of());
            for (AccountExit e : own) {
                // an exit entered for an account added to Rapport later: we had it before it left
                if (e.exitedOn().isBefore(start)) {
                    start = e.exitedOn();
                }
            }
            out.add(new ChurnSubject(a.id(), start, a.tier(), a.partyType(), a.industry(), own));
        }
        return out;
    }

    public ChurnAnalysis.Table churn(Period period, ChurnGroup grouping) {
        return ChurnAnalysis.table(subjects(), period, grouping, settings());
    }

    /** The churn table of one customer group only (e.g. tier A broken down by industry). */
    public ChurnAnalysis.Table churn(Period period, ChurnGroup grouping, AccountGroup within) {
        return ChurnAnalysis.table(subjects().stream().filter(s -> within.contains(s.groupedFor(period))).toList(),
                period, grouping, settings());
    }

    // ---- value and health

    /**
     * The facts the health score can use today, per account: key people and the account's own
     * satisfaction and level, plan progress where the account has a plan for this year, and —
     * once the contact log is in use — days since the last contact against the tier's cadence
     * and open complaints.
     */
    public Map<Long, EngagementFacts> engagementFacts(List<Account> of) {
        LocalDate today = today();
        if (of.size() == 1) {
            // one account (its value pane): its own plan, not the whole portfolio's
            Map<Long, BigDecimal> progress = new HashMap<>();
            plans.planFor(of.get(0).id(), today.getYear()).map(p -> dev.rapport.domain.PlanProgress.of(p.actions(), today))
                    .ifPresent(done -> progress.put(of.get(0).id(), done));
            return engagementFacts(of, progress);
        }
        return engagementFacts(of, planProgress(plans.planner(today.getYear()), today));
    }

    /** How far each account's plan for this year has come, by account id (accounts with none left out). */
    private static Map<Long, BigDecimal> planProgress(List<dev.rapport.domain.plan.PlannedAccount> thisYear,
            LocalDate today) {
        Map<Long, BigDecimal> progress = new HashMap<>();
        for (dev.rapport.domain.plan.PlannedAccount p : thisYear) {
            BigDecimal done = dev.rapport.domain.PlanProgress.of(p.plan().actions(), today);
            if (done != null) {
                progress.put(p.account().id(), done);
            }
        }
        return progress;
    }

    private Map<Long, EngagementFacts> engagementFacts(List<Account> of, Map<Long, BigDecimal> progress) {
        Map<Long, Integer> roles = retention.keyRolesCovered();
        LocalDate today = today();
        // a log with no contact at all is a log not in use: freshness and complaints are then unknown
        boolean logInUse = contactLog.inUse();
        Map<Long, java.time.LocalDateTime> last = logInUse ? contactLog.lastContactByAccount() : Map.of();
        Map<Long, Integer> complaints = logInUse ? contactLog.openComplaintCounts() : Map.of();
        dev.rapport.domain.Cadence cadence = contactLog.cadence();
        Map<Long, EngagementFacts> out = new HashMap<>();
        for (Account a : of) {
            EngagementFacts f = new EngagementFacts(null, false, cadence.days(a.tier()), null, null, null,
                    a.satisfaction(), a.level())
                    .withKeyRolesCovered(roles.getOrDefault(a.id(), 0))
                    .withPlanProgress(progress.get(a.id()));
            if (logInUse) {
                java.time.LocalDateTime at = last.get(a.id());
                f = f.withLastContact(at == null ? null : (int) dev.rapport.domain.ContactClock.daysSince(at, today),
                        at == null).withOpenComplaints(complaints.getOrDefault(a.id(), 0));
            }
            out.put(a.id(), f);
        }
        return out;
    }

    /** Health scores of the accounts not exited, by id. */
    public Map<Long, HealthScore> healthScores() {
        List<Account> active = accounts.findAll().stream().filter(a -> a.stage().isActive()).toList();
        return healthScores(engagementFacts(active));
    }

    private static Map<Long, HealthScore> healthScores(Map<Long, EngagementFacts> facts) {
        Map<Long, HealthScore> out = new HashMap<>();
        facts.forEach((id, f) -> out.put(id, HealthScore.of(f)));
        return out;
    }

    /** Accounts whose health suggests the "at risk" stage, weakest first. */
    public List<dev.rapport.domain.AtRiskSuggestion> atRiskSuggestions() {
        List<Account> active = accounts.findAll().stream().filter(a -> a.stage().isActive()).toList();
        Map<Long, EngagementFacts> facts = engagementFacts(active);
        List<dev.rapport.domain.AtRiskSuggestion> out = new ArrayList<>();
        for (Account a : active) {
            HealthScore h = HealthScore.of(facts.get(a.id()));
            if (h.suggestsAtRisk(a.stage())) {
                out.add(new dev.rapport.domain.AtRiskSuggestion(a.id(), a.name(), a.stage(), h.score()));
            }
        }
        out.sort(java.util.Comparator.comparingInt(dev.rapport.domain.AtRiskSuggestion::score)
                .thenComparing(dev.rapport.domain.AtRiskSuggestion::name));
        return out;
    }

    /** ABC tiers proposed for the accounts not exited, by revenue or margin. */
    public Map<Long, Tier> abcProposals(AbcBasis basis) {
        return abcProposals(basis, accounts.findAll());
    }

    private static Map<Long, Tier> abcProposals(AbcBasis basis, List<Account> all) {
        Map<Long, BigDecimal> values = new LinkedHashMap<>();
        for (Account a : all) {
            if (a.stage().isActive()) {
                values.put(a.id(), AbcClassification.valueOf(a, basis));
            }
        }
        return AbcClassification.propose(values);
    }

    /**
     * RFM over the active portfolio: recency and frequency from the contact log (days since the
     * last contact, contacts in the last twelve months) once it is in use, monetary from revenue.
     */
    public Map<Long, Rfm> rfm() {
        return rfm(accounts.findAll());
    }

    private Map<Long, Rfm> rfm(List<Account> all) {
        boolean logInUse = contactLog.inUse();
        LocalDate today = today();
        Map<Long, java.time.LocalDateTime> last = logInUse ? contactLog.lastContactByAccount() : Map.of();
        Map<Long, Integer> counts = logInUse ? retention.interactionCounts(today.minusYears(1).atStartOfDay()) : Map.of();
        List<Rfm.Input> inputs = all.stream().filter(a -> a.stage().isActive())
                .map(a -> new Rfm.Input(a.id(),
                        last.get(a.id()) == null ? null : (int) dev.rapport.domain.ContactClock.daysSince(last.get(a.id()), today),
                        logInUse ? counts.getOrDefault(a.id(), 0) : null, a.annualRevenue())).toList();
        return Rfm.score(inputs);
    }

    public Optional<AccountValue> value(long accountId) {
        return accounts.find(accountId).map(a -> {
            RetentionSettings s = settings();
            EngagementFacts facts = engagementFacts(List.of(a)).get(a.id());
            // RFM and ABC rank the account within the portfolio: read it once for the three
            List<Account> all = a.stage().isActive() ? accounts.findAll() : List.of();
            Rfm rfm = a.stage().isActive() ? rfm(all).get(a.id()) : new Rfm(null, null, null);
            return new AccountValue(a.id(), LifetimeValue.yearlyMargin(a.annualRevenue(), a.grossMarginPct()),
                    LifetimeValue.of(a.annualRevenue(), a.grossMarginPct(), s), s, rfm, HealthScore.of(facts),
                    a.stage().isActive() ? abcProposals(AbcBasis.REVENUE, all).get(a.id()) : null,
                    a.stage().isActive() ? abcProposals(AbcBasis.MARGIN, all).get(a.id()) : null);
        });
    }

    /** Puts the accepted ABC proposal into the account's tier. Undoable: the tier goes back. */
    public Account acceptTier(long accountId, Tier tier) {
        return moved(accountId, a -> a.withTier(tier), "undo.tier.accepted");
    }

    /** Follows the health score's suggestion: the account moves to "at risk". Undoable: the stage goes back. */
    public Account markAtRisk(long accountId) {
        return moved(accountId, a -> a.withStage(LifecycleStage.AT_RISK), "undo.atRisk.marked");
    }

    /**
     * Moves the chosen accounts to "at risk" in one transaction, as one change: one Ctrl+Z takes all
     * of them back (Insights moves several at once).
     */
    public int markAtRisk(List<Long> accountIds) {
        return history.asOne(db, () -> {
            accountIds.forEach(this::markAtRisk);
            return accountIds.size();
        }, "undo.atRisk.markedMany", n -> List.of(n));
    }

    /**
     * Writes one change of an account read in the same transaction and records it for undo: the undo
     * writes the account as read, naming the version this write left (a newer change refuses it).
     */
    private Account moved(long accountId, UnaryOperator<Account> change, String undoKey) {
        Account[] before = new Account[1];
        Account after = db.inTransaction(() -> {
            before[0] = accounts.find(accountId).orElseThrow(() -> new NotFoundException("account " + accountId));
            return accounts.update(change.apply(before[0]));
        });
        history.record(history.swap(history.track("account", accountId, before[0].version(), after.version()),
                before[0], after, (state, v) -> accounts.update(state.withVersion(v)).version(), undoKey,
                after.name()));
        return after;
    }

    // ---- insights

    /** The figures behind the Insights charts for a year and a group. */
    public Insights insights(int year, AccountGroup group, ChurnGroup churnBy) {
        Period period = Period.year(year);
        LocalDate asOf = period.lastDay().isAfter(today()) ? today() : period.lastDay();
        List<Account> all = accounts.findAll();
        Map<Long, Account> byId = all.stream().collect(Collectors.toMap(Account::id, a -> a));
        // grouped as in the year's churn table: an account that left counts where it was then
        List<ChurnSubject> subjects = subjects().stream().map(s -> s.groupedFor(period)).filter(group::contains)
                .toList();
        Map<Tier, Integer> tiers = Insights.zeroes(Tier.class);
        Map<LifecycleStage, Integer> stages = Insights.zeroes(LifecycleStage.class);
        // the portfolio at the year's end holds no exited account: the churn charts show those
        stages.remove(LifecycleStage.EXITED);
        Map<RelationshipLevel, Integer> levels = Insights.zeroes(RelationshipLevel.class);
        for (ChurnSubject s : subjects) {
            if (s.activeOn(asOf)) {
                Account a = byId.get(s.accountId());
                tiers.merge(s.tier(), 1, Integer::sum);
                stages.merge(a.stage(), 1, Integer::sum);
                levels.merge(a.level(), 1, Integer::sum);
            }
        }
        // the year's plans once: for the plan charts, and for health when the year is this one
        List<dev.rapport.domain.plan.PlannedAccount> yearPlans = plans.planner(year);
        LocalDate today = today();
        List<Account> active = all.stream().filter(a -> a.stage().isActive()).toList();
        Map<Long, HealthScore> health = healthScores(engagementFacts(active, planProgress(
                year == today.getYear() ? yearPlans : plans.planner(today.getYear()), today)));
        List<Integer> scores = subjects.stream().map(s -> health.get(s.accountId()))
                .filter(h -> h != null).map(HealthScore::score).toList();
        ChurnAnalysis.Table table = ChurnAnalysis.table(subjects, period,
                churnBy == ChurnGroup.NONE ? ChurnGroup.TIER : churnBy, settings());
        Map<Long, ChurnSubject> subjectById = subjects.stream()
                .collect(Collectors.toMap(ChurnSubject::accountId, s -> s));
        List<Map<RelationshipLevel, dev.rapport.domain.plan.LevelFigures>> planFigures = new ArrayList<>();
        for (dev.rapport.domain.plan.PlannedAccount p : yearPlans) {
            if (subjectById.containsKey(p.account().id())) {
                planFigures.add(p.plan().figures().byLevel());
            }
        }
        Map<Integer, Map<String, Integer>> byMonth = new java.util.TreeMap<>();
        for (RetentionRepository.MonthCount c : retention.interactionsByMonth(period.start().atStartOfDay(),
                period.end().atStartOfDay())) {
            if (subjectById.containsKey(c.accountId())) {
                byMonth.computeIfAbsent(c.month(), m -> new java.util.TreeMap<>()).merge(c.channel(), c.count(), Integer::sum);
            }
        }
        return new Insights(year, group, tiers, stages, levels, table.exitsByReason(), table.rows(),
                Insights.bands(scores), Insights.sumByLevel(planFigures), byMonth);
    }

    /** The industries typed on accounts, for the group choices. */
    public List<String> industries() {
        return accounts.findAll().stream().map(Account::industry).filter(s -> !s.isBlank()).distinct().sorted().toList();
    }
}
