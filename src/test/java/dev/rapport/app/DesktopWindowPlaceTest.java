package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's size and place survive a restart through the real start-up (the frame built while
 * the database opens, on a stage made before the data arrives), fitted to the screen.
 */
class DesktopWindowPlaceTest {
    @TempDir
    Path dataDir;

    private final java.util.Locale formatBefore = java.util.Locale.getDefault(java.util.Locale.Category.FORMAT);
    private final java.util.Locale displayBefore = java.util.Locale.getDefault(java.util.Locale.Category.DISPLAY);
    private DesktopLauncher launcher;

    @BeforeEach
    void aFolder() throws Exception {
        FxToolkit.registerPrimaryStage();
        try (AppContext setup = AppContext.open(dataDir, Clock.systemDefaultZone())) {
            setup.accounts().save(Account.named("华为技术"));
        }
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (launcher != null && launcher.stage() != null && launcher.stage().isShowing()) {
            close(false);
        }
        java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, formatBefore);
        java.util.Locale.setDefault(java.util.Locale.Category.DISPLAY, displayBefore);
    }

    private Stage start() throws Exception {
        launcher = new DesktopLauncher(dataDir);
        launcher.beginOpening();
        WaitForAsyncUtils.asyncFx(launcher::start).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return launcher.stage();
    }

    /** As the user closes the window (the close request remembers its place), or only hidden. */
    private void close(boolean byTheUser) throws Exception {
        Stage stage = launcher.stage();
        WaitForAsyncUtils.asyncFx(() -> {
            Platform.setImplicitExit(false); // the test JVM's toolkit must outlive this window
            if (byTheUser) {
                stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            }
            stage.hide();
        }).get(30, TimeUnit.SECONDS);
        launcher.folderClosed().get(60, TimeUnit.SECONDS);
    }

    private static Rectangle2D bounds(Stage stage) {
        return new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
    }

    @Test
    void theWindowReopensWhereAndAsLargeAsTheUserLeftIt() throws Exception {
        Stage first = start();
        WaitForAsyncUtils.asyncFx(() -> {
            first.setX(60);
            first.setY(40);
            first.setWidth(1010);
            first.setHeight(650);
        }).get(10, TimeUnit.SECONDS);
        close(true);

        Stage again = start();
        assertThat(again).as("a new start builds a new stage").isNotSameAs(first);
        assertThat(bounds(again)).isEqualTo(new Rectangle2D(60, 40, 1010, 650));
    }

    @Test
    void aSavedSizeLargerThanTheScreenOpensAtTheScreensVisibleSize() throws Exception {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        AppContext.settingsFor(dataDir).remember(Map.of("window.x", "-1.0", "window.y", "-2.0",
                "window.width", Double.toString(screen.getWidth() + 2),
                "window.height", Double.toString(screen.getHeight() + 3), "window.maximized", "false"));

        assertThat(bounds(start())).isEqualTo(screen);
    }

    @Test
    void aWindowLeftOffScreenIsBroughtBack() throws Exception {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        AppContext.settingsFor(dataDir).remember(Map.of("window.x", Double.toString(screen.getMaxX() + 500),
                "window.y", "100.0", "window.width", "1000.0", "window.height", "600.0"));

        assertThat(bounds(start())).isEqualTo(new Rectangle2D(screen.getMaxX() - 1000, 100, 1000, 600));
    }

    @Test
    void aRestoreThatReopensTheFolderLeavesTheWindowWhereTheUserHasItNow() throws Exception {
        AppContext.settingsFor(dataDir).remember(Map.of("window.x", "10.0", "window.y", "10.0",
                "window.width", "950.0", "window.height", "600.0"));
        Stage stage = start();
        Path backup = launcher.context().backups().backupNow().file();
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setX(70);
            stage.setY(50);
            stage.setWidth(1050);
            stage.setHeight(680);
        }).get(10, TimeUnit.SECONDS);
        AppContext before = launcher.context();
        java.util.List<Throwable> failures = new java.util.ArrayList<>();

        Platform.runLater(() -> launcher.restore(backup, failures::add));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> launcher.context() != null && launcher.context() != before);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(failures).isEmpty();
        assertThat(launcher.stage()).isSameAs(stage);
        assertThat(bounds(stage)).isEqualTo(new Rectangle2D(70, 50, 1050, 680));
    }
}
