package dev.rapport.ui.plans;

import dev.rapport.domain.Account;
import dev.rapport.domain.FieldProblem;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.plan.ActionStatus;
import dev.rapport.domain.plan.Objectives;
import dev.rapport.domain.plan.Plan;
import dev.rapport.domain.plan.PlanAction;
import dev.rapport.domain.plan.PlanReview;
import dev.rapport.domain.plan.PlanRules;
import dev.rapport.domain.plan.PlanStatus;
import dev.rapport.domain.plan.Swot;
import dev.rapport.domain.plan.SwotKind;
import dev.rapport.domain.plan.YearEndReview;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.CopyText;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.FormModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The plan editor's state: objectives, SWOT (one item per line), strategy, budget, status,
 * the actions and the year-end review. The review's figures follow every change.
 */
public final class PlanEditorViewModel extends FormModel<Plan> {
    private final Formats formats;
    private final LocalDate today;
    private Plan original;
    /** True while {@link #fill} puts a stored plan in: choosing "closed" then is not the user's. */
    private boolean filling;

    public final ObjectProperty<PlanStatus> status = new SimpleObjectProperty<>();
    public final StringProperty budget = new SimpleStringProperty("");
    public final StringProperty revenueTarget = new SimpleStringProperty("");
    public final StringProperty shareTarget = new SimpleStringProperty("");
    public final ObjectProperty<RelationshipLevel> targetLevel = new SimpleObjectProperty<>();
    public final ObjectProperty<Integer> targetSatisfaction = new SimpleObjectProperty<>();
    public final StringProperty goals = new SimpleStringProperty("");
    public final StringProperty strategy = new SimpleStringProperty("");
    public final Map<SwotKind, StringProperty> swot = new EnumMap<>(SwotKind.class);
    public final ObservableList<PlanAction> actions = FXCollections.observableArrayList();
    public final StringProperty actualRevenue = new SimpleStringProperty("");
    public final StringProperty actualShare = new SimpleStringProperty("");
    public final ObjectProperty<RelationshipLevel> levelReached = new SimpleObjectProperty<>();
    public final ObjectProperty<Integer> actualSatisfaction = new SimpleObjectProperty<>();
    public final StringProperty conclusion = new SimpleStringProperty("");
    public final ObjectProperty<LocalDate> reviewedOn = new SimpleObjectProperty<>();

    private final ReadOnlyObjectWrapper<PlanReview> figures = new ReadOnlyObjectWrapper<>();

    public PlanEditorViewModel(Plan plan, LocalDate today, Messages msg, Formats formats) {
        this(plan, null, today, msg, formats);
    }

    /**
     * @param account the plan's account as it is now: choosing "closed" for a plan that was not
     *                fills the review's empty fields from it (see {@link YearEndReview#filledFrom});
     *                null leaves the review as it is
     */
    public PlanEditorViewModel(Plan plan, Account account, LocalDate today, Messages msg, Formats formats) {
        super(msg);
        this.formats = formats;
        this.today = today;
        for (SwotKind k : SwotKind.values()) {
            swot.put(k, new SimpleStringProperty(""));
        }
        fill(plan);
        watch(status, budget, revenueTarget, shareTarget, targetLevel, targetSatisfaction, actions, actualRevenue,
                actualShare, levelReached, actualSatisfaction);
        if (account != null) {
            // only a plan that was not closed when read gets its review drafted on closing, as the service does
            status.addListener((obs, was, now) -> {
                if (now == PlanStatus.CLOSED && !filling && original.status() != PlanStatus.CLOSED) {
                    fillReviewFrom(account);
                }
            });
        }
    }

    /**
     * Puts the plan into the form, as after a Reload that drops what was typed: objectives, SWOT,
     * strategy, the action list, the review, and the version the next save names.
     */
    @Override
    public void fill(Plan plan) {
        filling = true;
        try {
            original = plan;
            status.set(plan.status());
            budget.set(formats.decimal(plan.budget()));
            Objectives o = plan.objectives();
            revenueTarget.set(formats.decimal(o.revenueTarget()));
            shareTarget.set(formats.decimal(o.shareOfWalletTarget()));
            targetLevel.set(o.targetLevel());
            targetSatisfaction.set(o.targetSatisfaction());
            goals.set(o.goals());
            strategy.set(plan.strategy());
            for (SwotKind k : SwotKind.values()) {
                swot.get(k).set(String.join("\n", plan.swot().get(k)));
            }
            actions.setAll(plan.actions());
            YearEndReview r = plan.review();
            actualRevenue.set(formats.decimal(r.actualRevenue()));
            actualShare.set(formats.decimal(r.actualShareOfWallet()));
            levelReached.set(r.levelReached());
            actualSatisfaction.set(r.actualSatisfaction());
            conclusion.set(r.conclusion());
            reviewedOn.set(r.reviewedOn());
        } finally {
            filling = false;
        }
        validate();
    }

    /** The plan as this form read it (or last reloaded it), with the version a save names. */
    @Override
    public Plan read() {
        return original;
    }

