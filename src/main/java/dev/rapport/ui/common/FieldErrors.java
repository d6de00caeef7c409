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
        label.textProperty().bind(Bindings.createStringBinding(() -> errors.getOrDefault(key, ""), errors));
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        errors.addListener((javafx.collections.MapChangeListener<String, String>) c -> mark(field, errors.containsKey(key)));
        mark(field, errors.containsKey(key));
    }

    private static void mark(Node field, boolean invalid) {
        field.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), invalid);
    }
}
