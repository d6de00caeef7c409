package dev.rapport.ui.memory;

import dev.rapport.domain.ImportantDate;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.UiContext;
import dev.rapport.ui.common.EditorSave;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.common.TextClipboard;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The important dates of the account in view (partnership anniversary, events); saved at once, deletes undoable. */
public final class AccountDatesViewModel {
    private final UiContext ctx;
    private final Notifier notifier;
    private final Messages msg;
    private final ObservableList<ImportantDate> dates = FXCollections.observableArrayList();
    private final ObservableList<ImportantDate> readOnly = FXCollections.unmodifiableObservableList(dates);
    private Long accountId;

    public AccountDatesViewModel(UiContext ctx, Notifier notifier) {
        this.ctx = ctx;
        this.notifier = notifier;
        this.msg = ctx.messages();
    }

    public ObservableList<ImportantDate> dates() {
        return readOnly;
    }

    public Long accountId() {
        return accountId;
    }

    /** Shows an account's dates, or none with null. */
    public void show(Long account) {
        this.accountId = account;
        if (account == null) {
            dates.clear();
            return;
        }
        reload();
    }

    private void reload() {
        Long shown = accountId;
        ctx.executor().submit(msg.get("task.loading"), p -> ctx.memory().datesOfAccount(shown), loaded -> {
            if (shown.equals(accountId)) {
                dates.setAll(loaded);
            }
        }, e -> ctx.dialogs().showError(msg.get("error.load"), e));
    }

    /** The save of one important date editor (see {@link MemorySaves}). */
    public EditorSave<ImportantDate> editorSave(TextClipboard clipboard) {
        return MemorySaves.date(ctx, clipboard);
    }

    /** After an editor saved a date: says so and shows the account's dates again. */
    public void saved(ImportantDate date) {
        notifier.status(msg.get("memory.date.saved", MemoryText.title(msg, date)));
        reload();
    }

    public void delete(ImportantDate date) {
        ctx.executor().submit(msg.get("task.saving"), p -> ctx.memory().deleteDate(date), d -> {
            reload();
            notifier.undoable(msg.get("memory.date.deleted", MemoryText.title(msg, d)), () -> ctx.executor().submit(
                    msg.get("task.saving"), p -> ctx.memory().undoDeleteDate(d), r -> {
                        notifier.status(msg.get("memory.restored"));
                        reload();
                    }, e -> ctx.dialogs().showError(msg.get("error.save"), e)));
        }, e -> ctx.dialogs().showError(msg.get("error.delete"), e));
    }
}
