package dev.rapport.app;

import dev.rapport.i18n.Messages;
import dev.rapport.store.DatabaseKey;
import dev.rapport.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

/** Asks for the password of an encrypted database before anything else opens. */
final class PasswordPrompt {
    private PasswordPrompt() {
    }

    /** The key of the typed password, derived on the executor (off the FX thread), or empty when the user cancelled. */
    static Optional<DatabaseKey> ask(Messages messages, Path dataDir, KeyDerivationStep.KeyDeriver deriver,
            TaskExecutor executor) {
        Dialog<DatabaseKey> dialog = new Dialog<>();
        dialog.setTitle(messages.get("safety.start.passwordTitle"));
        dialog.setHeaderText(null);
        PasswordField field = new PasswordField();
        field.setId(PasswordPromptIds.PASSWORD);
        Label text = new Label(messages.get("safety.start.passwordPrompt", dataDir.toString()));
        text.setWrapText(true);
        VBox box = new VBox(8, text, field);
        box.setPadding(new Insets(12));
        box.setPrefWidth(420);
        dialog.getDialogPane().setContent(box);
        // the bundled font, so a Chinese prompt is readable on a machine without CJK fonts
        dialog.getDialogPane().getStylesheets().add(
                PasswordPrompt.class.getResource(dev.rapport.ui.main.MainWindow.STYLESHEET).toExternalForm());
        ButtonType unlock = new ButtonType(messages.get("safety.start.unlock"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(unlock,
                new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        box.getChildren().add(KeyDerivationStep.attach(dialog, unlock, field.textProperty().isEmpty(),
                () -> field.getText().toCharArray(), dataDir, deriver, executor, messages, field));
        dialog.setResultConverter(b -> null); // only the derived key (set by the step) unlocks
        Platform.runLater(field::requestFocus);
        Optional<DatabaseKey> result = dialog.showAndWait();
        field.clear();
        return result;
    }
}
