package dev.rapport.ui.settings;

import dev.rapport.domain.Language;
import dev.rapport.ui.UiContext;
import dev.rapport.ui.about.AboutDialog;
import dev.rapport.ui.common.Choices;
import dev.rapport.ui.common.Fxml;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.contactlog.CadenceSettingsView;
import dev.rapport.ui.common.Screen;
import dev.rapport.ui.safety.SafetyView;
import dev.rapport.ui.retention.RetentionSettingsView;
import java.util.Arrays;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Language, where the data lives, and the version. */
public final class SettingsView implements Screen {
    @FXML private ComboBox<Language> languageBox;
    @FXML private Label restartHint;
    @FXML private TextField dataFolderField;
    @FXML private Label versionLabel;

    private final VBox root;
    private final javafx.scene.control.ScrollPane scroller;
    // Held for the view's life: bidirectional bindings reference the model only weakly, and a
    // collected model silently stopped saving the chosen language.
    private final SettingsViewModel model;
    private final UiContext ctx;
    private final SafetyView safety;
    private final RetentionSettingsView retention;
    private final CadenceSettingsView cadence;

    public SettingsView(UiContext ctx, Notifier notifier) {
        this.ctx = ctx;
        this.model = new SettingsViewModel(ctx, notifier);
        this.root = Fxml.load(this, "Settings.fxml", ctx.messages().bundle());
        Choices.fill(languageBox, Arrays.asList(Language.values()), l -> l == null ? "" : l.nativeName(), false);
        languageBox.valueProperty().bindBidirectional(model.languageProperty());
        restartHint.visibleProperty().bind(model.restartNeededProperty());
        dataFolderField.setText(ctx.dataDir().toString());
        versionLabel.setText(ctx.version());
        root.getChildren().add(new dev.rapport.ui.today.TodaySettingsView(ctx, notifier).node());
        this.cadence = new CadenceSettingsView(ctx, notifier);
        root.getChildren().add(cadence.node());
        this.safety = new SafetyView(ctx, notifier);
        root.getChildren().add(safety.node());
        this.retention = new RetentionSettingsView(ctx, notifier);
        root.getChildren().add(retention.node());
        // the backup and password blocks make the screen taller than a small window
        this.scroller = new javafx.scene.control.ScrollPane(root);
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("settings-scroll");
    }

    @Override
    public void shown() {
        safety.shown();
        retention.shown();
        cadence.shown();
    }

    @FXML
    public void showAbout() {
        new AboutDialog(root.getScene().getWindow(), ctx.messages(), ctx.version(),
                getClass().getResource(dev.rapport.ui.common.Styles.APP_CSS).toExternalForm()).showAndWait();
    }

    @Override
    public Node node() {
        return scroller;
    }
}
