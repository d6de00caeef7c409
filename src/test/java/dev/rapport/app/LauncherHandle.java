package dev.rapport.app;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.stage.Stage;

/**
 * The desktop launcher as the benchmarks in another package drive it: the launcher itself stays
 * package-private, since nothing outside app/ may start a window or reopen a folder.
 */
public final class LauncherHandle {
    private final DesktopLauncher launcher;

    public LauncherHandle(Path dataDir) {
        this.launcher = new DesktopLauncher(dataDir);
    }

    /** Opens the folder, asking what must be asked, and shows the window; on the FX thread. */
    public void start() {
        launcher.start();
    }

    public Stage stage() {
        return launcher.stage();
    }

    /** The open folder, or null while it is closed or being reopened. */
    public AppContext context() {
        return launcher.context();
    }

    /** Whether the window still fills in a screen or warms up, a frame at a time; on the FX thread. */
    public boolean filling() {
        return launcher.filling();
    }

    public void restore(Path backup, Consumer<Throwable> onFailure) {
        launcher.restore(backup, onFailure);
    }

    public void changePassword(char[] current, char[] next, Consumer<Throwable> onFailure) {
        launcher.changePassword(current, next, onFailure);
    }
}
