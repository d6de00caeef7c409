package dev.rapport.ui.main;

import dev.rapport.service.SettingsService;
import java.util.Map;
import java.util.OptionalDouble;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;

/** Puts the window back where the user left it, unless that place is off every screen now. */
final class WindowPlacement {
    static final String X = "window.x";
    static final String Y = "window.y";
    static final String WIDTH = "window.width";
    static final String HEIGHT = "window.height";
    static final String MAXIMIZED = "window.maximized";

    private WindowPlacement() {
    }

    static void restore(Stage stage, SettingsService settings, Rectangle2D[] screens) {
        OptionalDouble x = settings.number(X);
        OptionalDouble y = settings.number(Y);
        OptionalDouble w = settings.number(WIDTH);
        OptionalDouble h = settings.number(HEIGHT);
        if (x.isPresent() && y.isPresent() && w.isPresent() && h.isPresent()
                && isVisible(new Rectangle2D(x.getAsDouble(), y.getAsDouble(), w.getAsDouble(), h.getAsDouble()),
                        screens)) {
            stage.setX(x.getAsDouble());
            stage.setY(y.getAsDouble());
            stage.setWidth(w.getAsDouble());
            stage.setHeight(h.getAsDouble());
        }
        stage.setMaximized(settings.flag(MAXIMIZED));
    }

    /** At least a title bar's worth of the window must be on some screen. */
    static boolean isVisible(Rectangle2D window, Rectangle2D[] screens) {
        Rectangle2D titleBar = new Rectangle2D(window.getMinX(), window.getMinY(), Math.max(1, window.getWidth()), 40);
        for (Rectangle2D screen : screens) {
            if (screen.intersects(titleBar)) {
                return true;
            }
        }
        return false;
    }

    static void remember(Stage stage, SettingsService settings) {
        if (stage.isMaximized()) {
            settings.remember(Map.of(MAXIMIZED, "true"));
            return;
        }
        settings.remember(Map.of(
                X, Double.toString(stage.getX()),
                Y, Double.toString(stage.getY()),
                WIDTH, Double.toString(stage.getWidth()),
                HEIGHT, Double.toString(stage.getHeight()),
                MAXIMIZED, "false"));
    }
}
