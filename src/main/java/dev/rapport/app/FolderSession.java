package dev.rapport.app;

import dev.rapport.i18n.Messages;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The data folder's slow steps for the window: opening (unlocking, migrating), restoring,
 * changing the password and closing with its backup. Each runs off the FX thread; the FX thread
 * only shows which step is under way ({@link #stepProperty}), so the window never freezes while
 * Flyway, H2's encryption or a backup works. See decision 0019.
 *
 * <p>Steps run one at a time: the launcher starts one only when the last has handed back.
 */
final class FolderSession {
    /**
     * Each step on its own thread, and not a daemon: a JVM whose last window closed must still
     * finish the on-close backup (or a half-done restore) before it exits.
     */
    static final Executor OWN_THREAD = work -> {
        Thread t = new Thread(work, "rapport-folder");
        t.setDaemon(false);
        t.start();
    };

    private final Executor steps;
    /** What the folder is doing now, in the user's language; empty when idle. Read and written on the FX thread. */
    private final ReadOnlyStringWrapper step = new ReadOnlyStringWrapper("");
    private volatile Messages messages;

    /**
     * @param steps runs each step off the FX thread ({@link #OWN_THREAD}; tests hold it to look at the window meanwhile)
     */
    FolderSession(Messages messages, Executor steps) {
        this.messages = messages;
        this.steps = steps;
    }

    /** The language the steps are named in, which the first start may change. */
    void messages(Messages language) {
        this.messages = language;
    }

    ReadOnlyStringProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /**
     * Names the step now under way, from any thread: a step that turns out to need more (an
     * open that must migrate first) says so while it works.
     */
    void announce(String messageKey) {
        String text = messages.get(messageKey);
        if (Platform.isFxApplicationThread()) {
            step.set(text);
        } else {
            Platform.runLater(() -> step.set(text));
        }
    }

    /**
     * Runs the work off the FX thread and hands its result (or failure) to the FX thread. For
     * steps the window goes on without waiting for: a reopen, the close.
     */
    <T> void run(String messageKey, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        announce(messageKey);
        steps.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Throwable e) {
                Platform.runLater(() -> {
                    step.set("");
                    failed.accept(e);
                });
                return;
            }
            Platform.runLater(() -> {
                step.set("");
                done.accept(result);
            });
        });
    }

    /**
     * Runs the work off the FX thread and returns its result once done, running the FX thread's
     * events meanwhile in a nested event loop, as {@code Dialog.showAndWait} does: the start asks,
     * opens and retries in sequence (password, damaged file, newest backup), and this keeps that
     * sequence readable while the window stays painted and responsive. Call it on the FX thread,
     * outside animation and layout.
     */
    <T> T await(String messageKey, Callable<T> work) {
        Object loop = new Object();
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        run(messageKey, work, value -> {
            result.set(value);
            Platform.exitNestedEventLoop(loop, null);
        }, error -> {
            failure.set(error);
            Platform.exitNestedEventLoop(loop, null);
        });
        Platform.enterNestedEventLoop(loop);
        Throwable error = failure.get();
        if (error instanceof RuntimeException r) {
            throw r;
        }
        if (error instanceof Error e) {
            throw e;
        }
        if (error != null) {
            throw new IllegalStateException(error);
        }
        return result.get();
    }
}
