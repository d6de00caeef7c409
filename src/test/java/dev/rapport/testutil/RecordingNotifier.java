package dev.rapport.testutil;

import dev.rapport.ui.common.Notifier;
import java.util.ArrayList;
import java.util.List;

/** A notifier for tests: keeps every status line and undo offer, in order. */
public final class RecordingNotifier implements Notifier {
    private final List<String> messages = new ArrayList<>();

    @Override
    public void status(String message) {
        messages.add(message);
    }

    @Override
    public void undoable(String message, Runnable undo) {
        messages.add(message);
    }

    /** Everything said so far; the live list. */
    public List<String> messages() {
        return messages;
    }
}
