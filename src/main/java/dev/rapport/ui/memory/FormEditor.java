package dev.rapport.ui.memory;

import dev.rapport.ui.common.FormModel;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.ConflictBar;
import dev.rapport.ui.common.EditorSave;
import java.util.function.Supplier;
import dev.rapport.ui.common.DateField;
import javafx.application.Platform;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ObservableMap;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
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

/**
 * A small record editor in a dialog: labelled rows, each field's problem under it, Save (Ctrl+S)
 * only when valid. It stays open until its save has succeeded (decision 16).
 */
class FormEditor<T> extends Dialog<T> {
    protected final Messages msg;
    protected final GridPane grid = new GridPane();
    private int row;
    /** True while any date row holds text that is not a date; the form model only sees the last good value. */
    private BooleanExpression datesInvalid = new SimpleBooleanProperty(false);

    FormEditor(Window owner, Messages msg, String title, String stylesheet) {
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
            error.setId(MemoryEditorIds.error(errorKey));
            dev.rapport.ui.common.FieldErrors.bind(error, field, errors, errorKey);
            cell = new VBox(2, field, error);
        }
        grid.add(label, 0, row);
        grid.add(cell, 1, row);
        row++;
    }

    /**
     * A labelled date: the picker reads typed text strictly (30 February is refused, not moved) and
     * Save waits while it holds text that is not a real date.
     */
    protected void dateRow(String labelKey, DatePicker picker, ObservableMap<String, String> errors, String errorKey) {
        DateField date = DateField.apply(picker, msg);
        datesInvalid = datesInvalid.or(date.invalidProperty());
        Label label = new Label(msg.get(labelKey));
        label.setLabelFor(picker);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setId(MemoryEditorIds.error(errorKey));
        error.setWrapText(true);
        dev.rapport.ui.common.FieldErrors.bind(error, picker, errors, errorKey, date.errorProperty());
        grid.add(label, 0, row);
        grid.add(new VBox(2, picker, error), 1, row);
        row++;
    }

    protected void wide(Node node) {
        grid.add(node, 0, row, 2, 1);
        row++;
    }

    /**
     * The Save and Cancel buttons, and the strip that says "Saving…" or offers Reload, Keep mine and
     * Copy my text. Save, enabled while the form is valid, runs the write and closes the dialog, with
     * the saved record as its result, only when it succeeded: a refused save keeps the text on screen.
     */
    protected void buttons(FormModel<T> form, Supplier<T> typed, EditorSave<T> save, Node focus) {
        ConflictBar conflictBar = new ConflictBar(save, msg, () -> save.reload(form.read(), form::fill),
                () -> save.keepMine(typed), () -> save.copy(form.copyText()));
        getDialogPane().setContent(new VBox(8, conflictBar, grid));
        ButtonType saveType = new ButtonType(msg.get("action.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(saveType,
                new ButtonType(msg.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button saveButton = (Button) getDialogPane().lookupButton(saveType);
        saveButton.setId(MemoryEditorIds.SAVE);
        saveButton.disableProperty().bind(form.validProperty().not().or(datesInvalid).or(save.savingProperty())
                .or(save.conflictProperty().isNotNull()));
        // Save runs the write and closes only when it succeeded: a refused save keeps the text on screen
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            save.save(typed.get());
        });
        save.savedProperty().addListener((obs, old, saved) -> {
            if (saved != null) {
                setResult(saved);
                close();
            }
        });
        getDialogPane().getScene().getAccelerators().put(
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (!saveButton.isDisabled()) {
                        saveButton.fire();
                    }
                });
        setResultConverter(button -> save.savedProperty().get());
        dev.rapport.ui.common.EditorGuard.install(this, save, form::copyText);
        Platform.runLater(focus::requestFocus);
    }
}
