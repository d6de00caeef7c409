package dev.rapport.app;

import dev.rapport.domain.Language;
import dev.rapport.domain.PasswordRules;
import dev.rapport.i18n.Messages;
import dev.rapport.store.DatabaseKey;
import dev.rapport.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The first start on a new data folder recommends encryption: a laptop gets lost, and then an
 * unencrypted file hands over every customer. Setting the password here, before the database
 * exists, means no plaintext copy of it is ever written.
 */
final class FirstRunDialog {
    private FirstRunDialog() {
    }

    /** What the user chose: the key of a password (or none, for "Not now"), or another language to ask in again. */
    record Choice(Optional<DatabaseKey> key, Language otherLanguage) {
    }

    /**
     * Asks in the given language. Picking another language closes the dialog with that language,
     * so the caller can save it and ask again in it. The key is derived on the executor, off the FX thread.
     */
    static Choice ask(Messages messages, Language language, Path dataDir, KeyDerivationStep.KeyDeriver deriver,
            TaskExecutor executor) {
        Dialog<DatabaseKey> dialog = new Dialog<>();
        Language[] switchTo = new Language[1];
        ToggleGroup languages = new ToggleGroup();
        HBox languageRow = new HBox(4);
        for (Language l : Language.values()) {
            ToggleButton b = new ToggleButton(l.nativeName());
            b.setId(FirstRunIds.language(l.tag()));
            b.setToggleGroup(languages);
            b.setSelected(l == language);
            b.setOnAction(e -> {
                if (l != language) {
                    switchTo[0] = l;
                    dialog.setResult(null);
                    dialog.close();
                } else {
                    b.setSelected(true);
                }
            });
            languageRow.getChildren().add(b);
        }
        dialog.setTitle(messages.get("safety.firstRun.title"));
        dialog.setHeaderText(messages.get("safety.firstRun.header"));
        Label text = new Label(messages.get("safety.firstRun.text", dataDir.toString()));
        text.setWrapText(true);
        PasswordField password = new PasswordField();
        password.setId(FirstRunIds.PASSWORD);
        Label passwordLabel = new Label(messages.get("safety.password.new"));
        passwordLabel.setLabelFor(password);
        PasswordField repeat = new PasswordField();
        repeat.setId(FirstRunIds.REPEAT);
        Label repeatLabel = new Label(messages.get("safety.password.repeat"));
        repeatLabel.setLabelFor(repeat);
        Label problem = new Label();
        problem.setId(FirstRunIds.PROBLEM);
        problem.getStyleClass().add("field-error");
        StringBinding problemText = Bindings.createStringBinding(() -> {
            String key = problemKey(password.getText(), repeat.getText());
            return key == null || password.getText().isEmpty() ? "" : messages.get(key, PasswordRules.MIN_LENGTH);
        }, password.textProperty(), repeat.textProperty());
        problem.textProperty().bind(problemText);
        Label hint = new Label(messages.get("safety.firstRun.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        VBox box = new VBox(8, languageRow, text, passwordLabel, password, repeatLabel, repeat, problem, hint);
        box.setPadding(new Insets(12));
        box.setPrefWidth(480);
        dialog.getDialogPane().setContent(box);
        dev.rapport.ui.common.Styles.apply(dialog.getDialogPane());
        ButtonType encrypt = new ButtonType(messages.get("safety.password.set"), ButtonBar.ButtonData.OK_DONE);
        ButtonType notNow = new ButtonType(messages.get("safety.firstRun.notNow"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(encrypt, notNow);
        dialog.getDialogPane().lookupButton(encrypt).setId(FirstRunIds.ENCRYPT);
        dialog.getDialogPane().lookupButton(notNow).setId(FirstRunIds.NOT_NOW);
        box.getChildren().add(KeyDerivationStep.attach(dialog, encrypt, Bindings.createBooleanBinding(
                () -> problemKey(password.getText(), repeat.getText()) != null,
                password.textProperty(), repeat.textProperty()),
                () -> password.getText().toCharArray(), dataDir, deriver, executor, messages,
                languageRow, password, repeat));
        dialog.setResultConverter(b -> null); // only the derived key (set by the step) encrypts
        Platform.runLater(password::requestFocus);
        Optional<DatabaseKey> result = dialog.showAndWait();
        password.clear();
        repeat.clear();
        return new Choice(switchTo[0] == null ? result : Optional.empty(), switchTo[0]);
    }

    private static String problemKey(String password, String repeat) {
        return PasswordRules.problemKey(password.toCharArray(), repeat.toCharArray());
    }
}
