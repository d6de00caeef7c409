package dev.rapport.app;

import dev.rapport.i18n.Messages;
import dev.rapport.store.DatabaseKey;
import dev.rapport.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a password dialog's OK button derive the database key in the background and close the
 * dialog with it. The derivation (PBKDF2, {@value DatabaseKey#ITERATIONS} iterations) takes about
 * half a second: on the FX thread it froze the dialog. While it runs, the dialog's inputs and
 * buttons are disabled, a progress indicator turns, and the dialog cannot be closed.
 */
final class KeyDerivationStep {
    private static final Logger LOG = LoggerFactory.getLogger(KeyDerivationStep.class);

    /** Turns a folder and a password into its key; {@code DatabaseKey::fromPassword} outside tests. */
    @FunctionalInterface
    interface KeyDeriver {
        DatabaseKey derive(Path dataDir, char[] password);
    }

    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final Label failure = new Label();
    private final VBox status;

    private KeyDerivationStep(Messages messages) {
        ProgressIndicator spinner = new ProgressIndicator(ProgressIndicator.INDETERMINATE_PROGRESS);
        spinner.setPrefSize(18, 18);
        HBox working = new HBox(6, spinner, new Label(messages.get("safety.password.working")));
        working.setId(PasswordPromptIds.WORKING);
        working.visibleProperty().bind(busy);
        working.managedProperty().bind(busy);
        failure.setId(PasswordPromptIds.FAILED);
        failure.getStyleClass().add("field-error");
        failure.setWrapText(true);
        failure.managedProperty().bind(failure.textProperty().isNotEmpty());
        status = new VBox(4, working, failure);
    }

    /**
     * Wires the dialog: pressing {@code ok} derives the key for {@code password} on the executor,
     * then closes the dialog with the key as its result. A failure is logged once and shown under
     * the fields; the dialog stays open for another try.
     *
     * @param invalid true while the typed password cannot be used (the OK button is disabled then too)
     * @param inputs  the fields and toggles to disable while the key is derived
     * @return the busy row and the failure text, to place in the dialog's content
     */
    static Node attach(Dialog<DatabaseKey> dialog, ButtonType ok, ObservableBooleanValue invalid,
            Supplier<char[]> password, Path dataDir, KeyDeriver deriver, TaskExecutor executor, Messages messages,
            Node... inputs) {
        KeyDerivationStep step = new KeyDerivationStep(messages);
        for (Node input : inputs) {
            input.disableProperty().bind(step.busy);
        }
        for (ButtonType type : dialog.getDialogPane().getButtonTypes()) {
            Node button = dialog.getDialogPane().lookupButton(type);
            button.disableProperty().bind(type == ok ? Bindings.or(step.busy, invalid) : step.busy);
        }
        dialog.getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            step.derive(dialog, password.get(), dataDir, deriver, executor, messages);
        });
        dialog.setOnCloseRequest(e -> {
            if (step.busy.get()) {
                e.consume();
            }
        });
        return step.status;
    }

    private void derive(Dialog<DatabaseKey> dialog, char[] password, Path dataDir, KeyDeriver deriver,
            TaskExecutor executor, Messages messages) {
        busy.set(true);
        failure.setText("");
        executor.submit(messages.get("safety.password.working"), p -> {
            try {
                return deriver.derive(dataDir, password);
            } finally {
                Arrays.fill(password, '\0');
            }
        }, key -> {
            busy.set(false);
            dialog.setResult(key);
            dialog.close();
        }, error -> {
            LOG.error("cannot derive the database key in {}", dataDir, error);
            busy.set(false);
            failure.setText(messages.get("safety.password.deriveFailed", dataDir.resolve("logs").toString()));
        });
    }
}
