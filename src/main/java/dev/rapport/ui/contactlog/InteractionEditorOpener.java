package dev.rapport.ui.contactlog;

import dev.rapport.domain.Account;
import dev.rapport.domain.Contact;
import dev.rapport.domain.plan.PlanAction;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.EditorSave;
import dev.rapport.ui.common.OpenEditors;
import dev.rapport.ui.common.Styles;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * Shows the log form over a window, for {@link LogActions}: the one node-building step of logging,
 * kept apart so that the class that calls the services builds no node (decision 0020).
 */
public final class InteractionEditorOpener {
    private final Messages msg;
    private final Supplier<Window> owner;

    /** @param owner the window the form opens over, asked for when it opens (a screen has none until shown) */
    public InteractionEditorOpener(Messages msg, Supplier<Window> owner) {
        this.msg = msg;
        this.owner = owner;
    }

    /** Shows the form in the claimed place and waits; the saved entry, or empty when cancelled. */
    Optional<LogActions.Entry> show(OpenEditors.Claim claim, InteractionEditorViewModel model, List<Account> accounts,
            List<Long> people, BiConsumer<Long, Consumer<List<Contact>>> loadPeople,
            BiConsumer<Long, Consumer<List<PlanAction>>> loadActions, boolean complaintFirst,
            EditorSave<LogActions.Entry> save) {
        String stylesheet = InteractionEditorOpener.class.getResource(Styles.APP_CSS).toExternalForm();
        return claim.showAndWait(new InteractionEditor(owner.get(), model, accounts, people, loadPeople, loadActions,
                msg, stylesheet, complaintFirst, save));
    }
}
