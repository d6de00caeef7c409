package dev.rapport.ui.safety;

import dev.rapport.i18n.Messages;
import dev.rapport.service.Backup;
import dev.rapport.ui.UiContext;
import dev.rapport.ui.common.FieldErrors;
import dev.rapport.ui.common.Fxml;
import dev.rapport.ui.common.Notifier;
import java.io.File;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

/** The Settings screen's block for backups, restore and the database password. */
public final class SafetyView {
    @FXML private TextField folderField;
    @FXML private Button chooseFolderButton;
    @FXML private TableView<Backup> backupTable;
    @FXML private TableColumn<Backup, String> dateColumn;
    @FXML private TableColumn<Backup, String> sizeColumn;
    @FXML private TableColumn<Backup, String> accountsColumn;
    @FXML private TableColumn<Backup, String> contactsColumn;
    @FXML private TableColumn<Backup, String> kindColumn;
    @FXML private Button backupNowButton;
    @FXML private Button restoreButton;
    @FXML private Label encryptionState;
    @FXML private Label currentLabel;
    @FXML private PasswordField currentField;
    @FXML private Label currentError;
    @FXML private PasswordField newField;
    @FXML private Label newError;
    @FXML private PasswordField repeatField;
    @FXML private Label repeatError;
    @FXML private Button setPasswordButton;
    @FXML private Button removePasswordButton;

    private final VBox root;
    private final SafetyViewModel model;
    private final Messages msg;

    public SafetyView(UiContext ctx, Notifier notifier) {
        this.model = new SafetyViewModel(ctx, notifier);
        this.msg = ctx.messages();
        this.root = Fxml.load(this, "Safety.fxml", msg.bundle());
        folderField.textProperty().bind(model.folderProperty());
        backupTable.setItems(model.backups());
        backupTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        column(dateColumn, model::formatDate);
        column(sizeColumn, model::formatSize);
        column(accountsColumn, b -> b.countsKnown() ? Integer.toString(b.accounts()) : "?");
        column(contactsColumn, b -> b.countsKnown() ? Integer.toString(b.contacts()) : "?");
        column(kindColumn, b -> msg.get(kindKey(b.kind()))
                + (b.encrypted() ? " · " + msg.get("safety.kind.encrypted") : ""));
        restoreButton.disableProperty().bind(backupTable.getSelectionModel().selectedItemProperty().isNull()
                .or(javafx.beans.binding.Bindings.createBooleanBinding(() -> !model.canReopen())));
        boolean encrypted = model.encryptedProperty().get();
        encryptionState.setText(msg.get(encrypted ? "safety.password.on" : "safety.password.off"));
        for (Node n : new Node[] {currentLabel, currentField.getParent()}) {
            n.setVisible(encrypted);
            n.setManaged(encrypted);
        }
        removePasswordButton.setVisible(encrypted);
        removePasswordButton.setManaged(encrypted);
        setPasswordButton.setText(msg.get(encrypted ? "safety.password.change" : "safety.password.set"));
        setPasswordButton.setDisable(!model.canReopen());
        removePasswordButton.setDisable(!model.canReopen());
        FieldErrors.bind(currentError, currentField, model.errors(), "currentPassword");
        FieldErrors.bind(newError, newField, model.errors(), "newPassword");
        FieldErrors.bind(repeatError, repeatField, model.errors(), "repeatPassword");
    }

    private static String kindKey(String kind) {
        return switch (kind) {
            case "regular" -> "safety.kind.regular";
            case "manual" -> "safety.kind.manual";
            case "before-restore" -> "safety.kind.beforerestore";
            case "before-migration" -> "safety.kind.beforemigration";
            default -> "safety.kind.other";
        };
    }

    private static void column(TableColumn<Backup, String> c, Function<Backup, String> text) {
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
    }

    public Node node() {
        return root;
    }

    /** Loads the list when the screen is shown. */
    public void shown() {
        model.refresh();
    }

    @FXML
    void backupNow() {
        model.backupNow();
    }

    @FXML
    void chooseFolder() {
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

    @FXML
    void restore() {
        model.restore(backupTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    void setPassword() {
        if (model.setPassword(currentField.getText().toCharArray(), newField.getText().toCharArray(),
                repeatField.getText().toCharArray())) {
            clearFields();
        }
    }

    @FXML
    void removePassword() {
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
