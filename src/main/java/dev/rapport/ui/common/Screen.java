package dev.rapport.ui.common;

import javafx.scene.Node;

/** A screen reachable from the navigation rail. */
public interface Screen {
    Node node();

    /** Called each time the section comes into view. */
    default void shown() {
    }

    /** Ctrl+N: create the section's kind of thing, if it has one. */
    default void createNew() {
    }

    /** Ctrl+F: put the cursor in the section's search field, if it has one. */
    default void focusSearch() {
    }

    /** Shows one record of the screen's kind (an account on Accounts), if it has records. */
    default void showRecord(long id) {
    }

    /** Alt+Left or the mouse's back button: from a record's page back to its list; false when there is none. */
    default boolean back() {
        return false;
    }

    /** The account the rep is looking at, if any: Ctrl+L logs for it. */
    default Long accountInView() {
        return null;
    }

    /** The person the rep is looking at, if any: Ctrl+L logs with them. */
    default Long contactInView() {
        return null;
    }
}
