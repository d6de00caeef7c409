package dev.rapport.ui.pages;

import dev.rapport.ui.main.MainWindowIds;
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
}
