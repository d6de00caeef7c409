package dev.rapport.ui.plans;

import dev.rapport.domain.Account;
import dev.rapport.domain.Contact;
import dev.rapport.domain.ValidationException;
import dev.rapport.domain.plan.Plan;
import dev.rapport.domain.plan.PlanAction;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.UiContext;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.common.OpenEditors;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.stage.Window;

/**
 * Opens a plan in the editor and saves what comes back, from the account detail and from the
 * Planner alike; "Plan next year" then creates next year's plan and opens it.
 */
public final class PlanOpener {
    private final UiContext ctx;
    private final Messages msg;
    private final Notifier notifier;

    public PlanOpener(UiContext ctx, Notifier notifier) {
        this.ctx = ctx;
        this.msg = ctx.messages();
        this.notifier = notifier;
    }

    /**
     * Opens the account's plan for the year, or a new draft when it has none; then calls {@code saved}.
     * A plan already open (or loading) in an editor is brought to the front instead: the plan is
     * claimed before it loads, so a double click or a repeated key opens one editor.
     */
    public void open(Window owner, Account account, int year, Runnable saved) {
        record Loaded(Optional<Plan> plan, List<Contact> people) {
        }
        ctx.editors().claim(OpenEditors.Key.plan(account.id(), year)).ifPresent(claim -> ctx.executor().submit(
                msg.get("task.loading"), p -> new Loaded(ctx.plans().planFor(account.id(), year),
                        ctx.contacts().ofAccount(account.id())), loaded -> edit(claim, owner, account,
                                loaded.plan().orElse(Plan.draft(account.id(), year)), loaded.people(), saved),
                e -> {
                    claim.release();
                    ctx.dialogs().showError(msg.get("error.load"), e);
                }, claim::release));
    }

    private void edit(OpenEditors.Claim claim, Window owner, Account account, Plan plan, List<Contact> people,
            Runnable saved) {
        PlanEditor editor = new PlanEditor(owner, plan, account, ctx.plans().today(), people, msg,
                ctx.formats(), stylesheet(), ctx.editors());
        Optional<Plan> result = claim.showAndWait(editor);
        if (editor.deleteRequested()) {
            delete(account, plan, saved);
            return;
        }
        result.ifPresent(edited -> ctx.executor().submit(msg.get("task.saving"),
                p -> ctx.plans().save(edited), stored -> {
                    notifier.status(msg.get("plans.saved", account.name(), stored.year()));
                    saved.run();
                    if (editor.nextYearRequested()) {
                        nextYear(owner, account, stored, people, saved);
                    }
                }, e -> failed(e)));
    }

    private void nextYear(Window owner, Account account, Plan stored, List<Contact> people, Runnable saved) {
        long open = stored.actions().stream().filter(PlanAction::isOpen).count();
        boolean carry = open > 0 && ctx.dialogs().confirm(msg.get("plans.nextYear"),
                msg.get("plans.nextYear.carry", open, stored.year() + 1), msg.get("plans.nextYear.carryButton"));
        ctx.executor().submit(msg.get("task.saving"), p -> ctx.plans().planNextYear(stored.id(), carry), next -> {
            notifier.status(msg.get("plans.nextYear.done", account.name(), next.year()));
            saved.run();
            ctx.editors().claim(OpenEditors.Key.plan(account.id(), next.year()))
                    .ifPresent(claim -> edit(claim, owner, account, next, people, saved));
        }, this::failed);
    }

    private void delete(Account account, Plan plan, Runnable changed) {
        if (!ctx.dialogs().confirm(msg.get("plans.delete"), msg.get("plans.delete.question", account.name(),
                plan.year(), plan.actions().size()), msg.get("action.delete"))) {
            return;
        }
        ctx.executor().submit(msg.get("task.saving"), p -> ctx.plans().delete(plan.id(), plan.version()), deleted -> {
            changed.run();
            notifier.undoable(msg.get("plans.deleted", account.name(), deleted.year()), () -> ctx.executor().submit(
                    msg.get("task.saving"), p -> ctx.plans().restore(deleted), back -> {
                        notifier.status(msg.get("plans.restored", account.name(), back.year()));
                        changed.run();
                    }, this::failed));
        }, e -> ctx.dialogs().showError(msg.get("error.delete"), e));
    }

    void failed(Throwable e) {
        if (e instanceof ValidationException v) {
            ctx.dialogs().showInfo(msg.get("plans.error.title"),
                    v.problems().stream().map(msg::of).collect(Collectors.joining("\n")));
        } else {
            ctx.dialogs().showError(msg.get("error.save"), e);
        }
    }

    static String stylesheet() {
        return PlanOpener.class.getResource(dev.rapport.ui.common.Styles.APP_CSS).toExternalForm();
    }
}
