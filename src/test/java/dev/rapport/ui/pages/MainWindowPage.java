package dev.rapport.ui.pages;

import dev.rapport.ui.main.MainWindowIds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The window's frame: the navigation rail and the status bar. */
public final class MainWindowPage {
    private final FxRobot robot;

    public MainWindowPage(FxRobot robot) {
        this.robot = robot;
    }

    /** Clicks a screen's button on the rail: today, accounts, contacts, planner, insights, settings. */
    public void go(String screen) {
        robot.clickOn("#" + MainWindowIds.nav(screen));
        WaitForAsyncUtils.waitForFxEvents();
    }

    public ToggleButton navButton(String screen) {
        return robot.lookup("#" + MainWindowIds.nav(screen)).query();
    }

    public String status() {
        return robot.lookup("#" + MainWindowIds.STATUS).<Labeled>query().getText();
    }

    /** The rail's button for a screen under a root, for a test that holds the window's nodes rather than a robot. */
    public static Labeled navIn(Node root, String screen) {
        return (Labeled) root.lookup("#" + MainWindowIds.nav(screen));
    }

    public static Labeled navIn(Scene scene, String screen) {
        return (Labeled) scene.lookup("#" + MainWindowIds.nav(screen));
    }

    /** The status bar's text in a scene. */
    public static String statusIn(Scene scene) {
        return ((Labeled) scene.lookup("#" + MainWindowIds.STATUS)).getText();
    }

    /** The status bar's Cancel of the running task in a scene; null when none is built. */
    public static Node taskCancelIn(Scene scene) {
        return scene.lookup("#" + MainWindowIds.TASK_CANCEL);
    }
}
