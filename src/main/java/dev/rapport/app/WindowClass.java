package dev.rapport.app;

import org.slf4j.LoggerFactory;

/**
 * Gives Rapport's windows the X11 window class "rapport", which the installed menu entry names
 * (StartupWMClass), so that Linux desktops show the window under Rapport's menu entry and icon
 * rather than as a generic "java". JavaFX sets the class from the application class only when
 * started through Application.launch; Rapport starts the toolkit with Platform.startup.
 */
final class WindowClass {
    static final String NAME = "rapport";

    private WindowClass() {
    }

    /** On the FX thread, before the first window: names the class, or leaves JavaFX's default. */
    static void apply() {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            return; // Windows and macOS name the app from the installed launcher and bundle
        }
        try {
            com.sun.glass.ui.Application.GetApplication().setName(NAME);
        } catch (RuntimeException | LinkageError e) {
            // a JavaFX without this internal hook: the window works, only the grouping is generic
            LoggerFactory.getLogger(WindowClass.class).info("window class not set: {}", e.toString());
        }
    }
}
