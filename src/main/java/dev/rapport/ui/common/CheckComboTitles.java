package dev.rapport.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.controlsfx.control.CheckComboBox;

/**
 * ControlsFX's CheckComboBox writes its "Owner (1/3)" text when a check changes, never when its
 * items do: a box filled after it was shown said "(0/0)" until the first click.
 */
public final class CheckComboTitles {
    private CheckComboTitles() {
    }

    /** Writes the box's text again, after its items changed. */
    public static void refresh(CheckComboBox<?> box) {
        ListCell<?> shown = shownCell(box);
        if (shown != null) {
            shown.updateIndex(0); // what the skin itself does on a check
        }
    }

    /** The text the box shows closed ("Owner (1/3)"), or null before it has a skin. */
    public static String shownText(CheckComboBox<?> box) {
        ListCell<?> shown = shownCell(box);
        return shown == null ? null : shown.getText();
    }

    private static ListCell<?> shownCell(CheckComboBox<?> box) {
        for (Node child : box.getChildrenUnmodifiable()) {
            if (child instanceof ComboBox<?> combo) {
                return combo.getButtonCell();
            }
        }
        return null;
    }
}
