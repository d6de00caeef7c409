package dev.rapport.ui.common;

import java.util.function.Supplier;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;

/**
 * Keeps an editor from closing in two ways that lost work: Escape (or Cancel, or the window's
 * close box) while its save runs closed it, the save went on, and nothing told the rep it had
 * landed, so they typed it again; and Escape after typing threw the text away without a word.
 * While a save runs the editor cannot be closed (Cancel is disabled; its result closes it); with
 * changes typed, closing asks first. Compares the form's text ({@code copyText}, as "Copy my
 * text" gives it) with what it showed when it opened.
 */
public final class EditorGuard {
    private EditorGuard() {
    }

    /**
     * Installs the guard; call once the dialog's buttons are set and its form filled.
     *
     * @param text the form as text, the same every time for the same content
     */
    public static void install(Dialog<?> editor, EditorSave<?> save, Supplier<String> text) {
        String[] opened = {text.get()};
        // lists an editor fills once it shows (a person's people, a plan's actions) are not the rep's typing
        editor.addEventHandler(DialogEvent.DIALOG_SHOWN, e -> javafx.application.Platform.runLater(() -> opened[0] = text.get()));
        editor.getDialogPane().getButtonTypes().stream()
                .filter(t -> t.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE)
                .map(t -> editor.getDialogPane().lookupButton(t))
                .forEach(cancel -> cancel.disableProperty().bind(save.savingProperty()));
        // a reload shows the stored record: that is what closing would now leave, nothing to discard
        save.conflictProperty().addListener((obs, was, is) -> {
            if (was != null && is == null && save.savedProperty().get() == null) {
                opened[0] = text.get();
            }
        });
        editor.addEventHandler(DialogEvent.DIALOG_CLOSE_REQUEST, e -> {
            if (save.savedProperty().get() != null || editor.getResult() != null) {
                return; // closing with the record saved, or with another answer (a plan's Delete)
            }
            if (save.savingProperty().get()) {
                e.consume(); // the save's result closes the editor, or shows why it could not
                return;
            }
            if (!opened[0].equals(text.get()) && !save.confirmDiscard()) {
                e.consume();
            }
        });
    }
}
