package dev.rapport.testutil;

import dev.rapport.ui.common.DialogService;
import java.util.ArrayList;
import java.util.List;

/** Answers every question with a preset answer and remembers what the user would have seen. */
public final class FakeDialogs implements DialogService {
    public final List<String> confirmations = new ArrayList<>();
    /** The questions among {@link #confirmations} asked as destructive (Cancel the default). */
    public final List<String> destructive = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final List<Throwable> errorCauses = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    private volatile boolean answer = true;

    public FakeDialogs answering(boolean yes) {
        this.answer = yes;
        return this;
    }

    @Override
    public boolean confirm(String title, String message, String confirmButton) {
        confirmations.add(message);
        return answer;
    }

    @Override
    public boolean confirmDestructive(String title, String message, String confirmButton) {
        destructive.add(message);
        return confirm(title, message, confirmButton);
    }

    @Override
    public void showError(String message, Throwable error) {
        errors.add(message);
        errorCauses.add(error);
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(message);
    }
}
