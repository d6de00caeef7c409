package dev.rapport.ui.common;

/** Tells the user something happened, in the window, without a dialog to dismiss. */
public interface Notifier {

    /** A short message in the status bar. */
    void status(String message);

    /** A message with an Undo button that stays for a few seconds. */
    void undoable(String message, Runnable undo);
}