    /**
     * What the user typed, one "Label: value" per line (empty ones left out), the actions one a
     * line under their heading: for "Copy my text" when the save was refused.
     */
    @Override
    public String copyText() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("plans.budget", budget.get());
        fields.put("plans.revenueTarget", revenueTarget.get());
        fields.put("plans.shareTarget", shareTarget.get());
        fields.put("plans.goals", goals.get());
        fields.put("plans.strategy", strategy.get());
        for (SwotKind k : SwotKind.values()) {
            fields.put("enum.SwotKind." + k.name(), swot.get(k).get());
        }
        fields.put("plans.tab.actions", actions.stream().map(this::actionLine)
                .collect(Collectors.joining("\n")));
        fields.put("plans.review.actualRevenue", actualRevenue.get());
        fields.put("plans.review.actualShare", actualShare.get());
        fields.put("plans.review.conclusion", conclusion.get());
        return CopyText.lines(msg, fields);
    }

    private String actionLine(PlanAction a) {
        String notes = a.notes().isBlank() ? "" : " — " + a.notes().replace("\n", " ");
        return PlanText.when(a, formats, msg) + " " + a.title() + notes;
    }

    private void fillReviewFrom(Account account) {
        YearEndReview filled = YearEndReview.NONE.filledFrom(account, today);
        if (actualRevenue.get().isBlank()) {
            actualRevenue.set(formats.decimal(filled.actualRevenue()));
        }
        if (actualShare.get().isBlank()) {
            actualShare.set(formats.decimal(filled.actualShareOfWallet()));
        }
        if (levelReached.get() == null) {
            levelReached.set(filled.levelReached());
        }
        if (actualSatisfaction.get() == null) {
            actualSatisfaction.set(filled.actualSatisfaction());
        }
        if (reviewedOn.get() == null) {
            reviewedOn.set(filled.reviewedOn());
        }
    }

    public int year() {
        return original.year();
    }

    public LocalDate today() {
        return today;
    }

    /** Plan against actual as the form stands now; null while a number cannot be read. */
    public ReadOnlyObjectProperty<PlanReview> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /** The form of one of this plan's actions, a new one or one of the list, for the plan's year. */
    public ActionEditorViewModel actionForm(PlanAction action) {
        return new ActionEditorViewModel(action, year(), today, msg, formats);
    }

    /** A new action for this plan's year, in this month if the plan is for this year, else January. */
    public PlanAction newAction(RelationshipLevel level) {
        int month = today.getYear() == year() ? today.getMonthValue() : 1;
        return PlanAction.planned("", level, null, java.time.YearMonth.of(year(), month));
    }

    /** Adds a new action or replaces the one it was edited from (same position). */
    public void put(PlanAction edited, PlanAction before) {
        int i = before == null ? -1 : indexOf(before);
        if (i >= 0) {
            actions.set(i, edited);
        } else {
            actions.add(edited);
        }
    }

    public void remove(PlanAction action) {
        int i = indexOf(action);
        if (i >= 0) {
            actions.remove(i);
        }
    }

    /** The row holding this very action: two unsaved actions can be equal and still be two rows. */
    private int indexOf(PlanAction action) {
        for (int i = 0; i < actions.size(); i++) {
            if (actions.get(i) == action) {
                return i;
            }
        }
        return -1;
    }

    /** Marks the action done today, keeping any cost already entered; returns it as it is now. */
    public PlanAction markDone(PlanAction action) {
        int i = indexOf(action);
        if (i >= 0 && action.status() != ActionStatus.DONE) {
            PlanAction done = action.done(today, null);
            actions.set(i, done);
            return done;
        }
        return action;
    }

    /** The plan as typed; call only when valid. */
    public Plan toPlan() {
        Map<String, String> problems = new LinkedHashMap<>();
        Plan p = build(problems);
        if (!problems.isEmpty() || p == null) {
            throw new IllegalStateException("form is not valid: " + problems);
        }
        return p;
    }

    /** The plan's problems; the figures follow on the way, as they need the same parse of the form. */
    @Override
    protected void check(Map<String, String> problems) {
        Plan p = build(problems);
        if (p != null) {
            for (FieldProblem fp : PlanRules.check(p)) {
                String field = fp.field();
                if (field.startsWith("actions.")) {
                    int index = Integer.parseInt(field.split("\\.")[1]);
                    problems.putIfAbsent("actions", msg.get("plans.error.actionRow", index + 1,
                            p.actions().get(index).title(), msg.of(fp)));
                } else {
                    problems.putIfAbsent(field, msg.of(fp));
                }
            }
        }
        figures.set(p == null ? null : p.figures());
    }

    private Plan build(Map<String, String> problems) {
        BigDecimal b = decimal(formats, "budget", budget.get(), problems);
        BigDecimal rt = decimal(formats, "revenueTarget", revenueTarget.get(), problems);
        BigDecimal st = decimal(formats, "shareOfWalletTarget", shareTarget.get(), problems);
        BigDecimal ar = decimal(formats, "actualRevenue", actualRevenue.get(), problems);
        BigDecimal as = decimal(formats, "actualShareOfWallet", actualShare.get(), problems);
        Map<SwotKind, List<String>> lists = new EnumMap<>(SwotKind.class);
        swot.forEach((k, text) -> lists.put(k, Arrays.asList(text.get().split("\\R"))));
        Plan p = new Plan(original.id(), original.accountId(), original.year(), status.get(),
                new Objectives(rt, st, targetLevel.get(), targetSatisfaction.get(), goals.get()), Swot.of(lists),
                strategy.get(), b, List.copyOf(actions),
                new YearEndReview(ar, as, levelReached.get(), actualSatisfaction.get(), conclusion.get(),
                        reviewedOn.get()), original.createdAt(), original.updatedAt(), original.version());
        return problems.isEmpty() ? p : null;
    }
}
