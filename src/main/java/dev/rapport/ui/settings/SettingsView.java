package dev.rapport.ui.settings;

import dev.rapport.domain.Language;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.Choices;
import dev.rapport.ui.common.Pacer;
import dev.rapport.ui.common.Screen;
import dev.rapport.ui.contactlog.CadenceSettingsView;
import dev.rapport.ui.retention.RetentionSettingsView;
import dev.rapport.ui.safety.SafetyView;
import dev.rapport.ui.today.TodaySettingsView;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Language, where the data lives, and the version; then the other packages' settings blocks. */
public final class SettingsView implements Screen {
    private final VBox root = new VBox(14);
    private final ScrollPane scroller;
    // Held for the view's life: bidirectional bindings reference the model only weakly, and a
    // collected model silently stopped saving the chosen language.
    private final SettingsViewModel model;
    private final Messages msg;
    private final SafetyView safety;
    private final RetentionSettingsView retention;
    private final CadenceSettingsView cadence;

    /**
     * @param about shows the About dialog over the given window
     * @param pacer adds the blocks a frame apart: styled all at once they froze the window for a few
     *              hundred ms on first open and after a restore
     */
    public SettingsView(SettingsViewModel model, Messages msg, TodaySettingsView today, CadenceSettingsView cadence,
            SafetyView safety, RetentionSettingsView retention, Consumer<Window> about, Pacer pacer) {
        this.model = model;
        this.msg = msg;
        this.cadence = cadence;
        this.safety = safety;
        this.retention = retention;
        root.getStyleClass().add("section");
        root.setPadding(new Insets(12, 14, 14, 14));
        Label title = new Label(msg.get("nav.settings"));
        title.getStyleClass().add("section-title");
        GridPane own = ownRows(about);
        pacer.run(List.of(() -> root.getChildren().addAll(title, own), () -> root.getChildren().add(today.node()),
                () -> root.getChildren().add(cadence.node()), () -> root.getChildren().add(safety.node()),
                () -> root.getChildren().add(retention.node())));
        // the backup and password blocks make the screen taller than a small window
        this.scroller = new ScrollPane(root);
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("settings-scroll");
    }

    private GridPane ownRows(Consumer<Window> about) {
        ComboBox<Language> languageBox = new ComboBox<>();
        languageBox.setId(SettingsIds.LANGUAGE);
        languageBox.setPrefWidth(220);
        Choices.fill(languageBox, Arrays.asList(Language.values()), l -> l == null ? "" : l.nativeName(), false);
        languageBox.valueProperty().bindBidirectional(model.languageProperty());
        Label restartHint = muted("settings.language.restart");
        restartHint.setId(SettingsIds.RESTART_HINT);
        restartHint.visibleProperty().bind(model.restartNeededProperty());
        restartHint.managedProperty().bind(restartHint.visibleProperty());

        TextField dataFolderField = new TextField(model.dataFolder());
        dataFolderField.setId(SettingsIds.DATA_FOLDER);
        dataFolderField.setEditable(false);

        Label versionLabel = new Label(model.version());
        versionLabel.setId(SettingsIds.VERSION);
        Button aboutButton = new Button(msg.get("settings.about"));
        aboutButton.setId(SettingsIds.ABOUT);
        aboutButton.setOnAction(e -> about.accept(root.getScene().getWindow()));
        HBox version = new HBox(12, versionLabel, aboutButton);
        version.setAlignment(Pos.CENTER_LEFT);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setMaxWidth(760);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(160);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, values);
        grid.addRow(0, label("settings.language", languageBox), new VBox(4, languageBox, restartHint));
        grid.addRow(1, label("settings.dataFolder", dataFolderField),
                new VBox(4, dataFolderField, muted("settings.dataFolder.hint")));
        grid.addRow(2, label("settings.version", aboutButton), version);
        return grid;
    }

    private Label label(String key, Node field) {
        Label l = new Label(msg.get(key));
        l.setLabelFor(field);
        // level with the field's text, not with the middle of the field and the hint under it
        GridPane.setValignment(l, javafx.geometry.VPos.TOP);
        l.setPadding(new javafx.geometry.Insets(4, 0, 0, 0));
        return l;
    }

    private Label muted(String key) {
        Label l = new Label(msg.get(key));
        l.getStyleClass().add("muted");
        l.setWrapText(true);
        return l;
    }

    @Override
    public void shown() {
        safety.shown();
        retention.shown();
        cadence.shown();
    }

    @Override
    public Node node() {
        return scroller;
    }
}
