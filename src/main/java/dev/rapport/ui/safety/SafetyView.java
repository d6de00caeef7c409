package dev.rapport.ui.safety;

import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.FieldErrors;
import java.io.File;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

/** The Settings screen's block for backups, restore and the database password. */
public final class SafetyView {
    private final VBox root = new VBox(10);
    private final SafetyViewModel model;
    private final Messages msg;
    private final TableView<BackupRow> backupTable = new TableView<>();
    private final PasswordField currentField = new PasswordField();
    private final PasswordField newField = new PasswordField();
    private final PasswordField repeatField = new PasswordField();

    public SafetyView(SafetyViewModel model, Messages msg) {
        this.model = model;
        this.msg = msg;
        root.setMaxWidth(760);
        root.getStyleClass().add("safety-pane");
        root.getChildren().addAll(backups());
        root.getChildren().addAll(password());
    }

    private Node[] backups() {
        TextField folderField = new TextField();
        folderField.setId(SafetyIds.FOLDER);
        folderField.setEditable(false);
        folderField.textProperty().bind(model.folderProperty());
        HBox.setHgrow(folderField, Priority.ALWAYS);
        Button choose = button(SafetyIds.CHOOSE_FOLDER, "safety.folder.choose");
        choose.setOnAction(e -> chooseFolder());
        GridPane folder = grid(8, null);
        folder.add(label("safety.folder", folderField), 0, 0);
        folder.add(new HBox(8, folderField, choose), 1, 0);

        backupTable.setId(SafetyIds.TABLE);
        backupTable.setPrefHeight(190);
        backupTable.setPlaceholder(muted("safety.backups.none"));
        backupTable.setItems(model.rows());
        backupTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        backupTable.getColumns().add(column(SafetyIds.DATE_COLUMN, "safety.column.date", 220, BackupRow::date));
        backupTable.getColumns().add(column(SafetyIds.SIZE_COLUMN, "safety.column.size", 90, BackupRow::size));
        backupTable.getColumns().add(column(SafetyIds.ACCOUNTS_COLUMN, "safety.column.accounts", 90,
                BackupRow::accounts));
        backupTable.getColumns().add(column(SafetyIds.CONTACTS_COLUMN, "safety.column.contacts", 90,
                BackupRow::contacts));
        backupTable.getColumns().add(column(SafetyIds.KIND_COLUMN, "safety.column.kind", 190, BackupRow::kind));

        Button backupNow = button(SafetyIds.BACKUP_NOW, "safety.backupNow");
        backupNow.setOnAction(e -> model.backupNow());
        Button restore = button(SafetyIds.RESTORE, "safety.restore");
        restore.setOnAction(e -> model.restore(backupTable.getSelectionModel().getSelectedItem()));
        restore.disableProperty().bind(backupTable.getSelectionModel().selectedItemProperty().isNull()
                .or(Bindings.createBooleanBinding(() -> !model.canReopen())));
        return new Node[] {subsection("safety.backups.title"), folder, muted("safety.backups.hint"), backupTable,
                new HBox(8, backupNow, restore)};
    }

    private Node[] password() {
        Label title = subsection("safety.password.title");
        VBox.setMargin(title, new Insets(10, 0, 0, 0));
        boolean encrypted = model.encryptedProperty().get();
        Label state = new Label(msg.get(encrypted ? "safety.password.on" : "safety.password.off"));
        state.setId(SafetyIds.ENCRYPTION_STATE);
        state.setWrapText(true);

        GridPane fields = grid(6, 320.0);
        Label currentLabel = label("safety.password.current", currentField);
        currentLabel.setId(SafetyIds.CURRENT_LABEL);
        VBox current = field(fields, 0, currentLabel, currentField, SafetyIds.CURRENT, SafetyIds.CURRENT_ERROR,
                "currentPassword");
        field(fields, 1, label("safety.password.new", newField), newField, SafetyIds.NEW, SafetyIds.NEW_ERROR,
                "newPassword");
        field(fields, 2, label("safety.password.repeat", repeatField), repeatField, SafetyIds.REPEAT,
                SafetyIds.REPEAT_ERROR, "repeatPassword");
        // the current password is asked only when there is one
        for (Node n : new Node[] {currentLabel, current}) {
            n.setVisible(encrypted);
            n.setManaged(encrypted);
        }

        Button set = button(SafetyIds.SET_PASSWORD, encrypted ? "safety.password.change" : "safety.password.set");
        set.setOnAction(e -> setPassword());
        set.setDisable(!model.canReopen());
        Button remove = button(SafetyIds.REMOVE_PASSWORD, "safety.password.remove");
        remove.setOnAction(e -> removePassword());
        remove.setVisible(encrypted);
        remove.setManaged(encrypted);
        remove.setDisable(!model.canReopen());
        return new Node[] {title, state, fields, new HBox(8, set, remove), muted("safety.password.hint")};
    }

    private VBox field(GridPane grid, int row, Label label, PasswordField field, String id, String errorId,
            String key) {
        field.setId(id);
        Label error = new Label();
        error.setId(errorId);
        error.getStyleClass().add("field-error");
        FieldErrors.bind(error, field, model.errors(), key);
        VBox box = new VBox(field, error);
        grid.add(label, 0, row);
        grid.add(box, 1, row);
        return box;
    }

    /** Two columns: labels at least 160 wide, the fields taking the rest (up to maxField). */
    private static GridPane grid(double vgap, Double maxField) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(vgap);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(160);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        if (maxField != null) {
            fields.setMaxWidth(maxField);
        }
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    private Label label(String key, Node field) {
        Label l = new Label(msg.get(key));
        l.setLabelFor(field);
        return l;
    }

    private Label subsection(String key) {
        Label l = new Label(msg.get(key));
        l.getStyleClass().add("subsection-title");
        return l;
    }

    private Label muted(String key) {
        Label l = new Label(msg.get(key));
        l.getStyleClass().add("muted");
        l.setWrapText(true);
        return l;
    }

    private Button button(String id, String key) {
        Button b = new Button(msg.get(key));
        b.setId(id);
        return b;
    }

    private TableColumn<BackupRow, String> column(String id, String key, double width,
            Function<BackupRow, String> text) {
        TableColumn<BackupRow, String> c = new TableColumn<>(msg.get(key));
        c.setId(id);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return c;
    }

    public Node node() {
        return root;
    }

    /** Loads the list when the screen is shown. */
    public void shown() {
        model.refresh();
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(msg.get("safety.folder.choose"));
        File current = new File(model.folderProperty().get());
        if (current.isDirectory()) {
            chooser.setInitialDirectory(current);
        }
        File chosen = chooser.showDialog(root.getScene().getWindow());
        if (chosen != null) {
            model.chooseFolder(chosen.toPath());
        }
    }

    private void setPassword() {
        if (model.setPassword(currentField.getText().toCharArray(), newField.getText().toCharArray(),
                repeatField.getText().toCharArray())) {
            clearFields();
        }
    }

    private void removePassword() {
        if (model.removePassword(currentField.getText().toCharArray())) {
            clearFields();
        }
    }

    private void clearFields() {
        currentField.clear();
        newField.clear();
        repeatField.clear();
    }
}
