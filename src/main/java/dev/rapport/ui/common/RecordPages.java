package dev.rapport.ui.common;

import dev.rapport.i18n.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The parts every record page (an account's, a person's) builds its header from, alike on both. */
public final class RecordPages {
    private RecordPages() {
    }

    /** "All accounts" and the like: back to the list, with its shortcut in the tooltip. */
    public static Button backLink(String text, KeyCombination key, String id, Runnable action) {
        Button back = new Button(text, new FontIcon("mdi2a-arrow-left"));
        back.setId(id);
        back.getStyleClass().add("link-button");
        back.setTooltip(new Tooltip(text + "  (" + key.getDisplayText() + ")"));
        back.setOnAction(e -> action.run());
        return back;
    }

    /** A header action: never narrower than its text. */
    public static Button action(Messages msg, String id, String key, String icon, Runnable action) {
        Button b = new Button(msg.get(key), new FontIcon(icon));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** The record's name: two lines at most, then an ellipsis (a 300-letter name took half the page). */
    public static void title(Label title, String id) {
        title.getStyleClass().add("page-title");
        title.setId(id);
        title.setWrapText(true);
        title.setMaxHeight(66);
        title.setTextOverrun(OverrunStyle.ELLIPSIS);
        title.setMinWidth(0);
        title.setMaxWidth(Double.MAX_VALUE);
    }

    /** Shows the name, the whole of it in a tooltip when it may be cut. */
    public static void name(Label title, String name) {
        title.setText(name);
        title.setTooltip(name.length() > 60 ? new Tooltip(name) : null);
    }

    /** One fact of the header's line: a muted label and its value ("—" when there is none). */
    public static Node keyFact(Messages msg, String id, String key, String value) {
        Label label = new Label(msg.get(key));
        label.getStyleClass().add("fact-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        Label text = new Label(value == null || value.isBlank() ? "—" : value);
        text.setId(id);
        text.setWrapText(true);
        HBox box = new HBox(6, label, text);
        box.setAlignment(Pos.BASELINE_LEFT);
        return box;
    }

    public static Label badge(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().addAll("badge", style);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** A tab's content with the page's margins, growing to the tab's height. */
    public static Node padded(Node content) {
        VBox box = new VBox(content);
        VBox.setVgrow(content, Priority.ALWAYS);
        box.setPadding(new Insets(14, 16, 14, 16));
        return box;
    }
}
