package dev.rapport.ui.main;

import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;

/**
 * Puts the window back where the user left it, fitted to the screens there are now: a window
 * larger than its screen's visible area shrinks to it, and one left (partly) off every screen is
 * brought back onto the nearest.
 */
final class WindowPlacement {
    static final String X = "window.x";
    static final String Y = "window.y";
    static final String WIDTH = "window.width";
    static final String HEIGHT = "window.height";
    static final String MAXIMIZED = "window.maximized";

    private WindowPlacement() {
    }

    /**
     * Sets the stage's remembered place and size (fitted to the screens) and its maximized state.
     *
     * @param screens the screens' visible areas, the primary screen first
     * @return the place given, to be given again once the window shows; empty when none was remembered
     */
    static Optional<Rectangle2D> restore(Stage stage, MainWindowViewModel remembered, Rectangle2D[] screens) {
        Optional<Rectangle2D> place = remembered.rememberedPlace(screens);
        place.ifPresent(p -> apply(stage, p));
        stage.setMaximized(remembered.rememberedMaximized());
        return place;
    }

    /**
     * Where the window opens the first time (nothing saved yet): its preferred size, no larger than
     * the screen's visible area, centred on it. On GTK the scene's own size is dropped at the first
     * show (the window came up at its minimum, 898x535), so this is given explicitly.
     */
    static Rectangle2D firstPlace(double width, double height, Rectangle2D screen) {
        double w = Math.min(width, screen.getWidth());
        double h = Math.min(height, screen.getHeight());
        return new Rectangle2D(screen.getMinX() + (screen.getWidth() - w) / 2,
                screen.getMinY() + (screen.getHeight() - h) / 2, w, h);
    }

    static void apply(Stage stage, Rectangle2D place) {
        stage.setX(place.getMinX());
        stage.setY(place.getMinY());
        stage.setWidth(place.getWidth());
        stage.setHeight(place.getHeight());
    }

    /**
     * The window on the screen it overlaps most (the first screen when it overlaps none), no larger
     * than that screen's visible area and wholly inside it.
     */
    static Rectangle2D fit(Rectangle2D window, Rectangle2D[] screens) {
        Rectangle2D screen = screens[0];
        double best = 0;
        for (Rectangle2D s : screens) {
            double overlap = overlap(window, s);
            if (overlap > best) {
                best = overlap;
                screen = s;
            }
        }
        double width = Math.min(window.getWidth(), screen.getWidth());
        double height = Math.min(window.getHeight(), screen.getHeight());
        double x = Math.max(screen.getMinX(), Math.min(window.getMinX(), screen.getMaxX() - width));
        double y = Math.max(screen.getMinY(), Math.min(window.getMinY(), screen.getMaxY() - height));
        return new Rectangle2D(x, y, width, height);
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }

    static void remember(Stage stage, MainWindowViewModel remembered) {
        remembered.remember(new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()),
                stage.isMaximized());
    }
}
