package dev.rapport.ui.today;

import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.DialogService;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.common.UiKit;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Today settings: how many days ahead birthdays and important dates are shown. Saved at once. */
public final class TodaySettingsView {
    private final TodaySettingsViewModel model;
    private final DialogService dialogs;
    private final Messages msg;
    private final VBox root = new VBox(6);
    private final Spinner<Integer> days;

    public TodaySettingsView(UiKit kit, TodaySettingsViewModel model) {
        this.model = model;
        this.dialogs = kit.dialogs();
        this.msg = kit.messages();
        Label title = new Label(msg.get("today.settings.title"));
        title.getStyleClass().add("subsection-title");
        days = new Spinner<>(0, TodaySettingsViewModel.MAX_DAYS, model.days());
        days.setId(TodaySettingsIds.DAYS);
        days.setEditable(true);
        days.setPrefWidth(100);
        days.valueProperty().addListener((obs, old, value) -> {
            if (value != null && !value.equals(old)) {
                model.saveDays(value);
            }
        });
        // a typed number counts when the field loses focus, like the arrows
        days.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commitTyped();
            }
        });
        days.getEditor().setOnAction(e -> commitTyped());
        Label label = new Label(msg.get("today.settings.days"));
        label.setLabelFor(days);
        HBox line = new HBox(10, label, days);
        line.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(msg.get("today.settings.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        CheckBox startup = new CheckBox(msg.get("today.settings.startupSummary"));
        startup.setId(TodaySettingsIds.STARTUP_SUMMARY);
        startup.setSelected(model.startupSummary());
        startup.selectedProperty().addListener((obs, was, on) -> model.saveStartupSummary(on));
        root.getChildren().addAll(title, line, hint, startup);
        root.getStyleClass().add("settings-block");
        root.setMaxWidth(760);
    }

    private void commitTyped() {
        String text = days.getEditor().getText().strip();
        try {
            int n = Integer.parseInt(text);
            if (!TodaySettingsViewModel.validDays(n)) {
                throw new NumberFormatException(text);
            }
            days.getValueFactory().setValue(n);
        } catch (NumberFormatException e) {
            dialogs.showInfo(msg.get("today.settings.title"), msg.get("today.settings.invalid",
                    TodaySettingsViewModel.MAX_DAYS));
            days.getEditor().setText(Integer.toString(days.getValue()));
        }
    }

    public Node node() {
        return root;
    }
}
