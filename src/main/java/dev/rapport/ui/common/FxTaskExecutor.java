package dev.rapport.ui.common;

import dev.rapport.service.Progress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * Runs background work as JavaFX tasks, one after another on a single daemon thread: the
 * embedded database serialises writes anyway, and one queue keeps results in submit order.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private final ExecutorService pool;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final AtomicInteger pending = new AtomicInteger();
    private Task<?> current;

    public FxTaskExecutor() {
        this.pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "rapport-background");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void submit(String taskTitle, BackgroundWork<T> work, Consumer<T> onSuccess,
            Consumer<Throwable> onFailure, Runnable onCancelled) {
        if (pool.isShutdown()) {
            // the window closed: a load that ended after it asked for the next one; nobody is there to see it
            org.slf4j.LoggerFactory.getLogger(FxTaskExecutor.class).debug("not started after close: {}", taskTitle);
            return;
        }
        WorkTask<T> task = new WorkTask<>(work);
        task.setOnRunning(e -> {
            current = task;
            title.set(taskTitle);
            progress.bind(task.progressProperty());
        });
        task.setOnSucceeded(e -> {
            finished(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished(task);
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(e -> {
            finished(task);
            onCancelled.run();
        });
        pending.incrementAndGet();
        busy.set(true);
        pool.execute(task);
    }

    private void finished(Task<?> task) {
        if (current == task) {
            progress.unbind();
            progress.set(0);
            title.set("");
            current = null;
        }
        busy.set(pending.decrementAndGet() > 0);
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public void cancel() {
        Task<?> task = current;
        if (task != null) {
            task.cancel(false);
        }
    }

    /** Lets queued work finish (a save in flight must not be lost), then stops the thread. */
    @Override
    public void close() {
        pool.shutdown();
        try {
            pool.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A JavaFX task that is also the work's view of its progress and cancellation. */
    private static final class WorkTask<T> extends Task<T> implements Progress {
        private final BackgroundWork<T> work;

        WorkTask(BackgroundWork<T> work) {
            this.work = work;
        }

        @Override
        protected T call() throws Exception {
            return work.run(this);
        }

        @Override
        public void update(long done, long total) {
            updateProgress(done, total);
        }
    }
}
