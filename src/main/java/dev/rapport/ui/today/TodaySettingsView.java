package dev.rapport.ui.today;

import dev.rapport.i18n.Messages;
import dev.rapport.service.TodayService;
import dev.rapport.ui.UiContext;
import dev.rapport.ui.common.Notifier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Today settings: how many days ahead birthdays and important dates are shown. Saved at once. */
public final class TodaySettingsView {
    private final UiContext ctx;
    private final Notifier notifier;
    private final Messages msg;
    private final VBox root = new VBox(6);
    private final Spinner<Integer> days;

    public TodaySettingsView(UiContext ctx, Notifier notifier) {
        this.ctx = ctx;
        this.notifier = notifier;
        this.msg = ctx.messages();
        Label title = new Label(msg.get("today.settings.title"));
        title.getStyleClass().add("subsection-title");
        days = new Spinner<>(0, TodayService.MAX_DAYS, ctx.today().days());
        days.setId("today-days");
        days.setEditable(true);
        days.setPrefWidth(100);
        days.valueProperty().addListener((obs, old, value) -> {
            if (value != null && !value.equals(old)) {
                save(value);
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
        javafx.scene.control.CheckBox startup = new javafx.scene.control.CheckBox(msg.get("today.settings.startupSummary"));
        startup.setId("today-startup-summary");
        startup.setSelected(ctx.today().startupSummary());
        startup.selectedProperty().addListener((obs, was, on) -> ctx.executor().submit(msg.get("task.saving"), p -> {
            ctx.today().setStartupSummary(on);
            return on;
        }, saved -> notifier.status(msg.get(saved ? "today.settings.startupOn" : "today.settings.startupOff")),
                e -> ctx.dialogs().showError(msg.get("error.save"), e)));
        root.getChildren().addAll(title, line, hint, startup);
        root.getStyleClass().add("settings-block");
        root.setMaxWidth(760);
    }

    private void commitTyped() {
        String text = days.getEditor().getText().strip();
        try {
            int n = Integer.parseInt(text);
            if (!TodayService.validDays(n)) {
                throw new NumberFormatException(text);
            }
            days.getValueFactory().setValue(n);
        } catch (NumberFormatException e) {
            ctx.dialogs().showInfo(msg.get("today.settings.title"), msg.get("today.settings.invalid",
                    TodayService.MAX_DAYS));
            days.getEditor().setText(Integer.toString(days.getValue()));
        }
    }

    private void save(int value) {
        ctx.executor().submit(msg.get("task.saving"), p -> {
            ctx.today().setDays(value);
            return value;
        }, saved -> notifier.status(msg.get("today.settings.saved", saved)),
                e -> ctx.dialogs().showError(msg.get("error.save"), e));
    }

    public Node node() {
        return root;
    }
}
