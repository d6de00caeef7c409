package dev.rapport.ui.common;

import javafx.scene.control.DialogPane;

/**
 * The app's stylesheet for windows that do not come from the main scene (alerts, prompts):
 * without it they use the system font, and Chinese shows as boxes where no CJK font is installed.
 */
public final class Styles {
    public static final String APP_CSS = "/dev/rapport/ui/app.css";

    private Styles() {
    }

    public static String url() {
        return Styles.class.getResource(APP_CSS).toExternalForm();
    }

    public static void apply(DialogPane pane) {
        if (!pane.getStylesheets().contains(url())) {
            pane.getStylesheets().add(url());
        }
    }
}
