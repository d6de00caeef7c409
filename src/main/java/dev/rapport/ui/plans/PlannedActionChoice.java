package dev.rapport.ui.plans;

import dev.rapport.domain.Account;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.plan.PlanAction;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.UiContext;
import dev.rapport.ui.common.Choices;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;

/**
 * In the contact log's form: the open planned action this contact fulfils, if any. Saving the
 * interaction then marks that action done on the interaction's day, with its cost.
 */
public final class PlannedActionChoice {
    private final UiContext ctx;
    private final Messages msg;
    private final ComboBox<PlanAction> box = new ComboBox<>();
    private long generation;

    public PlannedActionChoice(UiContext ctx) {
        this.ctx = ctx;
        this.msg = ctx.messages();
        box.setId("log-plan-action");
        box.setMaxWidth(Double.MAX_VALUE);
        fill(List.of());
    }

    /** Offers the open actions of the account chosen in the form, nearest to the day chosen first. */
    public void follow(ObservableValue<Account> account, ObservableValue<LocalDate> day) {
        account.addListener((o, old, a) -> load(a, day.getValue()));
        day.addListener((o, old, d) -> load(account.getValue(), d));
        load(account.getValue(), day.getValue());
    }

    private void load(Account account, LocalDate day) {
        long mine = ++generation;
        if (account == null || account.id() == null) {
            fill(List.of());
            return;
        }
        LocalDate around = day == null ? ctx.plans().today() : day;
        ctx.executor().submit(msg.get("task.loading"), p -> ctx.plans().openActionsFor(account.id(), around),
                actions -> {
                    if (mine == generation) {
                        fill(actions);
                    }
                }, e -> ctx.dialogs().showError(msg.get("error.load"), e));
    }

    private void fill(List<PlanAction> actions) {
        PlanAction keep = box.getValue();
        Choices.fill(box, actions, a -> a == null ? msg.get("plans.log.none")
                : msg.get("plans.log.option", a.title(), msg.of(a.level()), PlanText.when(a, ctx.formats(), msg)),
                true);
        box.setValue(keep != null && actions.contains(keep) ? keep : null);
        box.setDisable(actions.isEmpty());
    }

    public Node node() {
        return box;
    }

    public String label() {
        return msg.get("plans.log.action");
    }

    /** The action chosen, or null. */
    public PlanAction selected() {
        return box.getValue();
    }

    /**
     * Saves the interaction and marks the chosen action done as it says (its day and cost), in
     * one transaction; call off the FX thread. With no action chosen it only saves.
     */
    public static Interaction saveFulfilling(UiContext ctx, PlanAction chosen, Supplier<Interaction> save) {
        return ctx.plans().fulfilling(chosen == null ? null : chosen.id(), save, i -> i.at().toLocalDate(),
                Interaction::cost);
    }
}
