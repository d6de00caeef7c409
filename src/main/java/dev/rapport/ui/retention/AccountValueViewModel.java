package dev.rapport.ui.retention;

import dev.rapport.domain.Account;
import dev.rapport.domain.AccountExit;
import dev.rapport.domain.AccountValue;
import dev.rapport.domain.Tier;
import dev.rapport.domain.WindowPlace;
import dev.rapport.i18n.Messages;
import dev.rapport.service.AccountService;
import dev.rapport.service.RetentionService;
import dev.rapport.ui.common.EditorSave;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.common.TextClipboard;
import dev.rapport.ui.common.UiKit;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The selected account's value and health as loaded, and what the value pane changes: customer
 * since, "at risk", an accepted tier, an exit recorded, corrected, undone or won back.
 */
public final class AccountValueViewModel {
    /** What the pane shows of one account. */
    public record Shown(Account account, AccountValue value, List<AccountExit> exits, LocalDate since) {
    }

    private final RetentionService retention;
    private final AccountService accounts;
    private final UiKit kit;
    private final Notifier notifier;
    private final LongConsumer changed;
    private final Messages msg;
    private final ObjectProperty<Shown> shown = new SimpleObjectProperty<>();
    private Account account;

    /**
     * @param changed told the id of an account this pane changed (exited, reactivated, re-tiered)
     */
    public AccountValueViewModel(RetentionService retention, AccountService accounts, UiKit kit, Notifier notifier,
            LongConsumer changed) {
        this.retention = retention;
        this.accounts = accounts;
        this.kit = kit;
        this.notifier = notifier;
        this.changed = changed;
        this.msg = kit.messages();
    }

    /** The account shown with its value, or null while none is (or it is still loading). */
    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown;
    }

    /** Shows the account's value, loaded in the background; null clears the pane. */
    public void show(Account a) {
        this.account = a;
        shown.set(null);
        if (a == null) {
            return;
        }
        long id = a.id();
        kit.executor().submit(msg.get("task.loading"), p -> new Shown(a, retention.value(id).orElse(null),
                retention.exitsOf(id), retention.customerSince(a)), loaded -> {
                    if (account != null && account.id() == id && loaded.value() != null) {
                        shown.set(loaded);
                    }
                }, e -> kit.dialogs().showError(msg.get("error.load"), e));
    }

    /** The day a new exit is recorded on and the latest "customer since" may be. */
    public LocalDate today() {
        return retention.today();
    }

    /** The exit an exited account is in now: its latest one not won back. */
    static Optional<AccountExit> currentExit(List<AccountExit> exits) {
        return exits.isEmpty() || exits.get(exits.size() - 1).reactivated() ? Optional.empty()
                : Optional.of(exits.get(exits.size() - 1));
    }

    /** Saves the day the relationship began; false, and nothing saved, when that day is still to come. */
    public boolean saveCustomerSince(Account a, LocalDate day) {
        if (day.isAfter(today())) {
            return false;
        }
        run(() -> retention.setCustomerSince(a.id(), day), "retention.value.sinceSaved", a);
        return true;
    }

    public void markAtRisk(Account a) {
        run(() -> retention.markAtRisk(a.id()), "retention.health.markedAtRisk", a);
    }

    public void acceptTier(Account a, Tier proposed) {
        run(() -> retention.acceptTier(a.id(), proposed), "retention.abc.accepted", a);
    }

    /** Wins the account back (the view asked first). */
    public void reactivate(Account a) {
        run(() -> retention.reactivate(a.id()), "retention.reactivate.done", a);
    }

    /** After the exit editor recorded an exit: the list hears of it, and the status offers Undo. */
    public void exited(Account a, ExitEditorViewModel.Entry saved) {
        changed.accept(a.id());
        notifier.undoable(msg.get("retention.exit.done", a.name()), () -> run(
                () -> retention.undoExit(saved.result().exit(), a.stage()), "retention.exit.undone", a));
    }

    /** After the exit editor corrected an exit recorded before: as {@link #exited}, the undo restoring the exit as it was. */
    public void exitEdited(Account a, ExitEditorViewModel.Entry saved) {
        changed.accept(a.id());
        notifier.undoable(msg.get("retention.exit.edited", a.name()), () -> run(
                () -> retention.undoEditExit(saved.edit()), "retention.exit.editUndone", a));
    }

    /**
     * The save of one exit editor: records a new exit or corrects one recorded before, and stays with
     * the editor until it succeeded; on a newer change elsewhere it offers reload, keep mine or copy
     * (see {@link EditorSave}).
     */
    public EditorSave<ExitEditorViewModel.Entry> exitEditorSave(TextClipboard clipboard) {
        return new EditorSave<>(kit.executor(), kit.dialogs(), clipboard, msg, EditorSave.Store.<ExitEditorViewModel.Entry>of(
                this::saveExit, this::storedExit, (mine, current) -> new ExitEditorViewModel.Entry(new ExitEditorViewModel.Result(
                        mine.result().exit().withVersion(current.result().exit().version()),
                        mine.result().customerSince()), null)).at(kit.places(), WindowPlace.EXIT_EDITOR));
    }

    private ExitEditorViewModel.Entry saveExit(ExitEditorViewModel.Entry entry) {
        AccountExit exit = entry.result().exit();
        LocalDate since = entry.result().customerSince();
        if (exit.id() == null) {
            return new ExitEditorViewModel.Entry(new ExitEditorViewModel.Result(retention.exit(exit, since), since), null);
        }
        RetentionService.ExitEdit edit = retention.editExit(exit, since);
        return new ExitEditorViewModel.Entry(new ExitEditorViewModel.Result(edit.after(), since), edit);
    }

    /** The exit as stored now, with the account's "customer since" day; empty when it or its account is gone. */
    private Optional<ExitEditorViewModel.Entry> storedExit(ExitEditorViewModel.Entry mine) {
        AccountExit exit = mine.result().exit();
        if (exit == null || exit.id() == null) {
            return Optional.empty();
        }
        return accounts.find(exit.accountId()).flatMap(a -> retention.exitsOf(a.id()).stream()
                .filter(e -> e.id().equals(exit.id())).findFirst()
                .map(e -> new ExitEditorViewModel.Entry(new ExitEditorViewModel.Result(e, retention.customerSince(a)), null)));
    }

    private void run(Runnable work, String doneKey, Account a) {
        kit.executor().submit(msg.get("task.saving"), p -> {
            kit.places().at(WindowPlace.VALUE_PANE, () -> {
                work.run();
                return null;
            });
            return a.id();
        }, id -> {
            notifier.status(msg.get(doneKey, a.name()));
            changed.accept(id);
        }, e -> kit.dialogs().showError(msg.get("error.save"), e));
    }
}
