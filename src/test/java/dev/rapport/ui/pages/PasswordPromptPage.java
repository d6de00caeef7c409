package dev.rapport.ui.pages;

import dev.rapport.app.PasswordPromptIds;
import javafx.scene.Scene;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Button;
import org.testfx.api.FxRobot;

/** The start's password dialog for an encrypted folder. */
public final class PasswordPromptPage {
    private final FxRobot robot;

    public PasswordPromptPage(FxRobot robot) {
        this.robot = robot;
    }

    private static String id(String id) {
        return "#" + id;
    }

    public boolean shows() {
        return robot.lookup(id(PasswordPromptIds.PASSWORD)).match(Node::isVisible).tryQuery().isPresent();
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
