package dev.rapport.ui.memory;

import dev.rapport.domain.ImportantDate;
import dev.rapport.i18n.Messages;
import dev.rapport.service.MemoryService;
import dev.rapport.ui.common.EditorSave;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.common.TextClipboard;
import dev.rapport.ui.common.UiKit;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The important dates of the account in view (partnership anniversary, events); saved at once, deletes undoable. */
public final class AccountDatesViewModel {
    private final MemoryService memory;
    private final UiKit kit;
    private final MemorySaves saves;
    private final Notifier notifier;
    private final Messages msg;
    private final ObservableList<ImportantDate> dates = FXCollections.observableArrayList();
    private final ObservableList<ImportantDate> readOnly = FXCollections.unmodifiableObservableList(dates);
    private Long accountId;

    public AccountDatesViewModel(MemoryService memory, UiKit kit, Notifier notifier) {
        this.memory = memory;
        this.kit = kit;
        this.saves = new MemorySaves(memory, kit);
        this.notifier = notifier;
        this.msg = kit.messages();
    }

    public ObservableList<ImportantDate> dates() {
        return readOnly;
    }

    public Long accountId() {
        return accountId;
    }

    /** Shows an account's dates, or none with null. */
    public void show(Long account) {
        if (!java.util.Objects.equals(account, accountId)) {
            dates.clear(); // not the last account's dates while this one's load waits
        }
        this.accountId = account;
        if (account == null) {
            dates.clear();
            return;
        }
        reload();
    }

    private void reload() {
        Long shown = accountId;
        kit.executor().submit(msg.get("task.loading"), p -> memory.datesOfAccount(shown), loaded -> {
            if (shown.equals(accountId)) {
                dates.setAll(loaded);
            }
        }, e -> kit.dialogs().showError(msg.get("error.load"), e));
    }

    /** The save of one important date editor (see {@link MemorySaves}). */
    public EditorSave<ImportantDate> editorSave(TextClipboard clipboard) {
        return saves.date(clipboard);
    }

    /** After an editor saved a date: says so and shows the account's dates again. */
    public void saved(ImportantDate date) {
        notifier.status(msg.get("memory.date.saved", MemoryText.title(msg, date)));
        reload();
    }

    public void delete(ImportantDate date) {
        kit.executor().submit(msg.get("task.saving"), p -> memory.deleteDate(date), d -> {
            reload();
            notifier.undoable(msg.get("memory.date.deleted", MemoryText.title(msg, d)), () -> kit.executor().submit(
                    msg.get("task.saving"), p -> memory.undoDeleteDate(d), r -> {
                        notifier.status(msg.get("memory.restored"));
                        reload();
                    }, e -> kit.dialogs().showError(msg.get("error.save"), e)));
        }, e -> kit.dialogs().showError(msg.get("error.delete"), e));
    }
}
