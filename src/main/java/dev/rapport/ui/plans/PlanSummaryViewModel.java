package dev.rapport.ui.plans;

import dev.rapport.domain.Account;
import dev.rapport.domain.plan.Plan;
import dev.rapport.domain.plan.PlanReview;
import dev.rapport.i18n.Messages;
import dev.rapport.service.PlanService;
import dev.rapport.ui.common.UiKit;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of this year's plan in the account detail: its status, actions done of planned,
 * budget used, whether it is over budget, and the account's plans of other years.
 */
public final class PlanSummaryViewModel {
    private final PlanService plans;
    private final Clock clock;
    private final UiKit kit;
    private final Messages msg;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    /** True until a load finds no plan for this year: the status and the bar show only for a plan. */
    private final ReadOnlyBooleanWrapper hasPlan = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper flagged = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper flagText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper openText = new ReadOnlyStringWrapper("");
    /** The years of the account's other plans, latest first. */
    private final ObservableList<Integer> otherYears = FXCollections.observableArrayList();
    private final ObservableList<Integer> otherYearsShown = FXCollections.unmodifiableObservableList(otherYears);
    private final ReadOnlyBooleanWrapper othersShown = new ReadOnlyBooleanWrapper(true);
    private Account account;
    private long generation;

    public PlanSummaryViewModel(PlanService plans, Clock clock, UiKit kit) {
        this.plans = plans;
        this.clock = clock;
        this.kit = kit;
        this.msg = kit.messages();
    }

    /** The year the summary is about: this one. */
    public int year() {
        return LocalDate.now(clock).getYear();
    }

    /** The account shown, or null. */
    public Account account() {
        return account;
    }

    /** Loads the account's plan for this year; null forgets the account (a late answer is dropped). */
    public void show(Account selected) {
        this.account = selected;
        long mine = ++generation;
        if (selected == null) {
            return;
        }
        int year = year();
        title.set(msg.get("plans.summary.title", year));
        kit.executor().submit(msg.get("task.loading"), p -> plans.plansOf(selected.id()), all -> {
            if (mine == generation) {
                render(all.stream().filter(p -> p.year() == year).findFirst(), year);
                List<Integer> others = all.stream().map(Plan::year).filter(y -> y != year).toList();
                otherYears.setAll(others);
                othersShown.set(!others.isEmpty());
            }
        }, e -> kit.dialogs().showError(msg.get("error.load"), e));
    }

    private void render(Optional<Plan> plan, int year) {
        hasPlan.set(plan.isPresent());
        openText.set(msg.get(plan.isPresent() ? "plans.summary.open" : "plans.summary.create", year));
        if (plan.isEmpty()) {
            progressText.set(msg.get("plans.summary.none", year));
            flagged.set(false);
            return;
        }
        PlanReview r = plan.get().figures();
        status.set(msg.of(plan.get().status()));
        progress.set(r.total().doneShare());
        progressText.set(PlanText.progress(r, kit.formats(), msg));
        flagged.set(r.budgetFlagged());
        flagText.set(PlanText.budgetFlag(r, kit.formats(), msg));
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPlanProperty() {
        return hasPlan.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty flaggedProperty() {
        return flagged.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty flagTextProperty() {
        return flagText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty openTextProperty() {
        return openText.getReadOnlyProperty();
    }

    public ObservableList<Integer> otherYears() {
        return otherYearsShown;
    }

    public ReadOnlyBooleanProperty othersShownProperty() {
        return othersShown.getReadOnlyProperty();
    }
}
