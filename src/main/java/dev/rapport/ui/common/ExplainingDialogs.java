package dev.rapport.ui.common;

import dev.rapport.domain.KnownProblem;
import dev.rapport.i18n.Messages;

/**
 * Adds to an error what the user can act on when the cause is a known problem: a full disk or a
 * read-only folder, which folder, and what to free or fix. The screen's own message says what
 * failed. Every screen's dialogs come through here (see {@link UiKit}).
 */
public final class ExplainingDialogs implements DialogService {
    private final DialogService dialogs;
    private final Messages messages;

    private ExplainingDialogs(DialogService dialogs, Messages messages) {
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** The dialogs, explaining known problems (once, however often it is wrapped). */
    public static DialogService around(DialogService dialogs, Messages messages) {
        if (dialogs == null || dialogs instanceof ExplainingDialogs) {
            return dialogs;
        }
        return new ExplainingDialogs(dialogs, messages);
    }

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
        dialogs.showError(KnownProblem.in(error).map(k -> message + "\n\n" + messages.of(k)).orElse(message), error);
    }

    @Override
    public void showInfo(String title, String message) {
        dialogs.showInfo(title, message);
    }
}
