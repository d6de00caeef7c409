package dev.rapport.ui.plans;

import dev.rapport.domain.Account;
import dev.rapport.domain.Contact;
import dev.rapport.domain.ValidationException;
import dev.rapport.domain.plan.Plan;
import dev.rapport.domain.plan.PlanAction;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.UiContext;
import dev.rapport.ui.common.DialogService;
import dev.rapport.ui.common.EditorSave;
import dev.rapport.ui.common.FxTextClipboard;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.common.OpenEditors;
import dev.rapport.ui.common.TextClipboard;
import dev.rapport.domain.WindowPlace;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
                ctx.formats(), stylesheet(), ctx.editors(), planSave(new FxTextClipboard()));
        Optional<Plan> result = claim.showAndWait(editor);
        if (editor.deleteRequested()) {
            result.ifPresent(shown -> delete(account, shown, saved));
            return;
        }
        // the editor closes only once its save succeeded: what comes back is the plan as stored
        result.ifPresent(stored -> {
            notifier.status(msg.get("plans.saved", account.name(), stored.year()));
            saved.run();
            if (editor.nextYearRequested()) {
                nextYear(owner, account, stored, people, saved);
            }
        });
    }

    /**
     * Opens one action of a stored plan in an editor that saves it on its own (the Planner), as it
     * is stored now; then calls {@code saved}. An action already open in an editor is brought to the
     * front instead.
     */
    public void openAction(Window owner, Account account, PlanAction action, int year, Runnable saved) {
        record Loaded(Optional<PlanAction> action, List<Contact> people) {
        }
        ctx.editors().claim(OpenEditors.Key.of(OpenEditors.Kind.PLAN_ACTION, action.id())).ifPresent(claim ->
                ctx.executor().submit(msg.get("task.loading"), p -> new Loaded(ctx.plans().findAction(action.id()),
                        ctx.contacts().ofAccount(account.id())), loaded -> {
                            if (loaded.action().isEmpty()) {
                                claim.release();
                                ctx.dialogs().showInfo(msg.get("conflict.title"), msg.get("plans.planner.actionGone"));
                                saved.run();
                                return;
                            }
                            ActionEditor editor = ActionEditor.saving(owner, loaded.action().get(), year,
                                    ctx.plans().today(), loaded.people(), msg, ctx.formats(), stylesheet(),
                                    actionSave(new FxTextClipboard()));
                            claim.showAndWait(editor).ifPresent(stored -> {
                                notifier.status(msg.get("plans.planner.actionSaved", stored.title()));
                                saved.run();
                            });
                        }, e -> {
                            claim.release();
                            ctx.dialogs().showError(msg.get("error.load"), e);
                        }, claim::release));
    }

    /**
     * The save of one plan editor: the plan with its SWOT and actions as one unit. It stays with the
     * editor until it succeeds, and on a newer change elsewhere offers reload, keep mine or copy.
     */
    public EditorSave<Plan> planSave(TextClipboard clipboard) {
        return new EditorSave<>(ctx.executor(), rulesAsInfo(), clipboard, msg, EditorSave.Store.<Plan>of(
                ctx.plans()::save,
                mine -> mine.isNew() ? ctx.plans().planFor(mine.accountId(), mine.year()) : ctx.plans().find(mine.id()),
                PlanOpener::rebase).at(ctx.places(), WindowPlace.PLAN_EDITOR));
    }

    /** The save of an action editor that writes the action on its own (not into a plan editor's list). */
    public EditorSave<PlanAction> actionSave(TextClipboard clipboard) {
        return new EditorSave<>(ctx.executor(), rulesAsInfo(), clipboard, msg, EditorSave.Store.<PlanAction>of(
                ctx.plans()::saveAction, mine -> ctx.plans().findAction(mine.id()),
                (mine, current) -> mine.withVersion(current.version())).at(ctx.places(), WindowPlace.ACTION_EDITOR));
    }

    /**
     * My plan, all of it as the editor shows it, made to replace the stored one: the plan and each of
     * my actions that is still stored carry the stored version; an action removed elsewhere that my
     * editor still shows is saved again as a new one, and a stored action my editor does not show
     * is removed, so that what is saved is exactly what was on screen.
     */
    static Plan rebase(Plan mine, Plan current) {
        Map<Long, PlanAction> stored = new HashMap<>();
        current.actions().forEach(a -> stored.put(a.id(), a));
        List<PlanAction> actions = mine.actions().stream().map(a -> {
            if (a.id() == null) {
                return a;
            }
            PlanAction now = stored.get(a.id());
            return now == null ? a.withId(null, null).withVersion(0) : a.withVersion(now.version());
        }).toList();
        return new Plan(current.id(), mine.accountId(), mine.year(), mine.status(), mine.objectives(), mine.swot(),
                mine.strategy(), mine.budget(), actions, mine.review(), current.createdAt(), current.updatedAt(),
                current.version());
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

    /**
     * The window's dialogs, except that a save the plan rules refused (a plan for that year made
     * meanwhile) says which rule, as {@link #failed} does, instead of a bare "not saved" error.
     */
    private DialogService rulesAsInfo() {
        DialogService dialogs = ctx.dialogs();
        return new DialogService() {
            @Override
            public boolean confirm(String title, String message, String confirmButton) {
                return dialogs.confirm(title, message, confirmButton);
            }

            @Override
            public void showError(String message, Throwable error) {
                if (error instanceof ValidationException) {
                    failed(error);
                } else {
                    dialogs.showError(message, error);
                }
            }

            @Override
            public void showInfo(String title, String message) {
                dialogs.showInfo(title, message);
            }
        };
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
