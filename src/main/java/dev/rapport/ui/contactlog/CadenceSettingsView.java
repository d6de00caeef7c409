package dev.rapport.ui.contactlog;

import dev.rapport.domain.Tier;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.FieldErrors;
import dev.rapport.ui.common.Notifier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Settings: how many days may pass between contacts per tier before an account is going quiet. */
public final class CadenceSettingsView {
    private final VBox root = new VBox(8);
    private final CadenceSettingsViewModel model;

    public CadenceSettingsView(Messages msg, CadenceSettingsViewModel model) {
        this.model = model;
        Label title = new Label(msg.get("contactlog.cadence.title"));
        title.getStyleClass().add("subsection-title");
        Label hint = new Label(msg.get("contactlog.cadence.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        int row = 0;
        for (Tier t : Tier.values()) {
            TextField days = new TextField();
            days.setId(CadenceSettingsIds.days(t));
            days.setPrefColumnCount(5);
            days.textProperty().bindBidirectional(model.days(t));
            Label error = new Label();
            error.getStyleClass().add("field-error");
            FieldErrors.bind(error, days, model.errors(), CadenceSettingsViewModel.field(t));
            grid.addRow(row++, new Label(msg.get("account.tier") + " " + msg.of(t)), days,
                    new Label(msg.get("contactlog.cadence.days")), error);
        }
        Button save = new Button(msg.get("action.save"));
        save.setId(CadenceSettingsIds.SAVE);
        save.disableProperty().bind(model.validProperty().not());
        save.setOnAction(e -> model.save());
        root.setAlignment(Pos.TOP_LEFT);
        root.getStyleClass().add("settings-block");
        root.getChildren().setAll(title, hint, grid, save);
    }

    public Node node() {
        return root;
    }

    /** Reads the saved cadences, each time Settings comes into view. */
    public void shown() {
        model.load();
    }

    CadenceSettingsViewModel model() {
        return model;
    }
}
