package dev.rapport.app;

import dev.rapport.ui.common.Styles;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * A small window that says what the data folder is doing ("Opening…", "Restoring…") while no
 * main window can: before it exists, while it is being replaced after a restore, after it closed.
 * It appears only when a step lasts, so a quick open does not flash a window.
 */
final class FolderProgress {
    /** Steps shorter than this show nothing: a window that flashes past reads as a glitch. */
    static final Duration DELAY = Duration.millis(400);

    private final ObservableStringValue step;
    private final Supplier<String> title;
    private final Supplier<Window> owner;
    private final PauseTransition delay = new PauseTransition(DELAY);
    private Stage stage;

    /**
     * @param step  the step under way, empty when none: the window follows it
     * @param owner the window to centre on and block while it shows, or null for none
     */
    FolderProgress(ObservableStringValue step, Supplier<String> title, Supplier<Window> owner) {
        this.step = step;
        this.title = title;
        this.owner = owner;
        delay.setOnFinished(e -> show());
        step.addListener((o, was, now) -> {
            if (now == null || now.isEmpty()) {
                delay.stop();
                if (stage != null) {
                    stage.hide();
                }
            } else if (stage == null || !stage.isShowing()) {
                delay.playFromStart();
            }
        });
    }

    private void show() {
        if (step.get().isEmpty()) {
            return;
        }
        Window over = owner.get();
        if (stage == null || stage.getOwner() != over) {
            stage = build(over);
        }
        stage.setTitle(title.get());
        stage.show();
    }

    private Stage build(Window over) {
        Stage s = new Stage(StageStyle.UTILITY);
        if (over != null) {
            s.initOwner(over);
            s.initModality(Modality.WINDOW_MODAL);
        }
        ProgressIndicator spinner = new ProgressIndicator(ProgressIndicator.INDETERMINATE_PROGRESS);
        spinner.setPrefSize(28, 28);
        Label text = new Label();
        text.setId(FolderProgressIds.STEP);
        text.textProperty().bind(step);
        text.setWrapText(true);
        text.setMaxWidth(360);
        HBox box = new HBox(12, spinner, text);
        box.setId(FolderProgressIds.BOX);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(18, 22, 18, 22));
        Scene scene = new Scene(box);
        // the app's style sheet: its font shows Chinese where the system has no CJK font
        scene.getStylesheets().add(Styles.url());
        s.setScene(scene);
        s.setResizable(false);
        // the step cannot be interrupted halfway; closing this window would only hide that it runs
        s.setOnCloseRequest(javafx.event.Event::consume);
        return s;
    }
}
