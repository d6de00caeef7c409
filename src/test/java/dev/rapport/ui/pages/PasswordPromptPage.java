package dev.rapport.ui.pages;

import dev.rapport.app.PasswordPromptIds;
import javafx.scene.Scene;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Button;
import java.util.concurrent.TimeUnit;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/** The start's password dialog for an encrypted folder. */
public final class PasswordPromptPage {
    private final FxRobot robot;

    public PasswordPromptPage(FxRobot robot) {
        this.robot = robot;
    }

    private static String id(String id) {
        return "#" + id;
    }

    /**
     * Whether the prompt shows, read on the FX thread with its queue drained: read from the test
     * thread, a dialog still being shown looked shown and the click that followed found nothing.
     */
    public boolean shows() {
        try {
            WaitForAsyncUtils.waitForFxEvents();
            return WaitForAsyncUtils.asyncFx(() -> robot.lookup(id(PasswordPromptIds.PASSWORD))
                    .match(NodeQueryUtils.isVisible()).tryQuery().isPresent()).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    /** The password field in a window's scene; null when that window is not the password dialog. */
    public static Node passwordIn(Scene scene) {
        return scene.lookup(id(PasswordPromptIds.PASSWORD));
    }

    public Node passwordField() {
        return robot.lookup(id(PasswordPromptIds.PASSWORD)).query();
    }

    /** Types the password and clicks Unlock (the dialog's default button). */
    public void unlock(String password) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(id(PasswordPromptIds.PASSWORD)).write(password);
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> n instanceof Button b && b.isDefaultButton())
                .queryButton());
    }

    /** The busy row while the key is derived. */
    public Node working() {
        return robot.lookup(id(PasswordPromptIds.WORKING)).query();
    }

    public Set<Node> buttons() {
        return robot.lookup(".dialog-pane .button").queryAll();
    }
}
