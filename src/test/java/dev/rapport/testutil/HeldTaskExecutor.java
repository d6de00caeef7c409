package dev.rapport.testutil;

import dev.rapport.ui.common.BackgroundWork;
import dev.rapport.ui.common.DirectTaskExecutor;
import dev.rapport.ui.common.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * Runs work at once, like {@link DirectTaskExecutor}, until told to hold it: then work waits
 * until {@link #release()}, and each piece finishes in its own FX event, as a background load
 * does on the desktop. Lets a test put a second click between a click and the load it started.
 */
public final class HeldTaskExecutor implements TaskExecutor {
    private final DirectTaskExecutor direct = new DirectTaskExecutor();
    private final List<Runnable> held = new ArrayList<>();
    private final List<Runnable> cancelHandlers = new ArrayList<>();
    private boolean holding;

    /** From now on, work waits for {@link #release()}. */
    public synchronized void hold() {
        holding = true;
    }

    /** Lets the held work run, one FX event each, in the order it came; later work runs at once again. */
    public void release() {
        List<Runnable> now;
        synchronized (this) {
            holding = false;
            now = new ArrayList<>(held);
            held.clear();
            cancelHandlers.clear();
        }
        now.forEach(Platform::runLater);
    }

    /** Cancels the held work, as the status bar's Cancel does: none of it runs, each hears it was cancelled. */
    public void cancelHeld() {
        List<Runnable> cancelled;
        synchronized (this) {
            holding = false;
            cancelled = new ArrayList<>(cancelHandlers);
            held.clear();
            cancelHandlers.clear();
        }
        cancelled.forEach(Platform::runLater);
    }

    /** How many pieces of work wait. */
    public synchronized int heldCount() {
        return held.size();
    }

    @Override
    public <T> void submit(String title, BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
            Runnable onCancelled) {
        synchronized (this) {
            if (holding) {
                held.add(() -> direct.submit(title, work, onSuccess, onFailure, onCancelled));
                cancelHandlers.add(onCancelled);
                return;
            }
        }
        direct.submit(title, work, onSuccess, onFailure, onCancelled);
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return direct.busyProperty();
    }

    @Override
    public ReadOnlyStringProperty titleProperty() {
        return direct.titleProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return direct.progressProperty();
    }

    @Override
    public void cancel() {
        direct.cancel();
    }
}
