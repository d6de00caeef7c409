package dev.rapport.ui.common;

import dev.rapport.i18n.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Dialogs as JavaFX alerts, owned by the main window. */
public final class FxDialogService implements DialogService {
    private static final Logger LOG = LoggerFactory.getLogger(FxDialogService.class);

    private final Messages messages;
    private final Supplier<Window> owner;

    public FxDialogService(Messages messages, Supplier<Window> owner) {
        this.messages = messages;
        this.owner = owner;
    }

    @Override
    public boolean confirm(String title, String message, String confirmButton) {
        return confirmation(title, message, confirmButton, false).showAndWait().filter(a -> a.getButtonData()
                == ButtonBar.ButtonData.OK_DONE).isPresent();
    }

    @Override
    public boolean confirmDestructive(String title, String message, String confirmButton) {
        return confirmation(title, message, confirmButton, true).showAndWait().filter(a -> a.getButtonData()
                == ButtonBar.ButtonData.OK_DONE).isPresent();
    }

    /** The question with its confirm and Cancel buttons; a destructive one has Cancel as the default. */
    Alert confirmation(String title, String message, String confirmButton, boolean destructive) {
        ButtonType yes = new ButtonType(confirmButton, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, no);
        prepare(alert, title);
        if (destructive) {
            Button go = (Button) alert.getDialogPane().lookupButton(yes);
            Button cancel = (Button) alert.getDialogPane().lookupButton(no);
            go.setDefaultButton(false);
            go.getStyleClass().add("danger");
            cancel.setDefaultButton(true);
            alert.setOnShown(e -> cancel.requestFocus());
        }
        return alert;
    }

    @Override
    public void showError(String message, Throwable error) {
        LOG.error(message, error);
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        prepare(alert, messages.get("error.title"));
        if (error != null) {
            StringWriter trace = new StringWriter();
            error.printStackTrace(new PrintWriter(trace));
            TextArea details = new TextArea(trace.toString());
            details.setEditable(false);
            details.setWrapText(false);
            details.setPrefRowCount(14);
            alert.getDialogPane().setExpandableContent(details);
        }
        alert.showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        prepare(alert, title);
        alert.showAndWait();
    }

    private void prepare(Alert alert, String title) {
        Styles.apply(alert.getDialogPane());
        alert.setTitle(title);
        alert.setHeaderText(null);
        Window w = owner.get();
        if (w != null) {
            alert.initOwner(w);
        }
    }
}
