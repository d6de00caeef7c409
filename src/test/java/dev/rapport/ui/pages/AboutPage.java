package dev.rapport.ui.pages;

import dev.rapport.ui.about.AboutIds;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The About dialog as a test uses it, by the ids the dialog publishes. */
public final class AboutPage {
    private final FxRobot robot;

    public AboutPage(FxRobot robot) {
        this.robot = robot;
    }

    /** Opens it as a user does, with F1. */
    public static AboutPage openWithF1(FxRobot robot) {
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        return new AboutPage(robot);
    }

    /** "Rapport 1.2.3". */
    public String version() {
        return Typing.label(robot, AboutIds.VERSION);
    }

    public String notices() {
        return robot.lookup("#" + AboutIds.NOTICES).queryTextInputControl().getText();
    }

    public void close() {
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }
}
