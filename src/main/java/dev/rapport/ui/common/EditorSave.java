package dev.rapport.ui.common;

import dev.rapport.domain.EditConflict;
import dev.rapport.domain.WindowPlace;
import dev.rapport.domain.WriteScope;
import dev.rapport.i18n.Messages;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * An editor's save, so that no typed text is lost to a refused one (issue 17). The editor stays
 * open until {@link #savedProperty()} holds the saved record; while the save runs in the background
 * {@link #savingProperty()} is true and a second save is ignored. A save refused because the record
 * changed since the editor read it ({@link EditConflict}) leaves the editor open with the user's
 * text and offers: {@link #reload} (drop my changes, after a confirmation), {@link #keepMine} (save
 * my version over the newer one, after a confirmation) and {@link #copy} (my text to the clipboard).
 * Holds state and calls the store through the task executor; never touches a Node.
 *
 * @param <T> the record the editor saves
 */
public final class EditorSave<T> {

    /** How the editor's record is saved and read again; run off the FX thread. */
    public interface Store<T> {

        /** Saves the record; throws {@link EditConflict} when it changed since it was read. */
        T save(T record);

        /** The record as stored now, or empty when it is gone. */
        Optional<T> current(T mine);

        /** My record carrying the version of the stored one, so that saving it replaces it. */
        T rebase(T mine, T current);

        /**
         * This store with its saves labelled as made at the place in the window, so that a save it
         * makes newer than another editor's copy is named in that editor's conflict (decision 0017).
         */
        default Store<T> at(WriteScope scope, WindowPlace place) {
            Store<T> plain = this;
            return new Store<>() {
                @Override
                public T save(T record) {
                    return scope.at(place, () -> plain.save(record));
                }

                @Override
                public Optional<T> current(T mine) {
                    return plain.current(mine);
                }

                @Override
                public T rebase(T mine, T stored) {
                    return plain.rebase(mine, stored);
                }
            };
        }

        /** A store from its three parts, for records saved and found through one service. */
        static <T> Store<T> of(UnaryOperator<T> save, Function<T, Optional<T>> current, BinaryOperator<T> rebase) {
            return new Store<>() {
                @Override
                public T save(T record) {
                    return save.apply(record);
                }

                @Override
                public Optional<T> current(T mine) {
                    return current.apply(mine);
                }

                @Override
                public T rebase(T mine, T stored) {
                    return rebase.apply(mine, stored);
                }
            };
        }
    }

    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final TextClipboard clipboard;
    private final Messages msg;
    private final Store<T> store;
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<EditConflict> conflict = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<T> saved = new ReadOnlyObjectWrapper<>();
    private final StringBinding conflictMessage;

    public EditorSave(TaskExecutor executor, DialogService dialogs, TextClipboard clipboard, Messages msg,
            Store<T> store) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.clipboard = clipboard;
        this.msg = msg;
        this.store = store;
        ObjectProperty<EditConflict> c = conflict;
        this.conflictMessage = Bindings.createStringBinding(() -> c.get() == null ? "" : conflictMessage(msg, c.get()), c);
    }

    /**
     * What the editor says of a refused save: changed since it was opened, when and by whom (this
     * window and where in it, or the command line and its command), as far as the store knows.
     */
    public static String conflictMessage(Messages msg, EditConflict c) {
        return msg.get(c.keyFor("conflict.editor.gone", "conflict.editor.changedWho", "conflict.editor.changed",
                "conflict.editor.changedBy"), c.messageArgs().toArray());
    }

    /** True while a save (or a reload) runs: the editor says so and cannot be saved again. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** The refused save's conflict while the editor offers its three choices, else null. */
    public ReadOnlyObjectProperty<EditConflict> conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    /** What happened, for the editor to show: the record changed since it was opened, when and by whom. */
    public StringBinding conflictMessage() {
        return conflictMessage;
    }

    /** The record as saved, once the save succeeded: the editor closes with it. */
    public ReadOnlyObjectProperty<T> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** Saves my record in the background; ignored while a save runs. */
    public void save(T mine) {
        run(() -> mine);
    }

    /**
     * Drops my changes, after a confirmation: reads the record as stored now and hands it to
     * {@code fill}, which puts it into the form; the conflict is over and the editor stays open.
     */
    public void reload(T mine, Consumer<T> fill) {
        if (saving.get() || !dialogs.confirmDestructive(msg.get("conflict.reload.title"), msg.get("conflict.reload.question"),
                msg.get("conflict.reload"))) {
            return;
        }
        saving.set(true);
        executor.submit(msg.get("task.loading"), p -> store.current(mine), current -> {
            saving.set(false);
            if (current.isEmpty()) {
                dialogs.showInfo(msg.get("conflict.title"), msg.get("conflict.editor.gone"));
                return;
            }
            conflict.set(null);
            fill.accept(current.get());
        }, e -> {
            saving.set(false);
            dialogs.showError(msg.get("error.load"), e);
        }, () -> saving.set(false));
    }

    /**
     * Saves my version over the newer one, after a confirmation: reads the record's current
     * version and saves my record with it. Another change in between is a conflict again.
     */
    public void keepMine(Supplier<T> mine) {
        if (saving.get() || !dialogs.confirmDestructive(msg.get("conflict.keepMine.title"),
                msg.get("conflict.keepMine.question"), msg.get("conflict.keepMine"))) {
            return;
        }
        T record = mine.get();
        EditConflict refused = conflict.get();
        // gone: nothing to save over, the conflict stays and says so
        run(() -> store.rebase(record, store.current(record).orElseThrow(() -> new EditConflict(
                refused == null ? "record" : refused.record(), refused == null ? 0 : refused.id(), null))));
    }

    /** Asks whether to close the editor and drop what was typed into it (Escape, Cancel). */
    public boolean confirmDiscard() {
        return dialogs.confirmDestructive(msg.get("editor.discard.title"), msg.get("editor.discard.question"),
                msg.get("editor.discard"));
    }

    /** Puts my text on the clipboard; the editor stays open. */
    public void copy(String text) {
        clipboard.putText(text);
    }

    private void run(Supplier<T> toSave) {
        if (saving.get()) {
            return;
        }
        saving.set(true);
        executor.submit(msg.get("task.saving"), p -> store.save(toSave.get()), s -> {
            saving.set(false);
            conflict.set(null);
            saved.set(s);
        }, e -> {
            saving.set(false);
            if (e instanceof EditConflict c) {
                conflict.set(c);
            } else {
                dialogs.showError(msg.get("error.save"), e);
            }
        }, () -> saving.set(false));
    }
}
