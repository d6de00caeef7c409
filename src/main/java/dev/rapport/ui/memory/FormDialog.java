package dev.rapport.ui.memory;

import dev.rapport.i18n.Messages;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** A small form in a dialog: labelled rows, each field's problem under it, Save (Ctrl+S) only when valid. */
class FormDialog<T> extends Dialog<T> {
    protected final Messages msg;
    protected final GridPane grid = new GridPane();
    private int row;

    FormDialog(Window owner, Messages msg, String title, String stylesheet) {
        this.msg = msg;
        initOwner(owner);
        setTitle(title);
        setResizable(true);
        grid.setHgap(10);
        grid.setVgap(6);
        grid.getStyleClass().add("editor-form");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(120);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setPrefWidth(320);
        grid.getColumnConstraints().addAll(labels, fields);
        getDialogPane().setContent(grid);
        if (stylesheet != null) {
            getDialogPane().getStylesheets().add(stylesheet);
        }
    }

    /** Adds a labelled field with its error line (for the problem keyed errorKey, if any). */
    protected void row(String labelKey, Node field, ObservableMap<String, String> errors, String errorKey) {
        Label label = new Label(msg.get(labelKey));
        label.setLabelFor(field);
        Node cell = field;
        if (errorKey != null) {
            Label error = new Label();
            error.getStyleClass().add("field-error");
            error.setId(errorKey + "-error");
            dev.rapport.ui.common.FieldErrors.bind(error, field, errors, errorKey);
            cell = new VBox(2, field, error);
        }
        grid.add(label, 0, row);
        grid.add(cell, 1, row);
        row++;
    }

    protected void wide(Node node) {
        grid.add(node, 0, row, 2, 1);
        row++;
    }

    /** The Save and Cancel buttons: Save gives the form's value, enabled while valid. */
    protected void buttons(BooleanBinding valid, Supplier<T> result, Node focus) {
        ButtonType save = new ButtonType(msg.get("action.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save,
                new ButtonType(msg.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("memory-save");
        saveButton.disableProperty().bind(valid.not());
        getDialogPane().getScene().getAccelerators().put(
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (valid.get()) {
                        saveButton.fire();
                    }
                });
        setResultConverter(button -> button == save ? result.get() : null);
        Platform.runLater(focus::requestFocus);
    }
}
