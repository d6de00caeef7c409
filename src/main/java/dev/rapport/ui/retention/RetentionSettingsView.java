package dev.rapport.ui.retention;

import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.FieldErrors;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.common.UiKit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The Settings block for customer value: discount rate and horizon of lifetime value. */
public final class RetentionSettingsView {
    private final VBox root;
    private final RetentionSettingsViewModel model;

    public RetentionSettingsView(UiKit kit, RetentionSettingsViewModel model) {
        Messages msg = kit.messages();
        this.model = model;
        Label title = new Label(msg.get("retention.settings.title"));
        title.getStyleClass().add("subsection-title");
        Label hint = new Label(msg.get("retention.settings.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        TextField rate = new TextField();
        rate.setId(RetentionSettingsIds.DISCOUNT_RATE);
        rate.setPrefColumnCount(6);
        rate.textProperty().bindBidirectional(model.discountRate);
        TextField years = new TextField();
        years.setId(RetentionSettingsIds.HORIZON);
        years.setPrefColumnCount(4);
        years.textProperty().bindBidirectional(model.horizon);
        Label rateError = new Label();
        rateError.getStyleClass().add("field-error");
        FieldErrors.bind(rateError, rate, model.errors(), "discountRatePct");
        Label yearsError = new Label();
        yearsError.getStyleClass().add("field-error");
        FieldErrors.bind(yearsError, years, model.errors(), "horizonYears");
        Button save = new Button(msg.get("action.save"));
        save.setId(RetentionSettingsIds.SAVE);
        save.disableProperty().bind(model.validProperty().not());
        save.setOnAction(e -> model.save());
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(160);
        grid.getColumnConstraints().add(labels);
        grid.addRow(0, new Label(msg.get("retention.settings.discountRate")), new VBox(2, rate, rateError));
        grid.addRow(1, new Label(msg.get("retention.settings.horizon")), new VBox(2, years, yearsError));
        grid.addRow(2, new Label(), save);
        root = new VBox(8, title, hint, grid);
        root.setMaxWidth(760);
    }

    public Node node() {
        return root;
    }

    /** Reads the saved values again (each time Settings comes into view). */
    public void shown() {
        model.load();
    }
}
