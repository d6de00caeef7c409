package dev.rapport.ui.plans;

import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.DateField;
import dev.rapport.ui.common.FieldErrors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A two-column form built in code: label, field, and the field's problem under it. */
final class Forms {
    private final GridPane grid = new GridPane();
    private final Messages msg;
    private final ObservableMap<String, String> errors;
    private int row;

    Forms(Messages msg, ObservableMap<String, String> errors) {
        this.msg = msg;
        this.errors = errors;
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(120);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
    }

    /** A field with its label; errors under {@code errorKey} show beneath it (null for none). */
    Forms add(String labelKey, Node field, String errorKey) {
        Label label = new Label(msg.get(labelKey));
        label.setLabelFor(field);
        label.setWrapText(true);
        Node cell = field;
        if (errorKey != null) {
            Label error = new Label();
            error.getStyleClass().add("field-error");
            error.setWrapText(true);
            FieldErrors.bind(error, field, errors, errorKey);
            cell = new VBox(2, field, error);
        }
        grid.addRow(row++, label, cell);
        return this;
    }

    /**
     * A date with its label and a problem line under it: the date's own (text that is not a real
     * date) first, else the form's rule under {@code errorKey} (null for none).
     */
    Forms add(String labelKey, DateField date, String errorKey) {
        Label label = new Label(msg.get(labelKey));
        label.setLabelFor(date.picker());
        label.setWrapText(true);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        FieldErrors.bind(error, date.picker(), errorKey == null ? FXCollections.observableHashMap() : errors,
                errorKey == null ? "" : errorKey, date.errorProperty());
        grid.addRow(row++, label, new VBox(2, date.picker(), error));
        return this;
    }

    GridPane grid() {
        return grid;
    }
}
