package dev.rapport.ui.today;

import dev.rapport.i18n.Messages;
import dev.rapport.service.AccountService;
import dev.rapport.service.DemoDataService;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.common.UiKit;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Whether the book is still empty, so Today can say what to do first instead of showing empty
 * sections; and the sample data it offers.
 */
public final class GettingStartedViewModel {
    private final AccountService accounts;
    private final DemoDataService demo;
    private final UiKit kit;
    private final Messages msg;
    private final Notifier notifier;
    /** False until a load says there is no account: the card never flashes up over a full book. */
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(false);

    public GettingStartedViewModel(AccountService accounts, DemoDataService demo, UiKit kit, Notifier notifier) {
        this.accounts = accounts;
        this.demo = demo;
        this.kit = kit;
        this.msg = kit.messages();
        this.notifier = notifier;
    }

    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** Counts the accounts again (off the FX thread). */
    public void reload() {
        kit.executor().submit(msg.get("task.loading"), p -> accounts.count(), count -> empty.set(count == 0),
                e -> kit.dialogs().showError(msg.get("error.load"), e));
    }

    /** Fills the book with the sample accounts and people, then runs {@code after} (Today shows them). */
    public void createSampleData(Runnable after) {
        kit.executor().submit(msg.get("task.sampleData"), p -> demo.generate(40, 120, p), summary -> {
            notifier.status(msg.get("accounts.sampleCreated", summary.accounts(), summary.contacts()));
            empty.set(false);
            after.run();
        }, e -> kit.dialogs().showError(msg.get("error.save"), e));
    }
}
