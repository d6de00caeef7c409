package dev.rapport.ui.common;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The editors open now, at most one per record: two editors of one record would each save their
 * own copy, and the later save would silently throw the earlier one away. Every editor of a
 * record opens through here; a second open of a record brings its editor to the front instead.
 * A record is claimed when its opening starts (often before its data is loaded, so a double
 * click or a key that repeats while the first load runs cannot start a second) and released when
 * its editor closes, however it closes. A new, unsaved record has no key and is never refused.
 * One instance per window, used on the FX thread only.
 */
public final class OpenEditors {

    /** The kinds of record that have an editor. */
    public enum Kind {
        ACCOUNT, PERSON, PLAN, PLAN_ACTION, CONTACT_LOG_ENTRY, EXIT, GIFT, FAMILY_MEMBER, IMPORTANT_DATE
    }

    /** A record: its kind and its identity within the kind. */
    public record Key(Kind kind, String id) {

        /** The record's key, or null for a new record (no id yet), which never conflicts. */
        public static Key of(Kind kind, Long id) {
            return id == null ? null : new Key(kind, Long.toString(id));
        }

        /**
         * A new record not saved yet, named by what it is for ("a gift for this person", "a new log
         * entry"): opened through a load that takes a moment, a second click or a repeated key would
         * otherwise open a second editor and save the same thing twice.
         */
        public static Key draft(Kind kind, String forWhat) {
            return new Key(kind, "new:" + forWhat);
        }

        /** An account's plan of a year: one per account and year, so this names it even before it is saved. */
        public static Key plan(long accountId, int year) {
            return new Key(Kind.PLAN, accountId + "/" + year);
        }
    }

    private final Map<Key, Claim> open = new HashMap<>();

    /**
     * Claims the record for an editor about to open. Empty when the record already has one: that
     * editor is brought to the front (or, still loading, simply appears), and nothing more opens.
     * A null key (a new record) always gets a claim of its own.
     */
    public Optional<Claim> claim(Key key) {
        if (key != null) {
            Claim holder = open.get(key);
            if (holder != null) {
                holder.toFront();
                return Optional.empty();
            }
        }
        Claim claim = new Claim(key);
        if (key != null) {
            open.put(key, claim);
        }
        return Optional.of(claim);
    }

    /**
     * Opens the record's editor and waits for it to close, or brings its open editor to the front
     * and returns empty at once; {@code editor} is only made when the record is free.
     */
    public <R> Optional<R> showAndWait(Key key, Supplier<? extends Dialog<R>> editor) {
        return claim(key).flatMap(c -> c.showAndWait(editor.get()));
    }

    /** Whether the record has an editor open or opening. */
    public boolean isOpen(Key key) {
        return key != null && open.containsKey(key);
    }

    /** One record held for one editor, from the start of its opening until it closes. */
    public final class Claim {
        private final Key key;
        private Window window;
        private boolean released;

        private Claim(Key key) {
            this.key = key;
        }

        /** Shows the editor as this record's and waits; the record is released when it closes. */
        public <R> Optional<R> showAndWait(Dialog<R> editor) {
            if (released) {
                throw new IllegalStateException("the claim on " + key + " was released before its editor opened");
            }
            window = editor.getDialogPane().getScene().getWindow();
            editor.addEventHandler(DialogEvent.DIALOG_HIDDEN, e -> release());
            try {
                return editor.showAndWait();
            } finally {
                release();
            }
        }

        /** Gives the record up without an editor: its opening failed or was abandoned. Idempotent. */
        public void release() {
            if (!released) {
                released = true;
                if (key != null && open.get(key) == this) {
                    open.remove(key);
                }
            }
        }

        private void toFront() {
            if (window == null || !window.isShowing()) {
                return;
            }
            if (window instanceof Stage stage) {
                if (stage.isIconified()) {
                    stage.setIconified(false);
                }
                stage.toFront();
            }
            window.requestFocus();
        }
    }
}
