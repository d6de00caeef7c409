package dev.rapport.testutil;

import dev.rapport.app.AppContext;
import dev.rapport.testutil.TestUi;
import dev.rapport.ui.common.DirectTaskExecutor;
import dev.rapport.ui.common.Fonts;
import dev.rapport.ui.common.TaskExecutor;
import dev.rapport.ui.main.MainWindow;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.testfx.api.FxToolkit;

/**
 * The real main window over a real data folder, as the desktop launcher builds it, but with
 * work run directly and dialogs answered by a fake. Closing it releases the folder, so a test
 * can "restart" the app on the same folder.
 */
public final class RunningApp implements AutoCloseable {
    public final AppContext context;
    public final FakeDialogs dialogs;
    public final MainWindow window;
    public final Stage stage;
    /** What the window's screens were given: for tests that drive a screen's code path directly. */
    public final TestUi ui;

    public static RunningApp open(Path dataDir) {
        return open(dataDir, Clock.systemDefaultZone());
    }

    public static RunningApp open(Path dataDir, Clock clock) {
        return open(dataDir, clock, new DirectTaskExecutor());
    }

    /**
     * ...with the given executor: a real background executor makes loads finish after the click
     * that started them, as on the desktop, where a double click can start two.
     */
    public static RunningApp open(Path dataDir, Clock clock, TaskExecutor executor) {
        return open(dataDir, clock, executor, dev.rapport.ui.common.Pacer.IMMEDIATE);
    }

    /** ...and the given pacer: the window's {@code FramePacer} fills long screens in a frame at a time. */
    public static RunningApp open(Path dataDir, Clock clock, TaskExecutor executor, dev.rapport.ui.common.Pacer pacer) {
        try {
            Stage primary = FxToolkit.registerPrimaryStage();
            AppContext context = AppContext.open(dataDir, clock);
            RunningApp[] made = new RunningApp[1];
            FxToolkit.setupFixture(() -> {
                Fonts.loadBundled();
                FakeDialogs dialogs = new FakeDialogs();
                TestUi ui = dev.rapport.testutil.TestUi.of(context, executor, dialogs, pacer);
                MainWindow window = new MainWindow(ui.messages(), ui.dataDir(), ui.executor());
                ui.wiring().open(window, primary);
                made[0] = new RunningApp(context, window, primary, dialogs, ui);
            });
            return made[0];
        } catch (TimeoutException e) {
            throw new IllegalStateException("the window did not open", e);
        }
    }

    private RunningApp(AppContext context, MainWindow window, Stage stage, FakeDialogs dialogs, TestUi ui) {
        this.ui = ui;
        this.context = context;
        this.window = window;
        this.stage = stage;
        this.dialogs = dialogs;
    }

    /**
     * Clicks Undo on the notification bar once it has slid fully into view: clicking while the
     * bar is still animating in finds the button outside the scene.
     */
    public void clickUndo(org.testfx.api.FxRobot robot) {
        javafx.scene.control.Button undo = robot.lookup(".notification-bar .button").queryButton();
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> {
                javafx.geometry.Bounds b = undo.localToScene(undo.getBoundsInLocal());
                return undo.isVisible() && b.getMinY() >= 0 && b.getMaxY() <= undo.getScene().getHeight();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the Undo button never came fully into view", e);
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(undo);
    }

    /**
     * Scrolls the node the query finds into view, as a person scrolls before clicking: the
     * account detail and Settings are taller than the test window.
     */
    public static void reveal(org.testfx.api.FxRobot robot, String query) {
        javafx.scene.Node node = robot.lookup(query).query();
        robot.interact(() -> {
            javafx.scene.Parent p = node.getParent();
            while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
                p = p.getParent();
            }
            if (p instanceof javafx.scene.control.ScrollPane pane && pane.getContent() != null) {
                javafx.scene.Node content = pane.getContent();
                javafx.geometry.Bounds at = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double extra = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
                if (extra > 0) {
                    pane.setVvalue(Math.max(0, Math.min(1, (at.getMinY() - 20) / extra)) * pane.getVmax());
                }
            }
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean ownedBy(Stage window, Stage owner) {
        for (javafx.stage.Window w = window.getOwner(); w != null; w = w instanceof Stage s ? s.getOwner() : null) {
            if (w == owner) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        try {
            FxToolkit.setupFixture(() -> {
                // An editor a test left open (its conflict strip showing) is modal to this window: left
                // showing, it took the next test's clicks. Hidden outright, as the window's close would:
                // a close request would meet the editor's "discard your changes?" question.
                for (javafx.stage.Window w : new java.util.ArrayList<>(javafx.stage.Window.getWindows())) {
                    if (w != stage && w.isShowing() && w instanceof Stage owned && ownedBy(owned, stage)) {
                        owned.hide();
                    }
                }
                // As when the user closes the window: the window remembers where it was.
                stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
                stage.setScene(null);
                stage.hide();
            });
        } catch (TimeoutException e) {
            throw new IllegalStateException("the window did not close", e);
        } finally {
            context.close();
        }
    }
}
