package dev.rapport.ui.common;

/**
 * Every question and error the user sees goes through here, so tests can answer with a fake.
 * Texts arrive already localized.
 */
public interface DialogService {

    /** Asks before something hard to take back; true when the user agreed. */
    boolean confirm(String title, String message, String confirmButton);

    /**
     * Asks before something that deletes, replaces or throws away the rep's data (a delete, a restore,
     * discarding edits): Cancel is the default button, so Enter or Escape pressed out of habit keeps
     * the data; only a deliberate choice of the confirm button goes ahead. True when the user agreed.
     */
    boolean confirmDestructive(String title, String message, String confirmButton);

    /** A short message for the user; the stack trace goes to the log once and sits behind "Details". */
    void showError(String message, Throwable error);

    void showInfo(String title, String message);
}
