package dev.rapport.ui.plans;

import dev.rapport.domain.Account;
import dev.rapport.domain.Contact;
import dev.rapport.domain.ValidationException;
import dev.rapport.domain.plan.Plan;
import dev.rapport.domain.plan.PlanAction;
import dev.rapport.i18n.Messages;
import dev.rapport.service.ContactService;
import dev.rapport.service.PlanService;
import dev.rapport.ui.common.UiKit;
import dev.rapport.ui.common.DialogService;
import dev.rapport.ui.common.EditorSave;
import dev.rapport.ui.common.FxTextClipboard;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.common.OpenEditors;
import dev.rapport.ui.common.TextClipboard;
import dev.rapport.domain.WindowPlace;
import java.time.Clock;
import java.time.LocalDate;
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
    private final PlanService plans;
    private final ContactService contacts;
    private final Clock clock;
    private final UiKit kit;
    private final Messages msg;
    private final Notifier notifier;

    /** {@code contacts} gives the account's people an action can name; {@code clock} today's date for new actions. */
    public PlanOpener(PlanService plans, ContactService contacts, Clock clock, UiKit kit, Notifier notifier) {
        this.plans = plans;
        this.contacts = contacts;
        this.clock = clock;
        this.kit = kit;
        this.msg = kit.messages();
        this.notifier = notifier;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Opens the account's plan for the year, or a new draft when it has none; then calls {@code saved}.
     * A plan already open (or loading) in an editor is brought to the front instead: the plan is
     * claimed before it loads, so a double click or a repeated key opens one editor.
     */
    public void open(Window owner, Account account, int year, Runnable saved) {
        record Loaded(Optional<Plan> plan, List<Contact> people) {
        }
        kit.editors().claim(OpenEditors.Key.plan(account.id(), year)).ifPresent(claim -> kit.executor().submit(
                msg.get("task.loading"), p -> new Loaded(plans.planFor(account.id(), year),
                        contacts.ofAccount(account.id())), loaded -> edit(claim, owner, account,
                                loaded.plan().orElse(Plan.draft(account.id(), year)), loaded.people(), saved),
                e -> {
                    claim.release();
                    kit.dialogs().showError(msg.get("error.load"), e);
                }, claim::release));
    }

    private void edit(OpenEditors.Claim claim, Window owner, Account account, Plan plan, List<Contact> people,
            Runnable saved) {
        PlanEditorViewModel form = new PlanEditorViewModel(plan, account, today(), msg, kit.formats());
        PlanEditor editor = new PlanEditor(owner, form, account.name(), people, msg,
                kit.formats(), stylesheet(), kit.editors(), planSave(new FxTextClipboard()));
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
        kit.editors().claim(OpenEditors.Key.of(OpenEditors.Kind.PLAN_ACTION, action.id())).ifPresent(claim ->
                kit.executor().submit(msg.get("task.loading"), p -> new Loaded(plans.findAction(action.id()),
                        contacts.ofAccount(account.id())), loaded -> {
                            if (loaded.action().isEmpty()) {
                                claim.release();
                                kit.dialogs().showInfo(msg.get("conflict.title"), msg.get("plans.planner.actionGone"));
                                saved.run();
                                return;
                            }
                            ActionEditorViewModel form = new ActionEditorViewModel(loaded.action().get(), year,
                                    today(), msg, kit.formats());
                            ActionEditor editor = ActionEditor.saving(owner, form, loaded.people(), msg, stylesheet(),
                                    actionSave(new FxTextClipboard()));
                            claim.showAndWait(editor).ifPresent(stored -> {
                                notifier.status(msg.get("plans.planner.actionSaved", stored.title()));
                                saved.run();
                            });
                        }, e -> {
                            claim.release();
                            kit.dialogs().showError(msg.get("error.load"), e);
                        }, claim::release));
    }

    /**
     * The save of one plan editor: the plan with its SWOT and actions as one unit. It stays with the
     * editor until it succeeds, and on a newer change elsewhere offers reload, keep mine or copy.
     */
    public EditorSave<Plan> planSave(TextClipboard clipboard) {
        return new EditorSave<>(kit.executor(), rulesAsInfo(), clipboard, msg, EditorSave.Store.<Plan>of(
                plans::save,
                mine -> mine.isNew() ? plans.planFor(mine.accountId(), mine.year()) : plans.find(mine.id()),
                PlanOpener::rebase).at(kit.places(), WindowPlace.PLAN_EDITOR));
    }

    /** The save of an action editor that writes the action on its own (not into a plan editor's list). */
    public EditorSave<PlanAction> actionSave(TextClipboard clipboard) {
        return new EditorSave<>(kit.executor(), rulesAsInfo(), clipboard, msg, EditorSave.Store.<PlanAction>of(
                plans::saveAction, mine -> plans.findAction(mine.id()),
                (mine, current) -> mine.withVersion(current.version())).at(kit.places(), WindowPlace.ACTION_EDITOR));
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
        boolean carry = open > 0 && kit.dialogs().confirm(msg.get("plans.nextYear"),
                msg.get("plans.nextYear.carry", open, stored.year() + 1), msg.get("plans.nextYear.carryButton"));
        kit.executor().submit(msg.get("task.saving"), p -> plans.planNextYear(stored.id(), carry), next -> {
            notifier.status(msg.get("plans.nextYear.done", account.name(), next.year()));
            saved.run();
            kit.editors().claim(OpenEditors.Key.plan(account.id(), next.year()))
                    .ifPresent(claim -> edit(claim, owner, account, next, people, saved));
        }, this::failed);
    }

    private void delete(Account account, Plan plan, Runnable changed) {
        if (!kit.dialogs().confirmDestructive(msg.get("plans.delete"), msg.get("plans.delete.question", account.name(),
                plan.year(), plan.actions().size()), msg.get("action.delete"))) {
            return;
        }
        kit.executor().submit(msg.get("task.saving"), p -> plans.delete(plan.id(), plan.version()), deleted -> {
            changed.run();
            notifier.undoable(msg.get("plans.deleted", account.name(), deleted.year()), () -> kit.executor().submit(
                    msg.get("task.saving"), p -> plans.restore(deleted), back -> {
                        notifier.status(msg.get("plans.restored", account.name(), back.year()));
                        changed.run();
                    }, this::failed));
        }, e -> kit.dialogs().showError(msg.get("error.delete"), e));
    }

    /**
     * The window's dialogs, except that a save the plan rules refused (a plan for that year made
     * meanwhile) says which rule, as {@link #failed} does, instead of a bare "not saved" error.
     */
    private DialogService rulesAsInfo() {
        DialogService dialogs = kit.dialogs();
        return new DialogService() {
            @Override
            public boolean confirm(String title, String message, String confirmButton) {
                return dialogs.confirm(title, message, confirmButton);
            }

            @Override
            public boolean confirmDestructive(String title, String message, String confirmButton) {
                return dialogs.confirmDestructive(title, message, confirmButton);
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
            kit.dialogs().showInfo(msg.get("plans.error.title"),
                    v.problems().stream().map(msg::of).collect(Collectors.joining("\n")));
        } else {
            kit.dialogs().showError(msg.get("error.save"), e);
        }
    }

    static String stylesheet() {
        return PlanOpener.class.getResource(dev.rapport.ui.common.Styles.APP_CSS).toExternalForm();
    }
}
