package dev.rapport.ui.common;

import javafx.beans.binding.Bindings;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** Shows a form field's problem right under it, and marks the field itself. */
public final class FieldErrors {
    private FieldErrors() {
    }

    public static void bind(Label label, Node field, ObservableMap<String, String> errors, String key) {
        label.setWrapText(true); // a long problem ("A comma only groups thousands, as in...") was cut off
        label.textProperty().bind(Bindings.createStringBinding(() -> errors.getOrDefault(key, ""), errors));
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        errors.addListener((javafx.collections.MapChangeListener<String, String>) c -> mark(field, errors.containsKey(key)));
        mark(field, errors.containsKey(key));
    }

    /**
     * As {@link #bind(Label, Node, ObservableMap, String)}, with a problem the field finds itself
     * (text in a date field that is not a date) shown first: until it is fixed the form's own
     * check only sees the value from before.
     */
    public static void bind(Label label, Node field, ObservableMap<String, String> errors, String key,
            javafx.beans.value.ObservableStringValue own) {
        label.setWrapText(true);
        label.textProperty().bind(Bindings.createStringBinding(() -> {
            String mine = own.get();
            return mine != null && !mine.isEmpty() ? mine : errors.getOrDefault(key, "");
        }, errors, own));
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        label.textProperty().addListener((obs, old, text) -> mark(field, !text.isEmpty()));
        mark(field, !label.getText().isEmpty());
    }

    private static void mark(Node field, boolean invalid) {
        field.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), invalid);
    }
}
