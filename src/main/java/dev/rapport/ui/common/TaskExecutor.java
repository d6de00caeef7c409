package dev.rapport.ui.common;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * Runs work off the FX thread and hands the result back on it. The window shows the running
 * task's progress and lets the user cancel it; tests use {@link DirectTaskExecutor}.
 */
public interface TaskExecutor {

    /**
     * @param title     what the status bar says while it runs (already localized)
     * @param work      the work, told about progress and cancellation
     * @param onSuccess called on the FX thread with the result
     * @param onFailure called on the FX thread with the error (not called when cancelled)
     */
    default <T> void submit(String title, BackgroundWork<T> work, Consumer<T> onSuccess,
            Consumer<Throwable> onFailure) {
        submit(title, work, onSuccess, onFailure, () -> { });
    }

    /**
     * ...and {@code onCancelled}, on the FX thread, when the user cancels it: for work that holds
     * something until it ends either way, such as an editor's claim on the record it loads.
     */
    <T> void submit(String title, BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
            Runnable onCancelled);

    /** Whether something is running now. */
    ReadOnlyBooleanProperty busyProperty();

    /** The running task's title. */
    ReadOnlyStringProperty titleProperty();

    /** The running task's progress, 0..1, or -1 when unknown. */
    ReadOnlyDoubleProperty progressProperty();

    /** Asks the running task to stop. */
    void cancel();
}
